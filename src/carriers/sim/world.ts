/**
 * @module carriers/sim/world
 * The simulator's state: which journeys exist (generated on demand from the numbers and
 * cached), which derived numbers (S10, last mile) belong to which journey, and what each
 * number shows at a given simulated instant. Pure apart from its caches.
 */
import { DAY_MS, generateJourney, type Journey } from './journey.js';
import { normalizeNumber } from './numbers.js';
import type { WireFound, WireItem } from './wire.js';
import { zonedTime } from './zoned.js';

export interface WorldOptions {
  seed: string;
  epochMs: number;
  /** Most journeys kept in memory (least recently generated are dropped first). */
  cacheSize?: number;
}

/** A number resolved to its journey and the leg it names. */
export interface Resolved {
  journey: Journey;
  leg: number;
}

export class SimWorld {
  readonly seed: string;
  readonly epochMs: number;
  readonly #cache = new Map<string, Journey>();
  readonly #derived = new Map<string, string>();
  readonly #cacheSize: number;

  constructor(opts: WorldOptions) {
    this.seed = opts.seed;
    this.epochMs = opts.epochMs;
    this.#cacheSize = opts.cacheSize ?? 20_000;
  }

  /** The journey of a primary number (generated once, then cached). */
  journey(primary: string): Journey | null {
    const hit = this.#cache.get(primary);
    if (hit) return hit;
    const journey = generateJourney(primary, { seed: this.seed, epochMs: this.epochMs });
    if (!journey) return null;
    if (this.#cache.size >= this.#cacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(primary, journey);
    for (const leg of journey.legs.slice(1)) this.#derived.set(leg.number, primary);
    return journey;
  }

  /**
   * Any number → its journey and leg. Derived numbers (an S10 or last-mile number handed
   * over by another leg) are known once their parent journey has been generated.
   */
  resolve(raw: string): Resolved | null {
    const number = normalizeNumber(raw);
    const parent = this.#derived.get(number);
    const journey = this.journey(parent ?? number);
    if (!journey) return null;
    const leg = journey.legs.findIndex((l) => l.number === number);
    return leg < 0 ? null : { journey, leg };
  }

  /** What the API says about one number at simulated instant `nowMs`. */
  track(raw: string, nowMs: number): WireItem {
    const number = normalizeNumber(raw);
    if (!/^[A-Z0-9]{6,40}$/.test(number))
      return { number: raw, found: false, reason: 'invalid_number' };
    const r = this.resolve(number);
    if (!r) return { number, found: false, reason: 'unknown_number' };
    return viewLeg(r, nowMs) ?? { number, found: false, reason: 'no_events_yet' };
  }
}

/** The visible part of one leg, or null when it has no event yet. */
export function viewLeg({ journey, leg }: Resolved, nowMs: number): WireFound | null {
  const own = journey.events.filter((e) => e.leg === leg && e.atMs <= nowMs);
  if (own.length === 0) return null;
  const legInfo = journey.legs[leg]!;
  const links = own
    .filter((e) => e.handoffTo !== undefined)
    .map((e) => journey.legs[e.handoffTo!]!)
    .map((l) => ({
      number: l.number,
      carrier: l.carrierId,
      carrierName: l.carrierName,
      role: l.role,
    }));
  const zone = journey.destination.zone;
  const day = (ms: number) => zonedTime(ms, zone).local.slice(0, 10);
  return {
    number: legInfo.number,
    found: true,
    carrier: legInfo.carrierId,
    carrierName: legInfo.carrierName,
    service: journey.service.id,
    serviceName: journey.service.name,
    origin: journey.origin.country,
    destination: journey.destination.country,
    estimate: {
      earliest: day(journey.startMs + journey.service.band[0] * DAY_MS),
      latest: day(journey.startMs + journey.service.band[1] * DAY_MS),
    },
    links,
    events: own
      .map((e) => ({
        time: e.local,
        utcOffset: e.utcOffset,
        zone: e.zone,
        code: e.code,
        description: e.description,
        language: e.language,
        location: e.location,
      }))
      .reverse(),
  };
}
