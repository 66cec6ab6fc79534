/**
 * @module carriers/settings.test
 * Source settings from environment variables and a JSON file: naming, opt-in, validation
 * messages that name the variable and never repeat a secret.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TracklineError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { cainiaoSource } from './cainiao/index.js';
import { fedexSource } from './fedex/index.js';
import { SOURCES } from './index.js';
import {
  envPrefix,
  envSuffix,
  fieldOf,
  loadSources,
  requireValidSources,
  resolveSources,
  settingsOf,
} from './settings.js';
import { seventeenTrackSource } from './seventeen-track/index.js';
import { simSource } from './sim/index.js';
import type { SourceDescriptor } from './types.js';

const LIST: readonly SourceDescriptor[] = [
  simSource,
  cainiaoSource,
  seventeenTrackSource,
  fedexSource,
];
const SECRET = 'sk_live_9f8e7d6c5b4a';

function errors(r: ReturnType<typeof resolveSources>) {
  return r.problems.filter((p) => p.level === 'error');
}

describe('names', () => {
  it.each([
    ['apiKey', 'API_KEY'],
    ['clientSecret', 'CLIENT_SECRET'],
    ['minIntervalMs', 'MIN_INTERVAL_MS'],
    ['baseUrl', 'BASE_URL'],
    ['oauth2Url', 'OAUTH2_URL'],
  ])('%s ↔ %s', (field, suffix) => {
    expect(envSuffix(field)).toBe(suffix);
    expect(fieldOf(suffix)).toBe(field);
  });

  it('prefixes by source id', () => {
    expect(envPrefix('17track')).toBe('TRACKLINE_17TRACK_');
    expect(envPrefix('la-poste')).toBe('TRACKLINE_LA_POSTE_');
  });

  it('lists what each registered source takes', () => {
    expect(settingsOf(seventeenTrackSource)).toEqual([
      { field: 'apiKey', env: 'TRACKLINE_17TRACK_API_KEY', required: true },
      { field: 'baseUrl', env: 'TRACKLINE_17TRACK_BASE_URL', required: false },
    ]);
    for (const source of SOURCES) {
      for (const s of settingsOf(source)) expect(s.env.startsWith(envPrefix(source.id))).toBe(true);
    }
  });

  it('has docs/sources.md name every required variable of every registered source', () => {
    const doc = readFileSync(join(packageRoot, 'docs', 'sources.md'), 'utf8');
    for (const source of SOURCES) {
      expect(doc).toContain(`\`${source.id}\``);
      for (const s of settingsOf(source).filter((x) => x.required)) {
        const alias = s.field === 'baseUrl' ? `${envPrefix(source.id)}URL` : s.env;
        expect(doc.includes(s.env) || doc.includes(alias), s.env).toBe(true);
      }
    }
  });
});

describe('resolveSources', () => {
  it('switches nothing on by default', () => {
    const r = resolveSources({}, undefined, LIST);
    expect(r.enabled.size).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('reads keys from the environment and validates them with the source schema', () => {
    const r = resolveSources(
      {
        TRACKLINE_17TRACK_API_KEY: SECRET,
        TRACKLINE_FEDEX_CLIENT_ID: 'id-1',
        TRACKLINE_FEDEX_CLIENT_SECRET: SECRET,
      },
      undefined,
      LIST,
    );
    expect(r.problems).toEqual([]);
    expect([...r.enabled.keys()]).toEqual(['17track', 'fedex']);
    expect(r.enabled.get('17track')?.config).toEqual({
      apiKey: SECRET,
      baseUrl: 'https://api.17track.net/track/v2.2',
    });
    expect(r.enabled.get('fedex')?.config).toMatchObject({ clientId: 'id-1', locale: 'en_US' });
  });

  it('keeps Cainiao off until TRACKLINE_CAINIAO_ENABLED=1, and coerces numbers', () => {
    const off = resolveSources({ TRACKLINE_CAINIAO_MIN_INTERVAL_MS: '8000' }, undefined, LIST);
    expect(off.enabled.has('cainiao')).toBe(false);
    expect(off.problems[0]).toMatchObject({ level: 'warning', sourceId: 'cainiao' });
    expect(off.problems[0]?.message).toContain('TRACKLINE_CAINIAO_ENABLED=1');
    const on = resolveSources(
      { TRACKLINE_CAINIAO_ENABLED: '1', TRACKLINE_CAINIAO_MIN_INTERVAL_MS: '8000' },
      undefined,
      LIST,
    );
    expect(on.problems).toEqual([]);
    expect(on.enabled.get('cainiao')?.config).toMatchObject({ minIntervalMs: 8000 });
  });

  it('turns a source off with _ENABLED=0 even when its key is set', () => {
    const r = resolveSources(
      { TRACKLINE_17TRACK_API_KEY: SECRET, TRACKLINE_17TRACK_ENABLED: 'false' },
      undefined,
      LIST,
    );
    expect(r.enabled.size).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('takes TRACKLINE_SIM_URL for the simulator base URL', () => {
    const r = resolveSources({ TRACKLINE_SIM_URL: 'http://127.0.0.1:4010' }, undefined, LIST);
    expect(r.enabled.get('sim')?.config).toEqual({ baseUrl: 'http://127.0.0.1:4010' });
  });

  it('names the missing variable of a half-configured source', () => {
    const r = resolveSources({ TRACKLINE_FEDEX_CLIENT_ID: 'id-1' }, undefined, LIST);
    expect(r.enabled.has('fedex')).toBe(false);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({ variable: 'TRACKLINE_FEDEX_CLIENT_SECRET' });
    expect(errors(r)[0]?.message).toMatch(/TRACKLINE_FEDEX_CLIENT_SECRET is not set/);
  });

  it('names a bad value without repeating it', () => {
    const r = resolveSources(
      { TRACKLINE_17TRACK_API_KEY: SECRET, TRACKLINE_17TRACK_BASE_URL: `not a url ${SECRET}` },
      undefined,
      LIST,
    );
    expect(errors(r)[0]?.variable).toBe('TRACKLINE_17TRACK_BASE_URL');
    expect(errors(r)[0]?.message).toMatch(/TRACKLINE_17TRACK_BASE_URL is not accepted/);
    expect(JSON.stringify(r.problems)).not.toContain(SECRET);
  });

  it('scrubs a value a schema message would echo', () => {
    const echo: SourceDescriptor = {
      ...seventeenTrackSource,
      id: 'echo',
      configSchema: z.object({
        apiKey: z
          .string()
          .refine((v) => v.length > 100, { error: (i) => `bad ${String(i.input)}` }),
      }),
    };
    const r = resolveSources({ TRACKLINE_ECHO_API_KEY: SECRET }, undefined, [echo]);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]?.message).not.toContain(SECRET);
    expect(errors(r)[0]?.message).toContain('[hidden]');
  });

  it('rejects an _ENABLED value that is not a flag', () => {
    const r = resolveSources({ TRACKLINE_CAINIAO_ENABLED: 'maybe' }, undefined, LIST);
    expect(errors(r)[0]).toMatchObject({ variable: 'TRACKLINE_CAINIAO_ENABLED' });
  });

  it('warns about a variable no source reads, and ignores empty ones', () => {
    const r = resolveSources(
      { TRACKLINE_17TRACK_APIKEY: SECRET, TRACKLINE_FEDEX_CLIENT_ID: '' },
      undefined,
      LIST,
    );
    expect(r.enabled.size).toBe(0);
    expect(r.problems).toEqual([
      expect.objectContaining({ level: 'warning', variable: 'TRACKLINE_17TRACK_APIKEY' }),
    ]);
    expect(r.problems[0]?.message).toContain('TRACKLINE_17TRACK_API_KEY');
    expect(JSON.stringify(r.problems)).not.toContain(SECRET);
  });

  it('gives a variable to the source with the longest matching prefix', () => {
    const dhl = { ...seventeenTrackSource, id: 'dhl', label: 'DHL' };
    const paket = { ...seventeenTrackSource, id: 'dhl-paket', label: 'DHL Paket' };
    const r = resolveSources({ TRACKLINE_DHL_PAKET_API_KEY: 'k-paket' }, undefined, [dhl, paket]);
    expect([...r.enabled.keys()]).toEqual(['dhl-paket']);
    expect(r.problems).toEqual([]);
  });

  it('reads the JSON file, with the environment winning over it', () => {
    const text = JSON.stringify({
      '17track': { apiKey: 'from-file' },
      cainiao: { enabled: true, minIntervalMs: 9000 },
      fedex: { clientId: 'f-id', clientSecret: SECRET },
    });
    const r = resolveSources(
      { TRACKLINE_17TRACK_API_KEY: 'from-env' },
      { name: 'sources.json', text },
      LIST,
    );
    expect(r.problems).toEqual([]);
    expect([...r.enabled.keys()]).toEqual(['cainiao', '17track', 'fedex']);
    expect(r.enabled.get('17track')?.config).toMatchObject({ apiKey: 'from-env' });
    expect(r.enabled.get('cainiao')?.config).toMatchObject({ minIntervalMs: 9000 });
  });

  it('names the file entry at fault', () => {
    const text = JSON.stringify({ fedex: { clientId: 'x', clientSecret: 42 }, nope: {} });
    const r = resolveSources({}, { name: 'sources.json', text }, LIST);
    expect(errors(r)[0]?.variable).toBe('sources.json › fedex.clientSecret');
    expect(r.problems.some((p) => p.level === 'warning' && p.message.includes("'nope'"))).toBe(
      true,
    );
  });

  it('refuses a file that is not JSON without quoting it', () => {
    const r = resolveSources(
      {},
      { name: 's.json', text: `{"17track": {"apiKey": "${SECRET}"` },
      LIST,
    );
    expect(errors(r)[0]?.message).toBe('TRACKLINE_SOURCES_FILE=s.json is not valid JSON.');
    expect(JSON.stringify(r.problems)).not.toContain(SECRET);
    const arr = resolveSources({}, { name: 's.json', text: '[]' }, LIST);
    expect(errors(arr)[0]?.message).toMatch(/JSON object keyed by source id/);
  });
});

describe('loadSources', () => {
  it('reads the file named by TRACKLINE_SOURCES_FILE', () => {
    const files: Record<string, string> = { '/etc/t.json': '{"17track":{"apiKey":"k1"}}' };
    const read = (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return text;
    };
    const r = loadSources({ TRACKLINE_SOURCES_FILE: '/etc/t.json' }, LIST, read);
    expect([...r.enabled.keys()]).toEqual(['17track']);
    const missing = loadSources({ TRACKLINE_SOURCES_FILE: '/nope.json' }, LIST, read);
    expect(errors(missing)[0]?.message).toBe(
      'TRACKLINE_SOURCES_FILE=/nope.json cannot be read (ENOENT).',
    );
  });

  it('stops the start on an error, not on a warning', () => {
    const bad = resolveSources({ TRACKLINE_FEDEX_CLIENT_ID: 'x' }, undefined, LIST);
    expect(() => requireValidSources(bad)).toThrow(TracklineError);
    expect(() => requireValidSources(bad)).toThrow(/TRACKLINE_FEDEX_CLIENT_SECRET/);
    const warned = resolveSources({ TRACKLINE_17TRACK_APIKEY: 'x' }, undefined, LIST);
    expect(requireValidSources(warned)).toBe(warned);
  });
});
