/**
 * @module core/classify/codes/ups
 * UPS Track API activity `status.type` and `type:code` pairs (reference §6.2). Keys are
 * either a bare type ('I') or 'TYPE:CODE' ('I:OT'); the lookup tries the pair first.
 * Only OT and FS are confirmed codes; the types are coarse, so their text refines them.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

export const UPS_CODES: CodeTable = {
  M: e('info_received', 'label_created', null, 'manifest information'),
  MV: e('info_received', 'label_created', null, 'manifest information (voided or updated)', {
    refine: ['info_received', 'exception'],
  }),
  I: e('in_transit', null, null, 'in progress', { refine: TRANSIT_REFINE }),
  X: e('exception', null, 'other', 'exception (may still be on time)', {
    refine: ['exception', 'failed_attempt', 'in_transit', 'available_for_pickup'],
  }),
  U: e('in_transit', null, null, 'update, e.g. rescheduled delivery', { refine: TRANSIT_REFINE }),
  D: e('delivered', 'delivered', null, 'delivery information', {
    refine: ['delivered', 'out_for_delivery', 'available_for_pickup', 'exception'],
  }),
  P: e('in_transit', 'picked_up', null, 'pickup (seen in karrio)'),
  'M:MP': e('info_received', 'label_created', null, 'order processed, ready for UPS'),
  'I:OT': e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  'D:FS': e('delivered', 'delivered', null, 'delivered'),
};
