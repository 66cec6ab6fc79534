/**
 * @module carriers/routing.test
 * Routing tables: real detection candidates, switched-on sources, expected route.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detect, normalize } from '../core/numbers/index.js';
import type { Candidate } from '../core/numbers/types.js';
import { cainiaoSource } from './cainiao/index.js';
import { isChinaOrigin, type Route, route } from './routing.js';
import type { EnabledSource } from './settings.js';
import { seventeenTrackSource } from './seventeen-track/index.js';
import { simSource } from './sim/index.js';
import type { SourceDescriptor } from './types.js';

function fake(id: string, kind: SourceDescriptor['kind'], serves: SourceDescriptor['serves']) {
  const source: SourceDescriptor = {
    id,
    label: id,
    kind,
    serves,
    limits: { perSecond: 1, batchSize: 1, concurrency: 1 },
    configSchema: z.object({}),
    create: () => ({ fetchRaw: async () => null }),
    parse: () => ({ results: [], messages: [] }),
  };
  return source;
}

const ALL: Record<string, SourceDescriptor> = {
  sim: simSource,
  cainiao: cainiaoSource,
  '17track': seventeenTrackSource,
  aftership: fake('aftership', 'aggregator', '*'),
  ups: fake('ups', 'carrier', ['ups']),
  dhl: fake('dhl', 'carrier', ['dhl-express', 'dhl-paket', 'dhl-ecommerce']),
  laposte: fake('laposte', 'carrier', ['la-poste', 'colissimo', 'chronopost']),
};

/** Switched-on sources, in the given order (the source list's order). */
function on(...ids: string[]) {
  const enabled = new Map<string, EnabledSource>();
  for (const id of ids) enabled.set(id, { source: ALL[id]!, config: {} });
  return { enabled };
}

function routeNumber(raw: string, ids: string[]): Route {
  const number = normalize(raw);
  return route(detect(number), on(...ids), { number });
}

const UPS = '1Z999AA10123456784';
const LP = 'LP00054937353995';
const ROYAL_MAIL = 'RR123456785GB';
const CHINA_POST = 'LX123456785CN';
const YANWEN = 'UJ123456785YP';
const DHL_EXPRESS = '1234567891';

