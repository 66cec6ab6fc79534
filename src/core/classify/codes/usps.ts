/**
 * @module core/classify/codes/usps
 * USPS Tracking API v3 event codes (reference §6.4). RTS reason codes (21–29, 31) all mean
 * the item is on its way back.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

const attempt = (g: string) => e('failed_attempt', 'out_for_delivery', null, g);
const rts = (g: string) => e('exception', 'returning', 'returning_to_sender', `return: ${g}`);
const moving = (g: string) => e('in_transit', null, null, g, { refine: TRANSIT_REFINE });

export const USPS_CODES: CodeTable = {
  '01': e('delivered', 'delivered', null, 'delivered'),
  '02': e('failed_attempt', 'out_for_delivery', null, 'attempted, notice left', {
    refine: ['failed_attempt'],
  }),
  '03': e('in_transit', 'picked_up', null, 'accepted / picked up'),
  '04': e('exception', null, 'refused', 'refused'),
  '05': e('failed_attempt', 'out_for_delivery', 'address_problem', 'undeliverable as addressed'),
  '06': moving('forwarded'),
  '07': e('in_transit', 'destination_facility', null, 'arrival at unit / post office'),
  '08': e('in_transit', null, 'misrouted', 'missent'),
  '09': e('exception', 'returning', 'returning_to_sender', 'return to sender'),
  // USPS is the destination carrier of a parcel from abroad: its facilities are destination ones.
  '10': e('in_transit', 'destination_facility', null, 'processed at a regional facility', {
    refine: ['in_transit'],
  }),
  '11': e('exception', null, 'lost', 'dead letter: neither deliverable nor returnable'),
  '14': e('available_for_pickup', 'pickup_point', null, 'arrival at pickup point'),
  '15': e('in_transit', null, 'misrouted', 'mis-shipped'),
  '16': e('available_for_pickup', 'pickup_point', null, 'available for pickup'),
  '17': e('delivered', 'delivered', null, 'picked up by agent'),
  '19': e('in_transit', 'destination_facility', null, 'DC eVS arrival'),
  '21': rts('no such number'),
  '22': rts('insufficient address'),
  '23': rts('moved, left no address'),
  '24': rts('forward expired'),
  '25': rts('addressee unknown'),
  '26': rts('vacant'),
  '27': rts('unclaimed'),
  '28': rts('deceased'),
  '29': rts('other'),
  '31': rts('not picked up'),
  '30': attempt('no access to delivery location'),
  '41': e('in_transit', 'picked_up', null, 'received at opening unit'),
  '42': e('in_transit', 'handed_to_last_mile', null, 'handed to shipping partner'),
  '43': e('delivered', 'delivered', null, 'picked up by the addressee at the post office'),
  '44': e('exception', 'returning', 'returning_to_sender', 'customer recall'),
  '51': e('failed_attempt', 'out_for_delivery', 'business_closed', 'business closed'),
  '52': attempt('notice left'),
  '53': attempt('receptacle blocked'),
  '54': attempt('receptacle full / item oversized'),
  '55': attempt('no secure location'),
  '56': e(
    'failed_attempt',
    'out_for_delivery',
    'recipient_absent',
    'no authorised recipient available',
  ),
  '71': e('in_transit', null, 'delayed', 'delivery rescheduled to next day'),
  '80': e('in_transit', 'picked_up', null, 'picked up by shipping partner'),
  '81': moving('arrived at shipping partner facility'),
  '82': moving('departed shipping partner facility'),
  MA: e('info_received', 'label_created', null, 'manifest acknowledgement'),
  GX: e('info_received', 'label_created', null, 'label created, awaiting item'),
  OF: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  PC: e('in_transit', 'destination_facility', null, 'sorting complete'),
  DX: e('in_transit', null, null, 'delivery status not updated', { defer: 'text-only' }),
  TM: e('in_transit', 'picked_up', null, 'shipment acceptance'),
  PA: e('in_transit', 'picked_up', null, 'shipment acceptance'),
  EF: moving('departed sort facility'),
  SF: e('in_transit', 'destination_facility', null, 'departed post office'),
  A1: moving('arrived at regional facility'),
  T1: moving('departed regional facility'),
  TL: moving('in transit to next facility'),
};
