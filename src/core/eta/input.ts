/**
 * @module core/eta/input
 * From what the rest of the system holds (a DerivedState and the shipment's row) to the
 * EtaInput estimate() reads. Nulls become absent fields.
 */
import type { Milestone, Status } from '../status/taxonomy.js';
import type { DerivedState } from '../timeline/types.js';
import type { EtaInput, SourceEstimate } from './types.js';

/** Shipment facts kept beside the derived state (store row, legs, source payload). */
export interface ShipmentFacts {
  service?: string | null;
  originCountry?: string | null;
  destinationCountry?: string | null;
  lastMileCarrier?: string | null;
  registeredAt?: string | null;
  shippedAt?: string | null;
  sourceEstimate?: SourceEstimate | null;
}

export function etaInputOf(
  state: Pick<DerivedState, 'status' | 'milestonesReached'>,
  facts: ShipmentFacts = {},
): EtaInput {
  const input: EtaInput = {
    status: state.status,
    milestonesReached: state.milestonesReached.map((m) => ({ milestone: m.milestone, at: m.at })),
  };
  if (facts.service) input.service = facts.service;
  if (facts.originCountry) input.originCountry = facts.originCountry;
  if (facts.destinationCountry) input.destinationCountry = facts.destinationCountry;
  if (facts.lastMileCarrier) input.lastMileCarrier = facts.lastMileCarrier;
  if (facts.registeredAt) input.registeredAt = facts.registeredAt;
  if (facts.shippedAt) input.shippedAt = facts.shippedAt;
  if (facts.sourceEstimate) input.sourceEstimate = facts.sourceEstimate;
  return input;
}

/** A stored scan, as far as estimates care: instant, classification, country. */
export interface Scan {
  /** ISO instant. */
  at: string;
  status: Status | null;
  milestone: Milestone | null;
  country: string | null;
}

/** Milestones that happen in the origin country. */
const AT_ORIGIN: ReadonlySet<Milestone> = new Set([
  'label_created',
  'picked_up',
  'origin_facility',
  'export_customs',
  'departed_origin',
]);

/** Is `milestone` in the list already? (A scan to the list: cheaper than a Set this small.) */
function reached(list: ReadonlyArray<{ milestone: Milestone }>, milestone: Milestone): boolean {
  for (const m of list) if (m.milestone === milestone) return true;
  return false;
}

/** First instant each milestone was reached, from classified scans given oldest first. */
export function milestonesOfScans(
  scans: Iterable<Scan>,
): Array<{ milestone: Milestone; at: string }> {
  const out: Array<{ milestone: Milestone; at: string }> = [];
  for (const s of scans) {
    if (s.status === null || s.milestone === null || reached(out, s.milestone)) continue;
    out.push({ milestone: s.milestone, at: s.at });
  }
  return out;
}

/** The country of the oldest scan (scans given oldest first) known to be in the origin. */
export function originOfScans(scans: Iterable<Scan>): string | undefined {
  for (const s of scans) {
    if (s.country && s.milestone !== null && AT_ORIGIN.has(s.milestone)) return s.country;
  }
  return undefined;
}
