/**
 * @module core/status/normality
 * Whether a parcel sitting at a status or milestone is a normal part of a China →
 * Europe/Americas journey: 'yes' (expected), 'usually' (normal, but watch the clock),
 * 'no' (something needs attention). The same in every language, so it lives here once.
 */
import type { Milestone, Status } from './taxonomy.js';

export type Normality = 'yes' | 'usually' | 'no';

export const STATUS_NORMALITY: Record<Status, Normality> = {
  pending: 'usually',
  info_received: 'usually',
  in_transit: 'yes',
  out_for_delivery: 'yes',
  failed_attempt: 'no',
  available_for_pickup: 'yes',
  delivered: 'yes',
  exception: 'no',
  expired: 'no',
};

export const MILESTONE_NORMALITY: Record<Milestone, Normality> = {
  label_created: 'usually',
  picked_up: 'yes',
  origin_facility: 'yes',
  export_customs: 'yes',
  departed_origin: 'yes',
  international_transit: 'usually',
  transit_hub: 'yes',
  arrived_destination: 'yes',
  import_customs: 'usually',
  customs_released: 'yes',
  handed_to_last_mile: 'usually',
  destination_facility: 'yes',
  out_for_delivery: 'yes',
  pickup_point: 'yes',
  delivered: 'yes',
  returning: 'no',
  returned: 'no',
};
