/**
 * @module core/classify/rules/labels
 * The labels text rules point at, named once (docs/labeling.md, "The table"), plus the
 * 'facility' placeholder: "arrived at the sorting centre" is an origin or a destination
 * facility depending on where it happened, which the classifier settles from the location.
 */
import type { Milestone, Reason, Status } from '../../status/taxonomy.js';
import type { Label } from '../label.js';

const l = (status: Status, milestone: Milestone | null, reason: Reason | null = null): Label => ({
  status,
  milestone,
  reason,
});

export const L = {
  infoReceived: l('info_received', 'label_created'),
  pickedUp: l('in_transit', 'picked_up'),
  originFacility: l('in_transit', 'origin_facility'),
  exportCustoms: l('in_transit', 'export_customs'),
  exportHeld: l('exception', 'export_customs', 'customs_held'),
  departedOrigin: l('in_transit', 'departed_origin'),
  intlTransit: l('in_transit', 'international_transit'),
  transitHub: l('in_transit', 'transit_hub'),
  arrivedDest: l('in_transit', 'arrived_destination'),
  importCustoms: l('in_transit', 'import_customs'),
  customsHeld: l('exception', 'import_customs', 'customs_held'),
  customsPayment: l('exception', 'import_customs', 'customs_payment_due'),
  customsDocs: l('exception', 'import_customs', 'customs_documents_needed'),
  customsRefused: l('exception', 'import_customs', 'customs_refused'),
  customsReleased: l('in_transit', 'customs_released'),
  lastMile: l('in_transit', 'handed_to_last_mile'),
  destFacility: l('in_transit', 'destination_facility'),
  outForDelivery: l('out_for_delivery', 'out_for_delivery'),
  failedAttempt: l('failed_attempt', 'out_for_delivery'),
  failedAbsent: l('failed_attempt', 'out_for_delivery', 'recipient_absent'),
  failedAddress: l('failed_attempt', 'out_for_delivery', 'address_problem'),
  failedClosed: l('failed_attempt', 'out_for_delivery', 'business_closed'),
  pickupPoint: l('available_for_pickup', 'pickup_point'),
  delivered: l('delivered', 'delivered'),
  refused: l('exception', null, 'refused'),
  unclaimed: l('exception', 'pickup_point', 'unclaimed'),
  returning: l('exception', 'returning', 'returning_to_sender'),
  returned: l('exception', 'returned', 'returned_to_sender'),
  lost: l('exception', null, 'lost'),
  damaged: l('exception', null, 'damaged'),
  destroyed: l('exception', null, 'destroyed'),
  cancelled: l('exception', null, 'cancelled'),
  prohibited: l('exception', null, 'prohibited_item'),
  addressProblem: l('exception', null, 'address_problem'),
  delayed: l('in_transit', null, 'delayed'),
  weather: l('in_transit', null, 'weather'),
  misrouted: l('in_transit', null, 'misrouted'),
  inTransit: l('in_transit', null),
  expired: l('expired', null),
} as const;

/** A rule's target: a label, or a sorting facility whose side the location decides. */
export type Target = Label | 'facility';

/** One text rule: id, pattern source (lowercase, accents allowed), target, confidence. */
export type RuleDef = readonly [id: string, pattern: RegExp, target: Target, confidence?: number];

/** A language's rules, most specific first: negations and look-alikes before positives. */
export interface LanguageRules {
  readonly lang: string;
  /** Words typical of the language (folded, lowercase) used to detect it. */
  readonly hints: readonly string[];
  readonly rules: readonly RuleDef[];
}

/** Confidence of a generic rule ("in transit", "processing"). */
export const GENERIC = 0.6;
