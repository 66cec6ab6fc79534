/**
 * @module core/classify/codes/seventeen-track
 * 17TRACK v2 main statuses and sub-statuses (reference §4.3). Sub-statuses are coarse
 * (no place), so transit-like ones let the description refine the milestone.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

const failed = ['failed_attempt', 'exception'] as const;

export const SEVENTEEN_TRACK_CODES: CodeTable = {
  // Main statuses (used when no sub-status is sent).
  NotFound: e('info_received', null, null, 'nothing at the carrier yet', { defer: 'text-only' }),
  InfoReceived: e('info_received', 'label_created', null, 'info received'),
  InTransit: e('in_transit', null, null, 'in transit', { refine: TRANSIT_REFINE }),
  Expired: e('expired', null, null, 'tracking stopped: in transit too long'),
  AvailableForPickup: e('available_for_pickup', 'pickup_point', null, 'awaiting pickup'),
  OutForDelivery: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  DeliveryFailure: e('failed_attempt', 'out_for_delivery', null, 'delivery failed', {
    refine: [...failed],
  }),
  Delivered: e('delivered', 'delivered', null, 'delivered'),
  Exception: e('exception', null, 'other', 'exception', { refine: ['exception'] }),
  // Sub-statuses.
  NotFound_Other: e('info_received', null, null, 'carrier returned nothing', {
    defer: 'text-only',
  }),
  NotFound_InvalidCode: e('info_received', null, null, 'number invalid', { defer: 'text-only' }),
  InTransit_PickedUp: e('in_transit', 'picked_up', null, 'collected from sender'),
  InTransit_Departure: e('in_transit', 'departed_origin', null, 'left origin country port'),
  InTransit_Arrival: e('in_transit', 'arrived_destination', null, 'arrived in destination'),
  InTransit_CustomsProcessing: e('in_transit', 'import_customs', null, 'in customs', {
    refine: ['in_transit', 'exception'],
  }),
  InTransit_CustomsReleased: e('in_transit', 'customs_released', null, 'customs completed', {
    refine: ['in_transit'],
  }),
  InTransit_CustomsRequiringInformation: e(
    'exception',
    'import_customs',
    'customs_documents_needed',
    'customs needs documents or information',
  ),
  InTransit_Other: e('in_transit', null, null, 'other transit', { refine: TRANSIT_REFINE }),
  Expired_Other: e('expired', null, null, 'in transit too long, tracking stopped'),
  AvailableForPickup_Other: e('available_for_pickup', 'pickup_point', null, 'awaiting pickup'),
  OutForDelivery_Other: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  DeliveryFailure_NoBody: e(
    'failed_attempt',
    'out_for_delivery',
    'recipient_absent',
    'recipient unreachable at delivery',
  ),
  DeliveryFailure_Security: e(
    'failed_attempt',
    'out_for_delivery',
    'other',
    'security / customs / fee issue at delivery',
    { refine: [...failed] },
  ),
  DeliveryFailure_Rejected: e('exception', null, 'refused', 'refused at delivery'),
  DeliveryFailure_InvalidAddress: e(
    'failed_attempt',
    'out_for_delivery',
    'address_problem',
    'wrong address at delivery',
  ),
  DeliveryFailure_Other: e('failed_attempt', 'out_for_delivery', null, 'other delivery failure', {
    refine: [...failed],
  }),
  Delivered_Other: e('delivered', 'delivered', null, 'delivered'),
  Exception_Returning: e('exception', 'returning', 'returning_to_sender', 'on the way back'),
  Exception_Returned: e('exception', 'returned', 'returned_to_sender', 'sender received it'),
  Exception_NoBody: e('exception', null, 'address_problem', 'recipient info problem'),
  Exception_Security: e('exception', 'import_customs', 'customs_held', 'security/customs/fee', {
    refine: ['exception'],
  }),
  Exception_Damage: e('exception', null, 'damaged', 'damaged'),
  Exception_Rejected: e('exception', null, 'refused', 'refused before delivery'),
  Exception_Delayed: e('in_transit', null, 'delayed', 'delayed beyond schedule', {
    refine: ['in_transit'],
  }),
  Exception_Lost: e('exception', null, 'lost', 'lost'),
  Exception_Destroyed: e('exception', null, 'destroyed', 'destroyed'),
  Exception_Cancel: e('exception', null, 'cancelled', 'order cancelled'),
  Exception_Other: e('exception', null, 'other', 'other exception', {
    refine: ['exception', 'failed_attempt', 'available_for_pickup'],
  }),
};
