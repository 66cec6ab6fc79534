/**
 * @module core/classify/codes/dhl
 * DHL Shipment Tracking – Unified `statusCode` (reference §6.1). Only five values, so
 * 'transit' and 'failure' let the description name the place or the cause.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

export const DHL_CODES: CodeTable = {
  'pre-transit': e('info_received', 'label_created', null, 'shipment data received', {
    refine: ['info_received', 'in_transit'],
  }),
  transit: e('in_transit', null, null, 'moving (includes customs and delivery steps)', {
    refine: TRANSIT_REFINE,
  }),
  delivered: e('delivered', 'delivered', null, 'delivered (also back to the sender)', {
    refine: ['delivered', 'exception'],
  }),
  failure: e('exception', null, 'other', 'delivery failed / returned / held', {
    refine: ['exception', 'failed_attempt', 'available_for_pickup'],
  }),
  unknown: e('in_transit', null, null, 'status unknown', { defer: 'text-only' }),
};
