/**
 * @module carriers/sim/journey
 * Deterministic simulated journeys. The tracking number and the simulator's seed are
 * hashed into a PRNG that draws the service, the lane, the incidents and the schedule; the
 * same (seed, number, epoch) always gives the same journey. Pure: no clock, no I/O.
 *
 * A journey is a list of scheduled events (instant, leg, code, text, language, place, local
 * wall clock in the event's zone, label) plus the ground truth of what happened.
 */
import type { Label } from '../../core/classify/label.js';
import { SIM_CODES } from './codes.js';
import { type Draws, drawIncidents, lastMile, type Timed } from './incidents.js';
import {
  LANES,
  LP_SERVICES,
  ORIGIN_ZONE,
  ORIGINS,
  SERVICES,
  type Service,
  serviceOfS10,
} from './lanes.js';
import { primaryKind } from './numbers.js';
import type { StepKey } from './phrases.js';
import { createRng, type Rng } from './prng.js';
import { buildRoute, type JourneyLeg, type Step } from './route.js';
import { DAY_MS, localDayPlus, zonedTime } from './zoned.js';

export type { JourneyLeg } from './route.js';

export { DAY_MS, HOUR_MS } from './zoned.js';

export interface JourneyEvent {
  /** The true instant (epoch ms). */
  atMs: number;
  /** Time since the journey's first event. */
  offsetMs: number;
  leg: number;
  step: StepKey;
  code: string;
  description: string;
  language: string;
  location: string;
  zone: string;
  /** Wall clock in `zone`, 'yyyy-MM-dd HH:mm:ss'. */
  local: string;
  /** UTC offset in force at that instant, '+08:00'. */
  utcOffset: string;
  label: Label;
  /** On a hand-off: the leg that takes over. */
  handoffTo?: number;
}

export type IncidentKind =
  | 'long_silence'
  | 'customs_hold'
  | 'duties_due'
  | 'wrong_city'
  | 'failed_attempt'
  | 'pickup_point'
  | 'unclaimed'
  | 'returned'
  | 'lost';

export interface Incident {
  kind: IncidentKind;
  atMs: number;
  /** Days the incident cost, when it delays the parcel. */
  days?: number;
}

export interface JourneyTruth {
  outcome: 'delivered' | 'returned' | 'lost';
  /** The label the last event proves (what a correct tracker shows at the end). */
  final: Label;
  deliveredAtMs: number | null;
  returnedAtMs: number | null;
  endAtMs: number;
  incidents: Incident[];
  /** Planned transit days (drawn inside the service band). */
  plannedDays: number;
  /** Days added by silences and customs. */
  delayDays: number;
}

export interface Journey {
  number: string;
  seed: string;
  service: Service;
  origin: { country: 'CN'; city: string };
  destination: { country: string; city: string; zone: string };
  startMs: number;
  legs: JourneyLeg[];
  events: JourneyEvent[];
  truth: JourneyTruth;
}

export interface JourneyOptions {
  seed: string;
  /** The simulator's epoch: journeys start from 50 days before to 3 days after it. */
  epochMs: number;
}

/** The journey of a primary number (LP, S10 from China, DHL waybill), or null. */
export function generateJourney(number: string, opts: JourneyOptions): Journey | null {
  const kind = primaryKind(number);
  if (kind === null) return null;
  const rng = createRng(`${opts.seed}|${number}`);
  const serviceId =
    kind === 'lp'
      ? rng.weighted(LP_SERVICES)
      : kind === 's10'
        ? serviceOfS10(number)
        : 'dhl-express';
  const service = SERVICES[serviceId];
  const lane = rng.weighted(LANES.map((l) => [l, l.weight] as const));
  const origin = rng.pick(ORIGINS);
  const city = rng.pick(lane.cities);
  const d = drawIncidents(rng, service, lane);
  const wrongCity = d.wrongCity ? (lane.cities.find((c) => c !== city) ?? null) : null;

  const startDay = rng.float(-50, 3);
  const startMs =
    localDayPlus(opts.epochMs + startDay * DAY_MS, ORIGIN_ZONE, rng.int(9 * 60, 20 * 60)) +
    rng.int(0, 59) * 1000;
  const planned = rng.float(service.band[0] + 0.75, service.band[1] - 0.75);
  const anchorBase =
    localDayPlus(startMs + planned * DAY_MS, city.zone, rng.int(8 * 60, 10 * 60)) +
    rng.int(0, 59) * 1000;

  const route = buildRoute(
    {
      primary: number,
      service,
      lane,
      origin,
      city,
      wrongCity,
      incidents: { silenceDays: d.silence, holdDays: d.hold, dutiesDays: d.duties },
    },
    rng,
  );
  const timed = scheduleSteps(route.steps, startMs, anchorBase, rng);
  const delayDays = d.silence + d.hold + d.duties;
  const anchor = anchorBase + delayDays * DAY_MS;
  const tail = lastMile(route.destFamily, lane, city, route.destLeg, anchor, d, rng);
  let all = [...timed, ...tail];
  if (d.lost) {
    const cut = all.findLastIndex((t) => t.step.key === 'departed');
    all = all.slice(0, cut + 1);
  }
  const events = all.map((t) => toEvent(t.step, t.atMs, startMs));
  // A lost parcel never reaches the hand-offs after the cut: those numbers never existed.
  const legCount = Math.max(1, ...events.map((e) => (e.handoffTo ?? e.leg) + 1));
  return {
    number,
    seed: opts.seed,
    service,
    origin: { country: 'CN', city: origin.en },
    destination: { country: lane.country, city: city.name, zone: city.zone },
    startMs,
    legs: route.legs.slice(0, legCount),
    events,
    truth: truthOf(events, d, planned, delayDays),
  };
}

