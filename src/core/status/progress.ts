/**
 * @module core/status/progress
 * Maps a shipment's (milestone, status) onto the buyer-facing progress bar of DESIGN §4:
 * ordered → shipped → picked up → left origin country → arrived in destination country →
 * customs cleared → out for delivery → delivered.
 */
import { type Milestone, PROGRESS_STEPS, type ProgressStep, type Status } from './taxonomy.js';

/** The step each milestone proves. A return proves only that the parcel was shipped. */
const MILESTONE_STEP: Record<Milestone, ProgressStep> = {
  label_created: 'shipped',
  picked_up: 'picked_up',
  origin_facility: 'picked_up',
  export_customs: 'picked_up',
  departed_origin: 'left_origin',
  international_transit: 'left_origin',
  transit_hub: 'left_origin',
  arrived_destination: 'arrived_destination',
  import_customs: 'arrived_destination',
  customs_released: 'customs_cleared',
  handed_to_last_mile: 'customs_cleared',
  destination_facility: 'customs_cleared',
  out_for_delivery: 'out_for_delivery',
  pickup_point: 'out_for_delivery',
  delivered: 'delivered',
  returning: 'shipped',
  returned: 'shipped',
};

/** The step a status proves on its own, without a milestone. */
const STATUS_STEP: Record<Status, ProgressStep> = {
  pending: 'ordered',
  info_received: 'shipped',
  in_transit: 'picked_up',
  out_for_delivery: 'out_for_delivery',
  failed_attempt: 'out_for_delivery',
  available_for_pickup: 'out_for_delivery',
  delivered: 'delivered',
  exception: 'ordered',
  expired: 'ordered',
};

const rank = (step: ProgressStep): number => PROGRESS_STEPS.indexOf(step);

/**
 * The furthest progress-bar step proven by the shipment's milestone (its furthest proven
 * position; null when none) and its current status. Only a `delivered` status reaches the
 * last step: a delivered milestone under another status (a later exception) stops one short.
 */
export function progressStepFor(milestone: Milestone | null, status: Status): ProgressStep {
  if (status === 'delivered') return 'delivered';
  const fromStatus = STATUS_STEP[status];
  const fromMilestone = milestone === null ? 'ordered' : MILESTONE_STEP[milestone];
  const step = rank(fromMilestone) > rank(fromStatus) ? fromMilestone : fromStatus;
  return step === 'delivered' ? 'out_for_delivery' : step;
}

/** True when the bar should be drawn as interrupted (a problem, a return, tracking stopped). */
export function isProgressInterrupted(milestone: Milestone | null, status: Status): boolean {
  return (
    status === 'exception' ||
    status === 'expired' ||
    milestone === 'returning' ||
    milestone === 'returned'
  );
}
