/**
 * @module engine/ingest/plan
 * What ingesting means for one shipment, worked out in memory before anything is written:
 * its stored events as timeline inputs, the new reports (classified, keyed, known ones
 * dropped), the interpretation of everything together, and the legs it will gain.
 */
import type { SourceLink, SourceResult } from '../../carriers/types.js';
import { findShippingMethod } from '../../core/eta/services.js';
import type { Milestone } from '../../core/status/taxonomy.js';
import {
  carrierHint,
  merge,
  numbersInText,
  type TimelineInput,
} from '../../core/timeline/index.js';
import type { NewEvent } from '../../store/events.js';
import type { EventRow, LegRow, ShipmentRow } from '../../store/schema.js';
import {
  countriesOf,
  type Interpretation,
  interpretInputs,
  type LegLink,
  normalizeNumber,
  toTimelineInputs,
} from './interpret.js';
import type { LinkOutcome } from './link-legs.js';
import { reportRow, rowInput } from './rows.js';

export interface Item {
  result: SourceResult;
  leg: LegRow;
}

export interface PlanArgs {
  sourceId: string;
  fetchedAt: number;
  now: number;
}

export interface ShipmentPlan {
  prev: ShipmentRow;
  /** Every leg, the ones made in this ingest included. */
  legs: LegRow[];
  /** Numbers of the legs, and of links already dealt with. */
  known: Set<string>;
  storedKeys: Set<string>;
  stored: TimelineInput[];
  /** The stored event rows (read again after a merge), for the shipment's stored view. */
  storedRows: readonly EventRow[];
  /** Rows this ingest inserted for the shipment (not yet in storedRows). */
  inserted: EventRow[];
  fresh: TimelineInput[];
  /** New event rows to insert. */
  rows: NewEvent[];
  declared: SourceLink[];
  /** The countries, and the shipping method (a known id) when the row has none yet. */
  countries: { originCountry?: string; destinationCountry?: string; service?: string };
  /** The leg of the first result (for links the source declares without an event). */
  declaringLeg: LegRow;
  interp: Interpretation | null;
  /** Legs made for hand-offs to numbers nobody had. */
  newLegs: LegRow[];
  linked: LinkOutcome[];
  /** Links to numbers another shipment has: merged (or a new generation) one by one. */
  external: LegLink[];
  /** Merged with another shipment: derive again from what is stored. */
  dirty: boolean;
  /** Merged into another shipment in this ingest: nothing left to write. */
  gone: boolean;
  /** How many declared links and fresh inputs newLinks() has looked at. */
  seen: { declared: number; fresh: number };
}

/** A hand-off found in new reports, before any merge: enough to make the leg. */
export interface HopLink {
  number: string;
  carrierHint?: string;
  /** Milestone and leg of the report that names it (absent when declared). */
  milestone?: Milestone | null;
  legNumber?: string;
}

/** Stored rows → inputs (with their leg numbers) and the keys already stored. */
export function storedOf(rows: readonly EventRow[], legs: readonly LegRow[]) {
  const numberOf = new Map(legs.map((l) => [l.id, l.number]));
  return {
    keys: new Set(rows.map((r) => r.dedupe_key)),
    inputs: rows.map((r) => rowInput(r, numberOf.get(r.leg_id) ?? r.leg_id)),
  };
}

/** The countries of a shipment, and the method a result names when the row has none. */
function factsOf(prev: ShipmentRow, result: SourceResult): ShipmentPlan['countries'] {
  const countries: ShipmentPlan['countries'] = countriesOf(result, {
    originCountry: prev.origin_country ?? undefined,
    destinationCountry: prev.destination_country ?? undefined,
  });
  const service = prev.service === null ? findShippingMethod(result.service)?.id : undefined;
  if (service) countries.service = service;
  return countries;
}

export function startPlan(
  prev: ShipmentRow,
  legs: LegRow[],
  rows: readonly EventRow[],
  items: readonly Item[],
  args: PlanArgs,
): ShipmentPlan {
  const stored = storedOf(rows, legs);
  const plan: ShipmentPlan = {
    prev,
    legs,
    known: new Set(legs.map((l) => l.number)),
    storedKeys: stored.keys,
    stored: stored.inputs,
    storedRows: rows,
    inserted: [],
    fresh: [],
    rows: [],
    declared: [],
    countries: factsOf(prev, items[0]!.result),
    declaringLeg: items[0]!.leg,
    interp: null,
    newLegs: [],
    linked: [],
    external: [],
    dirty: false,
    gone: false,
    seen: { declared: 0, fresh: 0 },
  };
  addItems(plan, items, args);
  return plan;
}

/** Classify and key the reports of more results; keep only those not stored yet. */
export function addItems(plan: ShipmentPlan, items: readonly Item[], args: PlanArgs): void {
  for (const { result, leg } of items) {
    plan.declared.push(...result.links);
    const inputs = toTimelineInputs(result, {
      sourceId: args.sourceId,
      fetchedAt: args.fetchedAt,
      ...plan.countries,
      carrierId: result.carrierId ?? leg.carrier_id,
    });
    for (const input of inputs) input.legNumber = leg.number;
    // merge() gives each report its content key; identical reports collapse to one.
    for (const event of merge(inputs)) {
      for (const r of event.provenance) {
        const row = reportRow(r, { shipmentId: plan.prev.id, legId: leg.id }, args.fetchedAt);
        if (plan.storedKeys.has(row.dedupe_key)) continue;
        plan.storedKeys.add(row.dedupe_key);
        plan.rows.push(row);
        plan.fresh.push(r.input);
      }
    }
  }
}

/** Nothing new: no report to store and no declared link to a number it lacks. */
export function isQuiet(plan: ShipmentPlan): boolean {
  return (
    plan.rows.length === 0 && plan.declared.every((l) => plan.known.has(normalizeNumber(l.number)))
  );
}

export function reinterpret(plan: ShipmentPlan, now: number): Interpretation {
  plan.interp = interpretInputs([...plan.stored, ...plan.fresh], now, {
    ...plan.countries,
    declaredLinks: plan.declared,
    knownNumbers: plan.known,
  });
  return plan.interp;
}

/**
 * Hand-offs in what the plan gained since the last call — declared links first, then
 * numbers its new reports name — that are not legs yet. No merge needed: reading each
 * report's text finds the same numbers findLinkRequests() finds in the merged timeline.
 */
export function newLinks(plan: ShipmentPlan): HopLink[] {
  const out: HopLink[] = [];
  const seen = new Set<string>();
  const add = (link: HopLink): void => {
    if (plan.known.has(link.number) || seen.has(link.number)) return;
    seen.add(link.number);
    out.push(link);
  };
  for (const l of plan.declared.slice(plan.seen.declared)) {
    const number = normalizeNumber(l.number);
    if (number !== '') add(l.carrierHint ? { number, carrierHint: l.carrierHint } : { number });
  }
  for (const input of plan.fresh.slice(plan.seen.fresh)) {
    for (const number of numbersInText(input.description)) {
      if (number === input.legNumber) continue;
      const hint = carrierHint(input.description);
      const where = { milestone: input.classification.milestone, legNumber: input.legNumber };
      add(hint ? { number, carrierHint: hint, ...where } : { number, ...where });
    }
  }
  plan.seen = { declared: plan.declared.length, fresh: plan.fresh.length };
  return out;
}
