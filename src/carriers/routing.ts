/**
 * @module carriers/routing
 * Pure: which switched-on source should track a number, from its detection candidates.
 *
 * For each candidate, in order of preference:
 * 1. `carrier` — the carrier's own source (kind 'carrier', `serves` lists the carrier id);
 * 2. `aggregator` — 17TRACK or AfterShip (kind 'aggregator'), which track most carriers;
 * 3. `china-origin` — Cainiao, for numbers born in China (a carrier whose home is CN, or an
 *    S10 number ending CN). Cainiao's endpoint is unofficial, so it is the own source only of
 *    Cainiao's LP numbers and otherwise comes after an aggregator;
 * 4. `demo` — the simulator (kind 'simulator'), when it is switched on (demo mode) and knows
 *    the number.
 * Candidates are walked by confidence, highest first. Candidates of equal confidence are one
 * group: the best step across the group wins, ties going to detection order. Only when no
 * group can be served does the answer say that no source is configured, with the most likely
 * carrier's official tracking link. A number no format matches goes to an aggregator (they
 * detect the carrier themselves) or the simulator, if either is on.
 */
import { carrierName, getCarrier, trackingUrlFor } from '../core/numbers/registry.js';
import type { Candidate } from '../core/numbers/types.js';
import { CAINIAO_SOURCE_ID } from './cainiao/index.js';
import type { EnabledSource } from './settings.js';
import type { SourceDescriptor } from './types.js';

/** Why a source was chosen. */
export type RouteVia = 'carrier' | 'aggregator' | 'china-origin' | 'demo';

export type Route =
  | {
      kind: 'source';
      sourceId: string;
      /** The candidate carrier this source will track; absent when no format matched. */
      carrierId?: string;
      via: RouteVia;
    }
  | {
      kind: 'none';
      carrierId?: string;
      /** Plain words for the person who pasted the number. */
      message: string;
      /** The carrier's own tracking page (with the number when the page takes one). */
      officialUrl?: string;
    };

export interface RouteOptions {
  /** The normalized number, for the official link and the simulator's check. */
  number?: string;
  /** Whether the simulator knows this number; by default it takes any (it answers "not found"). */
  simulatorKnows?: (number: string) => boolean;
}

/** The switched-on sources (a ConfiguredSources will do). */
export interface Routable {
  readonly enabled: ReadonlyMap<string, EnabledSource>;
}

const STEPS: readonly RouteVia[] = ['carrier', 'aggregator', 'china-origin', 'demo'];

/** True for numbers born in China: a CN carrier, or a number that says CN (S10 suffix). */
export function isChinaOrigin(candidate: Candidate): boolean {
  return candidate.country === 'CN' || getCarrier(candidate.carrierId)?.country === 'CN';
}

function servesOwn(source: SourceDescriptor, carrierId: string): boolean {
  if (source.kind !== 'carrier' || source.serves === '*') return false;
  if (!source.serves.includes(carrierId)) return false;
  return source.id !== CAINIAO_SOURCE_ID || carrierId === CAINIAO_SOURCE_ID;
}

function pick(
  step: RouteVia,
  candidate: Candidate | undefined,
  sources: readonly SourceDescriptor[],
  options: RouteOptions,
): SourceDescriptor | undefined {
  switch (step) {
    case 'carrier':
      return candidate && sources.find((s) => servesOwn(s, candidate.carrierId));
    case 'aggregator':
      return sources.find((s) => s.kind === 'aggregator');
    case 'china-origin':
      return candidate && isChinaOrigin(candidate)
        ? sources.find((s) => s.id === CAINIAO_SOURCE_ID)
        : undefined;
    case 'demo': {
      const sim = sources.find((s) => s.kind === 'simulator');
      const knows = options.simulatorKnows;
      if (!sim || (knows && (options.number === undefined || !knows(options.number)))) {
        return undefined;
      }
      return sim;
    }
  }
}

/** Candidates by confidence, highest first (stable), cut into groups of equal confidence. */
function groups(candidates: readonly Candidate[]): Candidate[][] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  const out: Candidate[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[0]!.confidence === c.confidence) last.push(c);
    else out.push([c]);
  }
  return out;
}

function none(top: Candidate | undefined, options: RouteOptions): Route {
  const aggregators = 'an aggregator source (17TRACK or AfterShip)';
  if (!top) {
    return {
      kind: 'none',
      message:
        'We cannot tell which carrier issued this number, and no source that detects ' +
        `carriers is configured. Configure ${aggregators} to track it here.`,
    };
  }
  const carrier = getCarrier(top.carrierId);
  const name = carrierName(top.carrierId);
  const officialUrl = carrier
    ? options.number !== undefined
      ? trackingUrlFor(carrier, options.number)
      : carrier.trackingUrl.includes('{number}')
        ? carrier.website
        : carrier.trackingUrl
    : undefined;
  const where = officialUrl ? ` Track it on the carrier's own site: ${officialUrl}` : '';
  const route: Route = {
    kind: 'none',
    carrierId: top.carrierId,
    message: `No source is configured for ${name}.${where} Or configure ${aggregators} to track it here.`,
  };
  if (officialUrl) route.officialUrl = officialUrl;
  return route;
}

/** Chooses the source for one number. Pure: no I/O, no clock. */
export function route(
  candidates: readonly Candidate[],
  configured: Routable,
  options: RouteOptions = {},
): Route {
  const sources = [...configured.enabled.values()].map((e) => e.source);
  const ranked = groups(candidates);
  if (ranked.length === 0) {
    for (const via of ['aggregator', 'demo'] as const) {
      const source = pick(via, undefined, sources, options);
      if (source) return { kind: 'source', sourceId: source.id, via };
    }
    return none(undefined, options);
  }
  for (const group of ranked) {
    for (const via of STEPS) {
      for (const candidate of group) {
        const source = pick(via, candidate, sources, options);
        if (source)
          return { kind: 'source', sourceId: source.id, carrierId: candidate.carrierId, via };
      }
    }
  }
  return none(ranked[0]![0], options);
}
