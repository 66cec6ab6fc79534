/**
 * @module carriers/sim/incidents
 * What goes wrong on a simulated journey, and how it ends: incident draws at realistic rates
 * (scaled by the service's `trouble`), and the last-mile ending (at the door, after a failed
 * attempt, at a pickup point, or back to the sender after an unclaimed wait). Pure.
 */
import type { Lane, Service } from './lanes.js';
import { type DestKey, destPhrase, legPhrase } from './phrases.js';
import type { Rng } from './prng.js';
import { makeStep, type Step } from './route.js';
import { DAY_MS, HOUR_MS } from './zoned.js';

export interface Timed {
  step: Step;
  atMs: number;
}

export interface Draws {
  silence: number;
  lost: boolean;
  hold: number;
  duties: number;
  wrongCity: boolean;
  failed: boolean;
  pickup: boolean;
  unclaimed: boolean;
  failedThenPickup: boolean;
}

/** Incident draws at realistic rates, scaled by the service's `trouble`. */
export function drawIncidents(rng: Rng, service: Service, lane: Lane): Draws {
  const t = service.trouble;
  const dhl = service.plan === 'dhl';
  const silence = !dhl && rng.chance(0.08 * t) ? rng.int(8, 20) : 0;
  const lost = !dhl && rng.chance(0.015 * t);
  const duties = service.plan === 'lp-lastmile' && rng.chance(0.05 * t) ? rng.int(2, 6) : 0;
  const hold = duties === 0 && rng.chance(0.07 * t) ? rng.int(3, 10) : 0;
  const wrongCity = !dhl && lane.cities.length > 1 && rng.chance(0.05 * t);
  const failed = rng.chance(0.1 * t);
  const pickup = !dhl && rng.chance(0.25);
  const unclaimed = rng.chance(0.12 * t);
  const failedThenPickup = !dhl && rng.chance(0.4);
  return { silence, lost, hold, duties, wrongCity, failed, pickup, unclaimed, failedThenPickup };
}

/** The last-mile ending: delivery at the door, via a pickup point, or back to the sender. */
export function lastMile(
  family: Lane['post']['family'] | 'dhl',
  lane: Lane,
  city: { name: string; zone: string },
  leg: number,
  anchor: number,
  d: Draws,
  rng: Rng,
): Timed[] {
  const out: Timed[] = [];
  const where = [`${city.name}, ${lane.country}`, city.zone] as const;
  const point = rng.pick(lane.pickupPoints);
  const push = (key: DestKey, atMs: number) => {
    const phrase =
      family === 'dhl' ? legPhrase('dhl', key) : destPhrase(family, lane.language, key);
    if (!phrase) return;
    const vars = { city: city.name, point };
    out.push({
      step: makeStep(key, leg, phrase, where, 0, 0, vars),
      atMs: Math.round(atMs / 1000) * 1000,
    });
  };
  const hours = (min: number, max: number) => rng.float(min, max) * HOUR_MS;
  const pickupTail = (t: number) => {
    push('pickup_ready', t);
    if (d.unclaimed) {
      push('unclaimed', t + 15 * DAY_MS + hours(0, 2));
      push('returning', t + 16 * DAY_MS + hours(0, 6));
      push('returned', t + (16 + rng.int(15, 30)) * DAY_MS + hours(0, 6));
    } else {
      push('collected', t + rng.int(1, 8) * DAY_MS + hours(-1, 7));
    }
  };
  if (d.pickup && !d.failed) {
    pickupTail(anchor);
    return out;
  }
  push('out', anchor);
  if (!d.failed) {
    push('delivered', anchor + hours(2, 6));
    return out;
  }
  push('failed', anchor + hours(3, 7));
  if (d.failedThenPickup) {
    pickupTail(anchor + DAY_MS + hours(1, 3));
  } else {
    const again = anchor + DAY_MS + hours(0, 1);
    push('out', again);
    push('delivered', again + hours(2, 6));
  }
  return out;
}
