/**
 * @module core/eta/input
 * From what the rest of the system holds (a DerivedState and the shipment's row) to the
 * EtaInput estimate() reads. Nulls become absent fields.
 */
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
