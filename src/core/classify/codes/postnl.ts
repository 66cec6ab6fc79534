/**
 * @module core/classify/codes/postnl
 * PostNL Shipping Status v2 status codes (reference §6.7) and a few event codes. Status
 * codes are numeric strings; event codes are a letter and two digits.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

export const POSTNL_CODES: CodeTable = {
  '1': e('info_received', 'label_created', null, 'pre-alerted'),
  '2': e('in_transit', 'picked_up', null, 'accepted'),
  '3': e('in_transit', 'picked_up', null, 'collected'),
  '4': e('info_received', 'label_created', null, 'not collected from sender'),
  '13': e('info_received', 'label_created', null, 'pre-alerted, not yet accepted'),
  '14': e('exception', null, 'cancelled', 'pre-alerted, definitively not accepted'),
  '15': e('exception', null, 'lost', 'missing at collection', { refine: ['exception'] }),
  '18': e('exception', null, 'lost', 'definitively missing'),
  '19': e('exception', null, 'other', 'rejected by PostNL'),
  '5': e('in_transit', 'destination_facility', null, 'sorted'),
  '6': e('in_transit', null, 'delayed', 'not sorted'),
  '16': e('exception', null, 'lost', 'missing in sorting', { refine: ['exception'] }),
  '21': e('in_transit', 'destination_facility', null, 'in storage'),
  '7': e('out_for_delivery', 'out_for_delivery', null, 'out for delivery / in distribution'),
  '8': e('failed_attempt', 'out_for_delivery', null, 'not delivered', {
    refine: ['failed_attempt', 'exception'],
  }),
  '9': e('in_transit', 'import_customs', null, 'at customs', {
    refine: ['in_transit', 'exception'],
  }),
  '17': e('exception', null, 'lost', 'missing in distribution', { refine: ['exception'] }),
  '20': e('in_transit', 'import_customs', null, 'in clearance process', {
    refine: ['in_transit', 'exception'],
  }),
  '11': e('delivered', 'delivered', null, 'delivered'),
  '12': e('available_for_pickup', 'pickup_point', null, 'at pick-up location'),
  '22': e('delivered', 'delivered', null, 'picked up from post office'),
  '23': e('in_transit', 'picked_up', null, 'collection order collected'),
  '99': e('in_transit', null, null, 'not applicable', { defer: 'text-only' }),
  // Event codes.
  A01: e('info_received', 'label_created', null, 'expected but not arrived'),
  A71: e('info_received', 'label_created', null, 'registered'),
  B01: e('in_transit', 'picked_up', null, 'received'),
  B04: e('in_transit', 'picked_up', null, 'collected'),
  J01: e('in_transit', 'destination_facility', null, 'sorted', { refine: TRANSIT_REFINE }),
  J06: e('in_transit', 'destination_facility', null, 'sorted', { refine: TRANSIT_REFINE }),
  X40: e('in_transit', null, null, 'received at outlet', { refine: TRANSIT_REFINE }),
};
