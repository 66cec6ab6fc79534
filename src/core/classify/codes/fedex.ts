/**
 * @module core/classify/codes/fedex
 * FedEx Track API event types / derived status codes (reference §6.3). EA means both
 * "enroute to airport" and "export approved": the description decides.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

const moving = (g: string) => e('in_transit', null, null, g, { refine: TRANSIT_REFINE });
const info = (g: string) => e('info_received', 'label_created', null, g);
/** A request or an update about the delivery: proves no movement, changes no status. */
const request = (g: string) => e('in_transit', null, null, g);

export const FEDEX_CODES: CodeTable = {
  AA: moving('at airport'),
  AC: e('in_transit', 'handed_to_last_mile', null, 'at Canada Post facility'),
  AD: e('out_for_delivery', 'out_for_delivery', null, 'at delivery'),
  AF: e('in_transit', 'destination_facility', null, 'at local FedEx facility'),
  AO: moving('arriving on time'),
  AP: info('courier at pickup'),
  AR: moving('arrived at FedEx location'),
  AX: e('in_transit', 'handed_to_last_mile', null, 'at USPS facility'),
  CA: e('exception', null, 'cancelled', 'shipment cancelled'),
  CH: moving('location changed'),
  DD: e('in_transit', null, 'delayed', 'delivery delay'),
  DE: e('failed_attempt', 'out_for_delivery', null, 'delivery exception', {
    refine: ['failed_attempt', 'exception'],
  }),
  DL: e('delivered', 'delivered', null, 'delivered'),
  DP: moving('departed FedEx location'),
  DR: info('pickup vehicle furnished but not used'),
  DS: info('pickup vehicle dispatched'),
  DY: e('in_transit', null, 'delayed', 'delay'),
  EA: e('in_transit', null, null, 'enroute to airport OR export approved', { defer: true }),
  ED: e('out_for_delivery', 'out_for_delivery', null, 'enroute to delivery'),
  EO: e('in_transit', 'origin_facility', null, 'enroute to origin airport'),
  EP: info('enroute to pickup'),
  FD: e('in_transit', 'destination_facility', null, 'at FedEx destination facility'),
  HL: e('available_for_pickup', 'pickup_point', null, 'held at location for pickup'),
  HP: e('available_for_pickup', 'pickup_point', null, 'ready for recipient pickup'),
  IT: moving('in transit'),
  IX: moving('in transit (see details)'),
  LO: e('in_transit', 'departed_origin', null, 'left origin'),
  OC: info('order created, label'),
  OD: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  OF: e('in_transit', 'origin_facility', null, 'at origin facility'),
  OW: moving('on the way'),
  OX: info('shipment information sent to USPS'),
  PD: e('info_received', 'label_created', 'delayed', 'pickup delay'),
  PF: e('in_transit', 'international_transit', null, 'plane in flight'),
  PL: e('in_transit', 'international_transit', null, 'plane landed'),
  PM: moving('in progress'),
  PU: e('in_transit', 'picked_up', null, 'picked up'),
  PX: e('in_transit', 'picked_up', null, 'picked up (see details)'),
  RR: request('delivery option requested'),
  RM: request('delivery option modified'),
  RC: request('delivery option cancelled'),
  RS: e('exception', 'returning', 'returning_to_sender', 'return to shipper'),
  RP: request('return label link emailed'),
  LP: request('return label link cancelled'),
  RG: request('return label link expiring'),
  RD: request('return label link expired'),
  SE: e('exception', null, 'other', 'shipment exception', {
    refine: ['exception', 'failed_attempt', 'in_transit'],
  }),
  SF: moving('at sort facility'),
  SP: moving('split status'),
  TR: moving('transfer'),
  CC: e('in_transit', 'customs_released', null, 'cleared customs', { refine: ['in_transit'] }),
  CD: e('exception', 'import_customs', 'customs_held', 'clearance delay', {
    refine: ['exception'],
  }),
  CP: e('in_transit', 'import_customs', null, 'clearance in progress', { refine: ['in_transit'] }),
  // Webhook-only extras.
  DO: e('in_transit', 'picked_up', null, 'dropped off'),
  IP: e('in_transit', 'picked_up', null, 'in FedEx possession'),
  US: request('scheduled delivery updated'),
  MD: info('manifest data'),
  IN: moving('on-demand care done'),
  AE: moving('arriving early'),
  HA: request('hold-at-location request accepted'),
  RT: request('return requested (not a return yet)'),
  RA: request('address change requested'),
  PR: request('redirect performed'),
  AS: request('address corrected'),
  LC: request('return label cancelled'),
};
