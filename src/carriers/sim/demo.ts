/**
 * @module carriers/sim/demo
 * Chooses the demo numbers: one parcel for each interesting case as seen at the given
 * simulated instant (delivered, in transit, customs held, duties due, pickup point, out for
 * delivery, failed attempt, returned, multi-leg, not found yet, silence, lost, …).
 * Candidates are minted from the seed, so the list is the same for the same seed and time.
 */
import { DAY_MS, type Journey, type JourneyEvent } from './journey.js';
import { mintDhlExpress, mintLp, mintS10 } from './numbers.js';
import { createRng } from './prng.js';
import type { SimWorld } from './world.js';

export interface DemoEntry {
  number: string;
  /** Short machine name of the case, e.g. 'customs_held'. */
  case: string;
  /** What the parcel shows, in plain English. */
  description: string;
  service: string;
  destination: string;
}

interface Case {
  name: string;
  description: string;
  test(j: Journey, visible: readonly JourneyEvent[], nowMs: number): boolean;
}

const has = (j: Journey, kind: string, nowMs: number) =>
  j.truth.incidents.some((i) => i.kind === kind && i.atMs <= nowMs);
const lastOf = (v: readonly JourneyEvent[]) => v[v.length - 1];

const CASES: readonly Case[] = [
  {
    name: 'delivered',
    description: 'Delivered at the door, no trouble on the way',
    test: (j, v) =>
      lastOf(v)?.step === 'delivered' && j.truth.incidents.length === 0 && j.legs.length > 1,
  },
  {
    name: 'multi_leg',
    description: 'Three numbers: Cainiao LP, China Post S10, then a last-mile carrier',
    test: (j, v) => j.legs.length === 3 && lastOf(v)?.leg === 2,
  },
  {
    name: 'in_transit',
    description: 'In the air or on the line-haul between countries',
    test: (_j, v) =>
      ['departed_origin', 'arrived_destination'].includes(lastOf(v)?.label.milestone ?? ''),
  },
  {
    name: 'customs_held',
    description: 'Held by import customs',
    test: (_j, v) => lastOf(v)?.label.reason === 'customs_held',
  },
  {
    name: 'duties_due',
    description: 'Import duties to pay before release',
    test: (_j, v) => lastOf(v)?.label.reason === 'customs_payment_due',
  },
  {
    name: 'pickup_point',
    description: 'Waiting at a pickup point or parcel locker',
    test: (_j, v) => lastOf(v)?.label.status === 'available_for_pickup',
  },
  {
    name: 'out_for_delivery',
    description: 'Out for delivery today',
    test: (_j, v) => lastOf(v)?.label.status === 'out_for_delivery',
  },
  {
    name: 'failed_attempt',
    description: 'Delivery attempted, nobody home',
    test: (_j, v) => lastOf(v)?.label.status === 'failed_attempt',
  },
  {
    name: 'returning',
    description: 'Not collected in time, on its way back to the sender',
    test: (_j, v) =>
      ['returning', 'pickup_point'].includes(lastOf(v)?.label.milestone ?? '') &&
      lastOf(v)?.label.status === 'exception',
  },
  {
    name: 'returned',
    description: 'Returned to the sender',
    test: (_j, v) => lastOf(v)?.label.milestone === 'returned',
  },
  {
    name: 'not_found_yet',
    description: 'Number issued, no scan yet (the seller has not shipped)',
    test: (_j, v) => v.length === 0,
  },
  {
    name: 'info_received',
    description: 'Label created, waiting for the carrier to collect',
    test: (_j, v) => lastOf(v)?.label.status === 'info_received',
  },
  {
    name: 'long_silence',
    description: 'No news for over a week after leaving China (normal for economy lanes)',
    test: (j, v, now) =>
      j.truth.outcome !== 'lost' &&
      j.truth.incidents.some((i) => i.kind === 'long_silence' && i.atMs > now) &&
      lastOf(v)?.step === 'departed' &&
      now - (lastOf(v)?.atMs ?? now) > 7 * DAY_MS,
  },
  {
    name: 'lost',
    description: 'Left China and was never scanned again',
    test: (j, v, now) => j.truth.outcome === 'lost' && now - (lastOf(v)?.atMs ?? now) > 14 * DAY_MS,
  },
  {
    name: 'wrong_city',
    description: 'Scanned in the wrong city before reaching the right one',
    test: (j, v, now) => has(j, 'wrong_city', now) && lastOf(v)?.label.status === 'delivered',
  },
  {
    name: 'epacket',
    description: 'ePacket: one S10 number end to end, in transit',
    test: (j, v) => j.service.id === 'epacket' && lastOf(v)?.label.status === 'in_transit',
  },
  {
    name: 'ems',
    description: 'EMS express post, delivered',
    test: (j, v) => j.service.id === 'ems' && lastOf(v)?.label.status === 'delivered',
  },
  {
    name: 'dhl_express',
    description: 'DHL Express courier, a few days door to door',
    test: (j, v) => j.service.id === 'dhl-express' && v.length > 0,
  },
];

/** One number per case, searched among up to `budget` minted candidates. */
export function pickDemoNumbers(world: SimWorld, nowMs: number, budget = 4000): DemoEntry[] {
  const rng = createRng(`${world.seed}|demo`);
  const found = new Map<string, DemoEntry>();
  for (let i = 0; i < budget && found.size < CASES.length; i++) {
    const r = i % 10;
    const number =
      r < 7
        ? mintLp(rng)
        : r === 7
          ? mintS10(rng, 'LX', 'CN')
          : r === 8
            ? mintS10(rng, rng.pick(['EA', 'RB']), 'CN')
            : mintDhlExpress(rng);
    const j = world.journey(number);
    if (!j) continue;
    const visible = j.events.filter((e) => e.atMs <= nowMs);
    for (const c of CASES) {
      if (found.has(c.name) || !c.test(j, visible, nowMs)) continue;
      found.set(c.name, {
        number,
        case: c.name,
        description: c.description,
        service: j.service.name,
        destination: j.destination.country,
      });
      break;
    }
  }
  return CASES.flatMap((c) => found.get(c.name) ?? []);
}
