/**
 * @module core/eta/synthetic
 * Made-up delivered journeys for tests and for the evaluation when no simulator is at hand:
 * a seeded PRNG, a few lanes each with its own bias on the service prior (so lane statistics
 * have something to learn), and milestones placed at jittered shares of the transit time.
 * Pure and deterministic for a given seed.
 */
import type { Milestone } from '../status/taxonomy.js';
import { logNormalFromBand, normalQuantile } from './dist.js';
import { calendarBand, HOURS_PER_DAY, MILESTONE_SHARE } from './priors.js';
import { findShippingMethod } from './services.js';
import type { Anchor, DeliveredShipment } from './types.js';

/** A seeded uniform stream on [0, 1) (mulberry32). */
export function uniformStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticLane {
  destination: string;
  lastMile: string;
  service: string;
  /** Multiplies the service's median transit time. */
  bias: number;
  /** Multiplies the service's log-spread (a single lane is tighter than a whole service). */
  spread: number;
  weight: number;
}

/** Lanes whose speeds differ on purpose from the seeds' bands. */
export const SYNTHETIC_LANES: readonly SyntheticLane[] = [
  {
    destination: 'FR',
    lastMile: 'la-poste',
    service: 'aliexpress-standard',
    bias: 0.75,
    spread: 0.6,
    weight: 4,
  },
  {
    destination: 'ES',
    lastMile: 'correos',
    service: 'aliexpress-standard',
    bias: 0.9,
    spread: 0.7,
    weight: 3,
  },
  {
    destination: 'BR',
    lastMile: 'correios',
    service: 'aliexpress-standard',
    bias: 1.5,
    spread: 0.8,
    weight: 3,
  },
  { destination: 'US', lastMile: 'usps', service: 'epacket', bias: 1.1, spread: 0.6, weight: 3 },
  {
    destination: 'PL',
    lastMile: 'inpost',
    service: 'aliexpress-choice',
    bias: 0.85,
    spread: 0.5,
    weight: 3,
  },
  {
    destination: 'DE',
    lastMile: 'dhl-paket',
    service: 'aliexpress-premium',
    bias: 1.25,
    spread: 0.6,
    weight: 2,
  },
  {
    destination: 'RU',
    lastMile: 'russian-post',
    service: 'china-post',
    bias: 1.2,
    spread: 0.7,
    weight: 2,
  },
  {
    destination: 'GB',
    lastMile: 'royal-mail',
    service: 'dhl-express',
    bias: 0.8,
    spread: 0.6,
    weight: 1,
  },
];

/** The milestones a synthetic journey reports, in order. */
const PATH: readonly Exclude<Anchor, 'start' | 'label_created'>[] = [
  'picked_up',
  'origin_facility',
  'export_customs',
  'departed_origin',
  'arrived_destination',
  'import_customs',
  'customs_released',
  'handed_to_last_mile',
  'destination_facility',
  'out_for_delivery',
];

export interface SyntheticOptions {
  seed: number;
  count: number;
  /** Journeys are delivered within the 60 days before this instant (epoch ms). */
  endMs: number;
  lanes?: readonly SyntheticLane[];
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function pickLane(lanes: readonly SyntheticLane[], u: number): SyntheticLane {
  const total = lanes.reduce((a, l) => a + l.weight, 0);
  let x = u * total;
  for (const l of lanes) {
    x -= l.weight;
    if (x < 0) return l;
  }
  return lanes[lanes.length - 1]!;
}

/** `count` delivered journeys drawn with `seed`. */
export function syntheticJourneys(opts: SyntheticOptions): DeliveredShipment[] {
  const rand = uniformStream(opts.seed);
  const normal = () => normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rand())));
  const lanes = opts.lanes ?? SYNTHETIC_LANES;
  const out: DeliveredShipment[] = [];
  for (let i = 0; i < opts.count; i++) {
    const lane = pickLane(lanes, rand());
    const method = findShippingMethod(lane.service);
    const band = calendarBand(method);
    const { mu, sigma } = logNormalFromBand(
      band.minDays * HOURS_PER_DAY,
      band.maxDays * HOURS_PER_DAY,
    );
    const hours = lane.bias * Math.exp(mu + lane.spread * sigma * normal());
    const start = opts.endMs - hours * HOUR_MS - 60 * DAY_MS * rand();
    const reached: Array<{ milestone: Milestone; at: string }> = [
      {
        milestone: 'label_created',
        at: new Date(start - (6 + 40 * rand()) * HOUR_MS).toISOString(),
      },
    ];
    let last = 0;
    for (const m of PATH) {
      if (rand() < 0.15 && m !== 'out_for_delivery') continue; // not every carrier reports it
      const share = Math.min(0.995, MILESTONE_SHARE[m] * Math.exp(0.2 * normal()));
      last = Math.max(last + 0.001, share);
      if (last >= 1) break;
      reached.push({ milestone: m, at: new Date(start + last * hours * HOUR_MS).toISOString() });
    }
    const deliveredAt = new Date(start + hours * HOUR_MS).toISOString();
    reached.push({ milestone: 'delivered', at: deliveredAt });
    out.push({
      service: lane.service,
      originCountry: 'CN',
      destinationCountry: lane.destination,
      lastMileCarrier: lane.lastMile,
      shippedAt: new Date(start).toISOString(),
      milestonesReached: reached,
      status: 'delivered',
      deliveredAt,
    });
  }
  return out;
}
