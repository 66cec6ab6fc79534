/**
 * @module core/classify/codes/laposte
 * La Poste / Colissimo "Suivi" v2 event codes (reference §6.5). RE1 is a return under way,
 * DI2 the parcel back with its sender.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

export const LAPOSTE_CODES: CodeTable = {
  DR1: e('info_received', 'label_created', null, 'declaration received, not handed over'),
  PC1: e('in_transit', 'picked_up', null, 'taken in charge'),
  PC2: e('in_transit', 'picked_up', null, 'taken in charge in origin country'),
  ET1: e('in_transit', null, null, 'in processing', { refine: TRANSIT_REFINE }),
  ET2: e('in_transit', 'origin_facility', null, 'processing in origin country'),
  ET3: e('in_transit', 'destination_facility', null, 'processing in destination country', {
    refine: ['in_transit'],
  }),
  ET4: e('in_transit', 'transit_hub', null, 'processing in a transit country'),
  EP1: e('in_transit', 'destination_facility', null, 'awaiting presentation', {
    refine: TRANSIT_REFINE,
  }),
  DO1: e('in_transit', 'import_customs', null, 'entered customs', { refine: ['in_transit'] }),
  DO2: e('in_transit', 'customs_released', null, 'left customs'),
  DO3: e('exception', 'import_customs', 'customs_held', 'held in customs', {
    refine: ['exception'],
  }),
  PB1: e('exception', null, 'other', 'problem ongoing', {
    refine: ['exception', 'failed_attempt', 'in_transit'],
  }),
  PB2: e('in_transit', null, null, 'problem solved'),
  MD2: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  ND1: e('failed_attempt', 'out_for_delivery', null, 'not deliverable', {
    refine: ['failed_attempt', 'exception'],
  }),
  AG1: e('available_for_pickup', 'pickup_point', null, 'awaiting collection at counter'),
  RE1: e('exception', 'returning', 'returning_to_sender', 'returned to sender (under way)'),
  DI1: e('delivered', 'delivered', null, 'delivered'),
  DI2: e('exception', 'returned', 'returned_to_sender', 'delivered back to sender'),
  AN1: e('exception', null, 'address_problem', 'address problem (karrio)'),
};
