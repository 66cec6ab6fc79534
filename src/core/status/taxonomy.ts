/**
 * @module core/status/taxonomy
 * The canonical vocabularies of DESIGN §4: three axes on every event and on a shipment's
 * derived state (status, milestone, reason), and the retailer's order statuses.
 * These arrays are the single source of the names; types are derived from them.
 */

/** Where the parcel stands for the buyer. */
export const STATUSES = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'delivered',
  'exception',
  'expired',
] as const;
export type Status = (typeof STATUSES)[number];

/** Position on the journey, in journey order (index = progress). */
export const MILESTONES = [
  'label_created',
  'picked_up',
  'origin_facility',
  'export_customs',
  'departed_origin',
  'international_transit',
  'transit_hub',
  'arrived_destination',
  'import_customs',
  'customs_released',
  'handed_to_last_mile',
  'destination_facility',
  'out_for_delivery',
  'pickup_point',
  'delivered',
  'returning',
  'returned',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Why something is wrong or special; null on an ordinary event. */
export const REASONS = [
  'customs_held',
  'customs_payment_due',
  'customs_documents_needed',
  'customs_refused',
  'address_problem',
  'recipient_absent',
  'refused',
  'business_closed',
  'unclaimed',
  'returning_to_sender',
  'returned_to_sender',
  'lost',
  'damaged',
  'destroyed',
  'cancelled',
  'delayed',
  'weather',
  'misrouted',
  'prohibited_item',
  'other',
] as const;
export type Reason = (typeof REASONS)[number];

/** The retailer's order, separate from the parcel. */
export const ORDER_STATUSES = [
  'placed',
  'awaiting_payment',
  'awaiting_clarification',
  'amount_updated',
  'processing',
  'paid',
  'packed',
  'consolidated',
  'invoice_available',
  'shipped',
  'completed',
  'cancelled',
  'refunded',
  'abandoned',
  'unfulfillable',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The buyer-facing progress bar of DESIGN §4, in order. */
export const PROGRESS_STEPS = [
  'ordered',
  'shipped',
  'picked_up',
  'left_origin',
  'arrived_destination',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

const milestoneRank = new Map<Milestone, number>(MILESTONES.map((m, i) => [m, i]));

/** Journey order of a milestone (0 = label created). */
export function milestoneIndex(milestone: Milestone): number {
  return milestoneRank.get(milestone) ?? -1;
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}
export function isMilestone(value: unknown): value is Milestone {
  return typeof value === 'string' && milestoneRank.has(value as Milestone);
}
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}
export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}
