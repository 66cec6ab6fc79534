/**
 * @module core/classify/codes/cainiao
 * Cainiao / AliExpress actionCodes (reference §5.3). The official enum is non-exhaustive;
 * unknown codes fall through to the text rules. Two traps are encoded here:
 * GTMS_STA_SIGNED is a pickup station signing, not the buyer (→ available_for_pickup), and
 * COMMON_INTRANSIT is also stamped on pre-shipment advice, so it proves no movement.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

const info = (g: string) => e('info_received', 'label_created', null, g);
const origin = (g: string) => e('in_transit', 'origin_facility', null, g);
const pickedUp = (g: string) => e('in_transit', 'picked_up', null, g);
const destFacility = (g: string) => e('in_transit', 'destination_facility', null, g);
const returning = (g: string) => e('exception', 'returning', 'returning_to_sender', g);
/** Pickup-station and warehouse failures with no stated cause. */
const other = (g: string) => e('exception', null, 'other', g, { refine: ['exception'] });
/** Hand-over failures that only hold the parcel up. */
const held = (g: string) => e('in_transit', null, 'delayed', g);
const moving = (g: string) => e('in_transit', null, null, g);

export const CAINIAO_CODES: CodeTable = {
  // Origin: declarations, warehouse, pickup.
  CONSIGN: info('shipment declared'),
  OM_CONSIGN: info('merchant dispatched the order'),
  GTMS_ASN: info('advance shipping notice received'),
  LAST_MILE_ASN_NOTIFY: info('last-mile pre-advice'),
  PRE_READY_TO_SHIP: info('ready to ship, not yet with a carrier'),
  GWMS_ACCEPT: info('warehouse accepted the order'),
  GWMS_PICK: info('picked in the warehouse'),
  GWMS_PACKAGE: info('packed in the warehouse'),
  GWMS_OUTBOUND: info('left the seller warehouse, not yet with a carrier'),
  GWMS_HANDOVER: pickedUp('warehouse handed over to the carrier'),
  GWMS_REJECT: e('exception', null, 'other', 'warehouse rejected the order'),
  GWMS_EXCEPTION: e('exception', null, 'other', 'warehouse exception', { refine: ['exception'] }),
  GWMS_CANCEL: e('exception', null, 'cancelled', 'warehouse order cancelled'),
  CW_INBOUND: origin('arrived at consolidation warehouse'),
  CW_OUTBOUND: origin('left consolidation warehouse'),
  CW_SIGN_IN_SUCCESS: origin('signed in at consolidation warehouse'),
  CW_COMMON_PROCESSING1: origin('processing at consolidation warehouse'),
  PU_PICKUP_SUCCESS: pickedUp('picked up from the seller'),
  PU_PICKUP_FAILURE: e('info_received', 'label_created', null, 'pickup failed, still with seller'),
  PU_SIGN_IN_FAILURE: other('sign-in after pickup failed'),
  PU_SIGN_IN_SUCCESS: pickedUp('signed in after pickup'),
  // Sorting and transit hubs.
  SC_INBOUND_SUCCESS: origin('arrived at sorting centre'),
  SC_OUTBOUND_SUCCESS: origin('left sorting centre'),
  SC_HO_OUT_SUCCESS: origin('handed out of sorting centre'),
  SC_SIGN_IN_SUCCESS: origin('signed in at sorting centre'),
  SC_TRANS_INBOUND_SUCCESS: origin('arrived at transfer sorting centre'),
  SC_TRANS_OUTBOUND_SUCCESS: origin('left transfer sorting centre'),
  SC_INBOUND_FAILURE: other('sorting centre inbound failed'),
  SC_OUTBOUND_FAILURE: other('sorting centre outbound failed'),
  SC_HO_OUT_FAILURE: other('sorting centre handover failed'),
  SC_SIGN_IN_FAILURE: other('sorting centre sign-in failed'),
  SC_ARRIVE: origin('arrived at sorting centre'),
  SC_DEPART: origin('departed sorting centre'),
  TD_TRANS_ARRIVE: e('in_transit', 'origin_facility', null, 'arrived at transit hub'),
  TD_TRANS_DEPART: e('in_transit', 'origin_facility', null, 'departed transit hub'),
  TD_TRANS_ARRIVE_C: e('in_transit', 'origin_facility', null, 'arrived at transit hub'),
  TD_TRANS_DEPART_C: e('in_transit', 'origin_facility', null, 'departed transit hub'),
  OE_DEPART: e('in_transit', 'departed_origin', null, 'departed office of exchange'),
  GTMS_OE_DEPART: e('in_transit', 'departed_origin', null, 'departed office of exchange'),
  // Export customs.
  CC_EX_START: e('in_transit', 'export_customs', null, 'export customs clearance started'),
  CC_EX_SUCCESS: e('in_transit', 'export_customs', null, 'export customs cleared'),
  CC_EX_FAILURE: e('exception', 'export_customs', 'customs_held', 'export customs failed'),
  // Line-haul and air.
  LH_HO_IN_SUCCESS: e('in_transit', 'departed_origin', null, 'handed to line-haul'),
  LH_HO_AIRLINE: e('in_transit', 'departed_origin', null, 'handed to airline'),
  LH_DEPART: e('in_transit', 'departed_origin', null, 'flight departed'),
  LH_ARRIVE: e('in_transit', 'arrived_destination', null, 'arrived in destination country'),
  LH_HO_OUT_SUCCESS: e('in_transit', 'arrived_destination', null, 'line-haul handed over'),
  LH_POST_COLLECTION: origin('accepted by the postal service for dispatch'),
  LH_HO_IN_FAILURE: held('handover to line-haul failed, waits for the next'),
  LH_HO_AIRLINE_FAILURE: held('airline handover failed, re-booked'),
  LH_ARRIVE_FAILURE: held('arrival delayed'),
  LH_HO_OUT_FAILURE: held('line-haul handover delayed'),
  LH_OTHER: e('in_transit', null, null, 'line-haul other'),
  // Transit-country customs.
  CC_TRANS_START: e('in_transit', 'transit_hub', null, 'transit customs started'),
  CC_TRANS_SUCCESS: e('in_transit', 'transit_hub', null, 'transit customs cleared'),
  CC_TRANS_FAILURE: e('exception', 'transit_hub', 'customs_held', 'transit customs failed'),
  // Import customs.
  CC_IM_START: e('in_transit', 'import_customs', null, 'import customs clearance started'),
  CC_IM_PROCESS: e('in_transit', 'import_customs', null, 'import customs clearance in progress'),
  CC_IM_SUCCESS: e('in_transit', 'customs_released', null, 'import customs cleared'),
  CC_IM_FAILURE: e('exception', 'import_customs', 'customs_held', 'import customs failed', {
    refine: ['exception'],
  }),
  CC_IM_EXCEPTION: e('exception', 'import_customs', 'customs_held', 'import customs exception', {
    refine: ['exception'],
  }),
  CC_HO_IN_SUCCESS: e('in_transit', 'import_customs', null, 'handed to customs'),
  CC_HO_IN_FAILURE: e('exception', 'import_customs', 'customs_held', 'handover to customs failed'),
  CC_HO_OUT_FAILURE: e('exception', 'import_customs', 'customs_held', 'customs release failed'),
  CC_HO_OUT_SUCCESS: e('in_transit', 'customs_released', null, 'left customs'),
  CUS_DECLARE: e('in_transit', 'import_customs', null, 'customs declaration filed'),
  CUS_SUCCESS: e('in_transit', 'customs_released', null, 'customs cleared'),
  CUS_FAILURE: e('exception', 'import_customs', 'customs_held', 'customs failed'),
  CUS_TAX: e('exception', 'import_customs', 'customs_payment_due', 'duties assessed'),
  CIQ_SUCCESS: e('in_transit', 'customs_released', null, 'inspection passed'),
  CIQ_FAILURE: e('exception', 'import_customs', 'customs_held', 'inspection failed'),
  // Destination last mile.
  GTMS_ACCEPT: e('in_transit', 'handed_to_last_mile', null, 'accepted by destination carrier'),
  GTMS_SC_ARRIVE: destFacility('arrived at destination sorting centre'),
  GTMS_SC_ARRIVE_FAILURE: held('arrival at destination sorting centre delayed'),
  GTMS_DO_ARRIVE: destFacility('arrived at delivery station'),
  GTMS_STATION_IN: destFacility('arrived at delivery station'),
  GTMS_STATION_OUT: destFacility('left delivery station'),
  GTMS_RELABEL: destFacility('relabelled for the last mile'),
  GTMS_DO_DEPART: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  GTMS_DELIVERING: e('out_for_delivery', 'out_for_delivery', null, 'being delivered'),
  GTMS_RE_DELIVERING: e('out_for_delivery', 'out_for_delivery', null, 'redelivery under way'),
  GTMS_DEL_FAILURE: e('failed_attempt', 'out_for_delivery', null, 'delivery attempt failed', {
    refine: ['failed_attempt', 'exception'],
  }),
  GTMS_SIGN_FAILURE: e('failed_attempt', 'out_for_delivery', null, 'not signed for', {
    refine: ['failed_attempt', 'exception'],
  }),
  GTMS_WAIT_SELF_PICK: e('available_for_pickup', 'pickup_point', null, 'awaiting collection'),
  GTMS_STA_SIGNED: e('available_for_pickup', 'pickup_point', null, 'signed by pickup station'),
  GTMS_SIGNED: e('delivered', 'delivered', null, 'delivered to the recipient'),
  GTMS_FAILURE: e('exception', null, 'other', 'last-mile failure', {
    refine: ['exception', 'failed_attempt'],
  }),
  GTMS_STA_SIGN_FAILURE: other('pickup station sign-in failed'),
  GTMS_STA_WAIT_CUST_CHANGE_ADDRESS: e('exception', null, 'address_problem', 'awaiting address'),
  GTMS_STA_CUST_TO_DOOR: moving('buyer switched to door delivery'),
  GTMS_STA_CHANGE: moving('pickup station changed'),
  GTMS_STA_CN_TO_DOOR: moving('switched to door delivery'),
  GTMS_STA_CN_CHANGE: moving('pickup station changed'),
  GTMS_STA_CNCP_TO_DOOR: moving('local carrier switched to door delivery'),
  GTMS_STA_CNCP_CHANGE: moving('local carrier changed pickup station'),
  GSTA_INFORM_BUYER: e('available_for_pickup', 'pickup_point', null, 'buyer told to collect'),
  GSTAHUB_INBOUND: destFacility('arrived at the hub serving pickup stations'),
  GSTAHUB_INBOUND_FAIL: other('pickup hub inbound failed'),
  GSTA_INBOUND_FAIL: other('pickup point could not receive the parcel'),
  GSTA_SIGN_FAIL: other('pickup point signing failed'),
  STA_SIGN_FAIL: other('pickup station signing failed'),
  GSTA_BUYER_SIGN_FAIL: e(
    'available_for_pickup',
    'pickup_point',
    null,
    'collection failed, still waiting',
  ),
  GSTA_OTHER: moving('pickup point update'),
  GSTA_INBOUND: e('available_for_pickup', 'pickup_point', null, 'arrived at pickup point'),
  GSTA_SIGN: e('available_for_pickup', 'pickup_point', null, 'signed by pickup point'),
  STA_SIGN: e('available_for_pickup', 'pickup_point', null, 'signed by pickup station'),
  GSTA_BUYER_SIGN: e('delivered', 'delivered', null, 'collected by the buyer'),
  // China domestic.
  GOT: pickedUp('collected by domestic courier'),
  DEPARTURE: origin('departed domestic facility'),
  ARRIVAL: origin('arrived at domestic facility'),
  SENT_SCAN: e('out_for_delivery', 'out_for_delivery', null, 'domestic out for delivery'),
  SIGNED: e('delivered', 'delivered', null, 'domestic delivery signed'),
  REJECT: e('exception', null, 'refused', 'domestic: refused'),
  FAILED: e('failed_attempt', 'out_for_delivery', null, 'domestic delivery failed', {
    refine: ['failed_attempt', 'exception'],
  }),
  // Returns.
  RT_INBOUND: returning('return arrived at facility'),
  RT_OUTBOUND: returning('return left facility'),
  RT_HO_OUT: returning('return handed over'),
  RT_WH_HO_IN: returning('return handed to warehouse'),
  RT_WH_INBOUND: returning('return arrived at warehouse'),
  RT_WH_HO_IN_FAIL: returning('return warehouse handover failed'),
  RT_WH_INBOUND_FAILURE: returning('return warehouse inbound failed'),
  RT_WH_OUTBOUND: returning('return left warehouse'),
  RT_WH_HO_OUT: returning('return handed out of warehouse'),
  RT_TRANSWH_HO_IN: returning('return at transfer warehouse'),
  RT_TRANSWH_INBOUND: returning('return at transfer warehouse'),
  RT_TRANSWH_OUTBOUND: returning('return left transfer warehouse'),
  RT_TMS_ACCEPT: returning('return accepted by carrier'),
  RETURNED: e('exception', 'returned', 'returned_to_sender', 'returned to sender'),
  RT_DESTROY: e('exception', null, 'destroyed', 'return destroyed'),
  RT_WH_DESTROY: e('exception', null, 'destroyed', 'destroyed at warehouse'),
  // Generic, carrier-agnostic codes: coarse, so the text may refine them.
  COMMON_INTRANSIT: e('in_transit', null, null, 'generic (also on pre-shipment advice)', {
    refine: ['info_received', ...TRANSIT_REFINE],
  }),
  COMMON_ACCEPT: pickedUp('accepted by carrier'),
  COMMON_DEPART: e('in_transit', null, null, 'departed (no place)'),
  COMMON_SIGNED: e('delivered', 'delivered', null, 'signed for'),
  EXCEPTION: e('exception', null, 'other', 'exception', {
    refine: ['exception', 'failed_attempt'],
  }),
};
