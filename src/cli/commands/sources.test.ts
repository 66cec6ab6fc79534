/**
 * @module cli/commands/sources.test
 * `trackline sources [--json]` against a temporary SQLite database holding a source_state
 * row: configured yes/no, health columns, "unknown" without a database, and never a secret.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cainiaoSource } from '../../carriers/cainiao/index.js';
import { seventeenTrackSource } from '../../carriers/seventeen-track/index.js';
import { simSource } from '../../carriers/sim/index.js';
import { openDatabase } from '../../store/db.js';
import { migrateToLatest } from '../../store/migrate.js';
import { upsertSourceState } from '../../store/source-state.js';
import { type CliContext, memoryIO } from '../context.js';
import { createRegisterSources, type SourcesJson } from './sources.js';

const SECRET = 'sk_live_Zq81xTr55';
const NOW = Date.UTC(2026, 10, 21, 6, 0, 0);
const SOURCES = [simSource, cainiaoSource, seventeenTrackSource];

async function run(args: string[], env: Record<string, string>) {
  const io = memoryIO();
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  createRegisterSources({ env, sources: SOURCES, now: () => NOW, dbTimeoutMs: 3_000 })(
    program,
    ctx,
  );
  await program.parseAsync(['node', 'trackline', 'sources', ...args]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('trackline sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-sources-'));
  const data = join(dir, 'data');
  const env = {
    TRACKLINE_DATA_DIR: data,
    TRACKLINE_17TRACK_API_KEY: SECRET,
    TRACKLINE_CAINIAO_ENABLED: '1',
  };

  beforeAll(async () => {
    const handle = await openDatabase({ sqlitePath: join(data, 'trackline.db') });
    await migrateToLatest(handle.db);
    await upsertSourceState(
      handle.db,
      '17track',
      {
        healthy: false,
        lastSuccessAt: NOW - 3_600_000,
        lastErrorAt: NOW - 60_000,
        lastError: 'quota exhausted at https://user:hunter2@api.example/x',
        quotaLeft: 12,
        quotaResetsAt: NOW + 7_200_000,
        circuit: 'open',
        circuitUntil: NOW + 600_000,
        nextAllowedAt: NOW + 600_000,
      },
      NOW,
    );
    await upsertSourceState(handle.db, 'cainiao', { lastSuccessAt: NOW - 5_000 }, NOW);
    await handle.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every source with configured and health columns, never the key', async () => {
    const r = await run([], env);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^SOURCE\s+LABEL\s+KIND\s+CONFIGURED\s+HEALTHY\s+LAST SUCCESS/);
    const track = lines.find((l) => l.startsWith('17track'));
    expect(track).toMatch(
      /aggregator\s+yes\s+no\s+2026-11-21 05:00:00Z\s+12\s+2026-11-21 06:10:00Z\s+open$/,
    );
    expect(lines.find((l) => l.startsWith('cainiao'))).toMatch(
      /carrier\s+yes\s+yes\s.*\snow\s+closed$/,
    );
    expect(lines.find((l) => l.startsWith('sim'))).toMatch(/simulator\s+no\s+not yet/);
    expect(r.out).toContain('health: sqlite');
    expect(r.out).toMatch(/sim: TRACKLINE_SIM_BASE_URL=…/);
    expect(r.out).not.toContain(SECRET);
  });

  it('prints the same as JSON, with which variables are set but not their values', async () => {
    const r = await run(['--json'], env);
    const report = JSON.parse(r.out) as SourcesJson;
    expect(report.database.reachable).toBe(true);
    expect(report.sources.map((s) => s.id)).toEqual(['sim', 'cainiao', '17track']);
    const track = report.sources.find((s) => s.id === '17track')!;
    expect(track.configured).toBe(true);
    expect(track.settings).toContainEqual({
      env: 'TRACKLINE_17TRACK_API_KEY',
      required: true,
      set: true,
    });
    expect(track.health).toMatchObject({
      recorded: true,
      healthy: false,
      quotaLeft: 12,
      circuit: 'open',
      nextAllowedAt: '2026-11-21T06:10:00.000Z',
      lastSuccessAt: '2026-11-21T05:00:00.000Z',
    });
    expect(report.sources.find((s) => s.id === 'sim')?.health).toEqual({ recorded: false });
    expect(r.out).not.toContain(SECRET);
    expect(r.out).not.toContain('hunter2');
  });

  it('says "unknown" when there is no database, and does not create one', async () => {
    const empty = join(dir, 'empty');
    const r = await run(['--data', empty], { TRACKLINE_17TRACK_API_KEY: SECRET });
    expect(r.code).toBe(0);
    expect(r.out.split('\n').find((l) => l.startsWith('17track'))).toMatch(
      /yes\s+unknown\s+unknown/,
    );
    expect(r.out).toContain('health: no database yet');
    expect(existsSync(empty)).toBe(false);
    const json = JSON.parse((await run(['--json', '--data', empty], {})).out) as SourcesJson;
    expect(json.sources.every((s) => s.health === null && !s.configured)).toBe(true);
  });

  it('says "unknown" when the database cannot be reached, without its password', async () => {
    const r = await run(['--database-url', 'postgres://nobody:pw-Secret9@127.0.0.1:1/none'], {});
    expect(r.out).toMatch(/health: database not reachable/);
    expect(r.out).not.toContain('pw-Secret9');
  });

  it('shows invalid settings and exits 1, without the value', async () => {
    const r = await run([], {
      TRACKLINE_DATA_DIR: data,
      TRACKLINE_17TRACK_API_KEY: SECRET,
      TRACKLINE_17TRACK_BASE_URL: `ftp://${SECRET}`,
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error: TRACKLINE_17TRACK_BASE_URL is not accepted/);
    expect(r.out.split('\n').find((l) => l.startsWith('17track'))).toMatch(/aggregator\s+no/);
    expect(r.out).not.toContain(SECRET);
  });
});
