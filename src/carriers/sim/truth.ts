/**
 * @module carriers/sim/truth
 * Ground truth for tests: what really happened to a simulated parcel, and what a correct
 * tracker should show at a given simulated instant (the label of the newest visible event
 * across all legs, and which legs have been handed over so far).
 */
import type { Label } from '../../core/classify/label.js';
import type { Journey } from './journey.js';
import type { Resolved } from './world.js';

export interface TruthLeg {
  number: string;
  carrierId: string;
  carrierName: string;
  role: 'origin' | 'international' | 'last_mile';
  /** When the previous leg handed over to this one (null for the first leg). */
  linkedAt: string | null;
}

export interface TruthView {
  number: string;
  /** The number the journey was generated from. */
  primary: string;
  /** Which leg `number` is. */
  leg: number;
  service: { id: string; name: string; bandDays: readonly [number, number] };
  origin: { country: string; city: string };
  destination: { country: string; city: string; zone: string };
  startAt: string;
  legs: TruthLeg[];
  outcome: Journey['truth']['outcome'];
  /** The label the last scheduled event proves. */
  final: Label;
  deliveredAt: string | null;
  returnedAt: string | null;
  endAt: string;
  plannedDays: number;
  delayDays: number;
  incidents: Array<{ kind: string; at: string; days?: number }>;
  /** The state at the simulator's clock. */
  now: {
    clock: string;
    /** Label of the newest event visible on any leg; status 'pending' when none is. */
    state: Label;
    visibleEvents: number;
    totalEvents: number;
    /** Numbers of the legs whose hand-off is visible (the first leg always counts). */
    legsVisible: string[];
    /** True once every scheduled event is visible. */
    done: boolean;
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function truthView({ journey, leg }: Resolved, nowMs: number): TruthView {
  const t = journey.truth;
  const visible = journey.events.filter((e) => e.atMs <= nowMs);
  const last = visible[visible.length - 1];
  const linkedAt = new Map<number, number>();
  for (const e of journey.events) if (e.handoffTo !== undefined) linkedAt.set(e.handoffTo, e.atMs);
  const legsVisible = journey.legs
    .filter((_, i) => i === 0 || (linkedAt.get(i) ?? Infinity) <= nowMs)
    .map((l) => l.number);
  return {
    number: journey.legs[leg]!.number,
    primary: journey.number,
    leg,
    service: { id: journey.service.id, name: journey.service.name, bandDays: journey.service.band },
    origin: journey.origin,
    destination: journey.destination,
    startAt: iso(journey.startMs),
    legs: journey.legs.map((l, i) => {
      const at = linkedAt.get(i);
      return { ...l, linkedAt: at === undefined ? null : iso(at) };
    }),
    outcome: t.outcome,
    final: t.final,
    deliveredAt: t.deliveredAtMs === null ? null : iso(t.deliveredAtMs),
    returnedAt: t.returnedAtMs === null ? null : iso(t.returnedAtMs),
    endAt: iso(t.endAtMs),
    plannedDays: Math.round(t.plannedDays * 100) / 100,
    delayDays: t.delayDays,
    incidents: t.incidents.map((i) => ({
      kind: i.kind,
      at: iso(i.atMs),
      ...(i.days === undefined ? {} : { days: i.days }),
    })),
    now: {
      clock: iso(nowMs),
      state: last ? last.label : { status: 'pending', milestone: null, reason: null },
      visibleEvents: visible.length,
      totalEvents: journey.events.length,
      legsVisible,
      done: visible.length === journey.events.length,
    },
  };
}
