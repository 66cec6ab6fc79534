/**
 * @module core/classify/codes/aftership
 * AfterShip tags and subtags (reference §3). A bare tag is coarse; a subtag is precise.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

export const AFTERSHIP_CODES: CodeTable = {
  // Tags.
  Pending: e('info_received', null, null, 'no info from carrier yet', { defer: 'text-only' }),
  InfoReceived: e('info_received', 'label_created', null, 'carrier has the shipper data'),
  InTransit: e('in_transit', null, null, 'moving', { refine: TRANSIT_REFINE }),
  OutForDelivery: e('out_for_delivery', 'out_for_delivery', null, 'about to be delivered', {
    refine: ['out_for_delivery', 'available_for_pickup'],
  }),
  AttemptFail: e('failed_attempt', 'out_for_delivery', null, 'delivery tried and failed', {
    refine: ['failed_attempt'],
  }),
  Delivered: e('delivered', 'delivered', null, 'delivered'),
  AvailableForPickup: e('available_for_pickup', 'pickup_point', null, 'at a pickup point'),
  Exception: e('exception', null, 'other', 'exception', {
    refine: ['exception', 'failed_attempt', 'in_transit'],
  }),
  Expired: e('expired', null, null, 'no tracking info for 30 days'),
  // Subtags.
  Pending_001: e('info_received', null, null, 'not yet tracked', { defer: 'text-only' }),
  Pending_002: e('info_received', null, null, 'pending (meaning unpublished)', {
    defer: 'text-only',
  }),
  Pending_003: e('info_received', null, null, 'pending (meaning unpublished)', {
    defer: 'text-only',
  }),
  Pending_004: e('info_received', null, null, 'pending (meaning unpublished)', {
    defer: 'text-only',
  }),
  Pending_005: e('info_received', null, null, 'pending (meaning unpublished)', {
    defer: 'text-only',
  }),
  Pending_006: e('info_received', null, null, 'pending (meaning unpublished)', {
    defer: 'text-only',
  }),
  InfoReceived_001: e('info_received', 'label_created', null, 'shipper request, pickup pending'),
  InTransit_001: e('in_transit', null, null, 'on the way', { refine: TRANSIT_REFINE }),
  InTransit_002: e('in_transit', 'picked_up', null, 'acceptance scan'),
  InTransit_003: e('in_transit', null, null, 'arrival scan at hub / sort centre', {
    refine: ['in_transit'],
  }),
  InTransit_004: e('in_transit', 'arrived_destination', null, 'arrived in destination country'),
  InTransit_005: e('in_transit', 'customs_released', null, 'customs clearance completed'),
  InTransit_006: e('in_transit', 'import_customs', null, 'handed to customs', {
    refine: ['in_transit'],
  }),
  InTransit_007: e('in_transit', null, null, 'departure scan', { refine: ['in_transit'] }),
  InTransit_008: e('in_transit', null, null, 'problem resolved, moving again', {
    refine: ['in_transit'],
  }),
  InTransit_009: e('in_transit', null, null, 'forwarded to a different address'),
  OutForDelivery_001: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  OutForDelivery_002: e('available_for_pickup', 'pickup_point', null, 'ready to pick up (older)'),
  OutForDelivery_003: e('out_for_delivery', 'out_for_delivery', null, 'recipient contacted'),
  // An appointment is a delivery announced for a time window (docs/labeling.md), not the round.
  OutForDelivery_004: e('in_transit', null, null, 'appointment scheduled', {
    refine: ['in_transit', 'out_for_delivery'],
  }),
  AttemptFail_001: e('failed_attempt', 'out_for_delivery', null, 'failed attempt, notice left', {
    refine: ['failed_attempt'],
  }),
  AttemptFail_002: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'not available'),
  AttemptFail_003: e('failed_attempt', 'out_for_delivery', 'business_closed', 'business closed'),
  Delivered_001: e('delivered', 'delivered', null, 'delivered'),
  Delivered_002: e('delivered', 'delivered', null, 'picked up by customer'),
  Delivered_003: e('delivered', 'delivered', null, 'signed by customer'),
  Delivered_004: e('delivered', 'delivered', null, 'delivered, cash on delivery collected'),
  Delivered_005: e('delivered', 'delivered', null, 'delivered to neighbour'),
  AvailableForPickup_001: e('available_for_pickup', 'pickup_point', null, 'at pickup point'),
  Exception_001: e('exception', null, 'other', 'generic exception', {
    refine: ['exception', 'failed_attempt'],
  }),
  Exception_002: e('exception', null, 'address_problem', 'customer moved'),
  Exception_003: e('exception', null, 'refused', 'customer refused'),
  Exception_004: e('exception', 'import_customs', 'customs_held', 'delayed in customs'),
  Exception_005: e('in_transit', null, 'delayed', 'delayed by external factors', {
    refine: ['in_transit'],
  }),
  Exception_006: e('exception', 'import_customs', 'customs_payment_due', 'held for duties'),
  Exception_007: e('exception', null, 'address_problem', 'incorrect address'),
  Exception_008: e('exception', 'pickup_point', 'unclaimed', 'not collected'),
  Exception_009: e('exception', null, 'other', 'rejected by carrier (non-compliant)', {
    refine: ['exception'],
  }),
  Exception_010: e('exception', 'returning', 'returning_to_sender', 'returning to sender'),
  Exception_011: e('exception', 'returned', 'returned_to_sender', 'returned to sender'),
  Exception_012: e('exception', null, 'damaged', 'damaged'),
  Exception_013: e('exception', null, 'lost', 'lost'),
  Exception_014: e('exception', null, 'other', 'exception (meaning unpublished)', {
    refine: ['exception'],
  }),
  Exception_015: e('exception', null, 'other', 'exception (meaning unpublished)', {
    refine: ['exception'],
  }),
  Exception_016: e('in_transit', null, 'misrouted', 'carrier processing delay (misroute)', {
    refine: ['in_transit'],
  }),
  Exception_017: e('in_transit', null, 'weather', 'extreme weather delay'),
  Exception_018: e('exception', 'import_customs', 'customs_documents_needed', 'documents'),
  Exception_019: e('in_transit', null, 'delayed', 'late / rescheduled flight'),
  Exception_020: e('exception', null, 'cancelled', 'shipment cancelled'),
  Exception_021: e('exception', null, 'destroyed', 'disposed / destroyed'),
  Expired_001: e('expired', null, null, 'no tracking info for 30 days'),
};