/** Spreads the steps between the start and the anchor by weight, then adds delays. */
function scheduleSteps(
  steps: readonly Step[],
  startMs: number,
  anchorMs: number,
  rng: Rng,
): Timed[] {
  const gaps = steps.map((s, i) => (i === 0 ? 0 : s.weight * rng.float(0.6, 1.4)));
  const total = gaps.reduce((a, b) => a + b, 0) + 0.8 * rng.float(0.6, 1.4);
  const span = anchorMs - startMs;
  let cum = 0;
  let delay = 0;
  let prev = -Infinity;
  return steps.map((step, i) => {
    cum += gaps[i] ?? 0;
    delay += step.delayDays * DAY_MS;
    let at = Math.round((startMs + (span * cum) / total + delay) / 1000) * 1000;
    if (at <= prev) at = prev + 60_000;
    prev = at;
    return { step, atMs: at };
  });
}

function toEvent(step: Step, atMs: number, startMs: number): JourneyEvent {
  const zt = zonedTime(atMs, step.zone);
  const entry = SIM_CODES[step.code];
  const label: Label = entry
    ? { status: entry.status, milestone: entry.milestone, reason: entry.reason }
    : { status: 'in_transit', milestone: null, reason: null };
  const ev: JourneyEvent = {
    atMs,
    offsetMs: atMs - startMs,
    leg: step.leg,
    step: step.key,
    code: step.code,
    description: step.description,
    language: step.language,
    location: step.location,
    zone: step.zone,
    local: zt.local,
    utcOffset: zt.offset,
    label,
  };
  if (step.handoffTo !== undefined) ev.handoffTo = step.handoffTo;
  return ev;
}

const INCIDENT_OF: Partial<Record<StepKey, IncidentKind>> = {
  customs_hold: 'customs_hold',
  duties_due: 'duties_due',
  failed: 'failed_attempt',
  pickup_ready: 'pickup_point',
  unclaimed: 'unclaimed',
  returned: 'returned',
};

function truthOf(
  events: readonly JourneyEvent[],
  d: Draws,
  planned: number,
  delayDays: number,
): JourneyTruth {
  const incidents: Incident[] = [];
  let seenDestIn = false;
  for (const ev of events) {
    const kind = INCIDENT_OF[ev.step];
    if (kind === 'customs_hold') incidents.push({ kind, atMs: ev.atMs, days: d.hold });
    else if (kind === 'duties_due') incidents.push({ kind, atMs: ev.atMs, days: d.duties });
    else if (kind) incidents.push({ kind, atMs: ev.atMs });
    if (ev.step === 'arrived' && d.silence > 0) {
      incidents.push({ kind: 'long_silence', atMs: ev.atMs, days: d.silence });
    }
    if (ev.step === 'dest_in' && !seenDestIn && d.wrongCity) {
      incidents.push({ kind: 'wrong_city', atMs: ev.atMs });
    }
    if (ev.step === 'dest_in') seenDestIn = true;
  }
  const last = events[events.length - 1];
  if (d.lost && last) incidents.push({ kind: 'lost', atMs: last.atMs });
  const delivered = events.find((e) => e.label.status === 'delivered');
  const returned = events.find((e) => e.label.milestone === 'returned');
  return {
    outcome: d.lost ? 'lost' : returned ? 'returned' : 'delivered',
    final: last ? last.label : { status: 'pending', milestone: null, reason: null },
    deliveredAtMs: delivered?.atMs ?? null,
    returnedAtMs: returned?.atMs ?? null,
    endAtMs: last?.atMs ?? 0,
    incidents: incidents.sort((a, b) => a.atMs - b.atMs),
    plannedDays: planned,
    delayDays: d.lost ? 0 : delayDays,
  };
}
