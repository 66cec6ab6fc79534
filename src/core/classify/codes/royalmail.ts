/**
 * @module core/classify/codes/royalmail
 * Royal Mail Tracking API v2 event codes (reference §6.6, a subset). EVKLC is "delivered"
 * to a collection point: the buyer still has to collect it.
 */
import { type CodeTable, e } from '../label.js';

const returning = (g: string) => e('exception', 'returning', 'returning_to_sender', g);
const delivered = (g: string) => e('delivered', 'delivered', null, g);
// Text may say more: "arrived … from abroad" is the arrival in the UK, so a mail-centre code
// with such text is arrived_destination. No other milestone replaces the code's.
const facility = (g: string) =>
  e('in_transit', 'destination_facility', null, g, {
    refine: ['in_transit'],
    refineTo: ['arrived_destination'],
  });

export const ROYALMAIL_CODES: CodeTable = {
  EVAIP: e('info_received', 'label_created', null, 'sender despatching'),
  EVAIE: e('info_received', 'label_created', null, 'sender despatching'),
  EVBAH: facility('at national parcel hub'),
  EVDAC: facility('at mail centre'),
  EVDAV: facility('at mail centre'),
  EVIMC: facility('reached mail centre'),
  EVIAV: facility('passed to local delivery office'),
  EVGMI: e('in_transit', null, 'misrouted', 'mis-sorted, re-routed'),
  EVIPI: e('in_transit', null, 'misrouted', 'mis-sorted, re-routed'),
  EVNMI: e('in_transit', null, 'misrouted', 'mis-sorted, re-routed'),
  EVGPD: e('out_for_delivery', 'out_for_delivery', null, 'due for delivery today'),
  EVKAA: e('failed_attempt', 'out_for_delivery', 'address_problem', 'address inaccessible'),
  EVNAA: e('failed_attempt', 'out_for_delivery', 'address_problem', 'address inaccessible'),
  EVKAI: e('exception', 'returning', 'returning_to_sender', 'address unidentifiable, returning'),
  EVKGA: returning('recipient gone away, returning'),
  EVNGA: returning('recipient gone away, returning'),
  EVKRF: e('exception', null, 'refused', 'refused, returning'),
  EVNRF: e('exception', null, 'refused', 'refused, returning'),
  EVKNA: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'nobody in'),
  EVNDA: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'nobody in'),
  EVNDN: e('failed_attempt', 'out_for_delivery', null, 'not delivered, retry next day'),
  EVNAR: facility('due for redelivery'),
  EVNSR: facility('prepared for redelivery'),
  EVKDN: delivered('delivered to neighbour'),
  EVKLC: e('available_for_pickup', 'pickup_point', null, 'at collection point, ready'),
  EVKOP: delivered('delivered'),
  EVKSP: delivered('delivered and signed for'),
  EVKSF: delivered('delivered to safeplace'),
  EVKSU: e('failed_attempt', 'out_for_delivery', null, 'safeplace unavailable'),
  EVNKS: facility('held (Keepsafe)'),
  EVNOC: delivered('collected from delivery office'),
  EVPLC: delivered('collected from Post Office'),
  EVNRT: facility('held at office on request'),
  EVODO: facility('despatched to delivery office'),
  EVRTS: e('exception', 'returned', 'returned_to_sender', 'delivered back to sender'),
};