describe('route', () => {
  it.each([
    // number, switched on, expected source, expected carrier, why
    [UPS, ['ups'], 'ups', 'ups', 'carrier'],
    [UPS, ['17track', 'ups'], 'ups', 'ups', 'carrier'],
    [UPS, ['17track'], '17track', 'ups', 'aggregator'],
    [UPS, ['aftership'], 'aftership', 'ups', 'aggregator'],
    [UPS, ['17track', 'aftership'], '17track', 'ups', 'aggregator'],
    [UPS, ['cainiao', 'aftership'], 'aftership', 'ups', 'aggregator'],
    [LP, ['cainiao'], 'cainiao', 'cainiao', 'carrier'],
    [LP, ['cainiao', '17track'], 'cainiao', 'cainiao', 'carrier'],
    [CHINA_POST, ['cainiao'], 'cainiao', 'china-post', 'china-origin'],
    [CHINA_POST, ['cainiao', '17track'], '17track', 'china-post', 'aggregator'],
    [YANWEN, ['cainiao'], 'cainiao', 'yanwen', 'china-origin'],
    [DHL_EXPRESS, ['dhl', '17track'], 'dhl', 'dhl-express', 'carrier'],
    [DHL_EXPRESS, ['sim'], 'sim', 'dhl-express', 'demo'],
    [DHL_EXPRESS, ['sim', '17track'], '17track', 'dhl-express', 'aggregator'],
  ] as const)('%s with %j → %s (%s, %s)', (number, ids, sourceId, carrierId, via) => {
    expect(routeNumber(number, [...ids])).toEqual({ kind: 'source', sourceId, carrierId, via });
  });

  it('says plainly that nothing serves a Royal Mail number, with its official link', () => {
    const r = routeNumber(ROYAL_MAIL, ['ups', 'cainiao']);
    expect(r.kind).toBe('none');
    if (r.kind !== 'none') return;
    expect(r.carrierId).toBe('royal-mail');
    expect(r.message).toMatch(/^No source is configured for Royal Mail\./);
    expect(r.officialUrl).toContain('royalmail.com');
    expect(r.officialUrl).toContain(ROYAL_MAIL);
    expect(r.message).toContain(r.officialUrl!);
  });

  it('does not send a non-Chinese number to Cainiao', () => {
    expect(routeNumber(UPS, ['cainiao']).kind).toBe('none');
    expect(routeNumber(ROYAL_MAIL, ['cainiao']).kind).toBe('none');
  });

  it('gives an unrecognised number to an aggregator, else says it cannot tell', () => {
    expect(route([], on('17track'))).toEqual({
      kind: 'source',
      sourceId: '17track',
      via: 'aggregator',
    });
    const r = route([], on('ups', 'cainiao'));
    expect(r.kind).toBe('none');
    if (r.kind === 'none') {
      expect(r.carrierId).toBeUndefined();
      expect(r.message).toMatch(/cannot tell which carrier/);
    }
  });

  it('uses the simulator only for numbers it knows, when told', () => {
    const known = (n: string) => n.startsWith('LP');
    const lp = route(detect(LP), on('sim'), { number: LP, simulatorKnows: known });
    expect(lp).toMatchObject({ kind: 'source', sourceId: 'sim', via: 'demo' });
    const ups = route(detect(UPS), on('sim'), { number: UPS, simulatorKnows: known });
    expect(ups.kind).toBe('none');
  });

  const c = (carrierId: string, confidence: number, country?: string): Candidate => ({
    carrierId,
    carrierName: carrierId,
    confidence,
    checksum: 'none',
    ...(country ? { country } : {}),
  });

  it('falls to a less likely candidate only when the likelier one cannot be served', () => {
    const ambiguous = [c('gls', 0.6), c('ups', 0.4)];
    expect(route(ambiguous, on('ups'))).toMatchObject({ sourceId: 'ups', carrierId: 'ups' });
    // With an aggregator on, the likelier carrier goes there rather than to a weaker guess.
    expect(route(ambiguous, on('ups', '17track'))).toMatchObject({
      sourceId: '17track',
      carrierId: 'gls',
    });
  });

  it('breaks a confidence tie by the best step across the tie, then detection order', () => {
    const tie = [c('gls', 0.5), c('ups', 0.5)];
    expect(route(tie, on('17track', 'ups'))).toMatchObject({ sourceId: 'ups', carrierId: 'ups' });
    expect(route(tie, on('17track'))).toMatchObject({ sourceId: '17track', carrierId: 'gls' });
    expect(route([c('4px', 0.5), c('cainiao', 0.5)], on('cainiao'))).toMatchObject({
      carrierId: 'cainiao',
      via: 'carrier',
    });
  });

  it('ranks by confidence even when the list is not sorted', () => {
    const r = route([c('ups', 0.2), c('colissimo', 0.9)], on('ups', 'laposte'));
    expect(r).toMatchObject({ sourceId: 'laposte', carrierId: 'colissimo' });
  });

  it('names the most likely carrier when none can be served', () => {
    const r = route([c('ups', 0.2), c('royal-mail', 0.9)], on(), { number: ROYAL_MAIL });
    expect(r).toMatchObject({ kind: 'none', carrierId: 'royal-mail' });
  });

  it('knows China-origin numbers by carrier home or S10 suffix', () => {
    expect(isChinaOrigin(c('yunexpress', 1))).toBe(true);
    expect(isChinaOrigin(c('unknown-postal', 1, 'CN'))).toBe(true);
    expect(isChinaOrigin(c('royal-mail', 1, 'GB'))).toBe(false);
    expect(isChinaOrigin(c('ups', 1))).toBe(false);
  });
});
