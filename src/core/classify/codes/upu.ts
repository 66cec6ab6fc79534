/**
 * @module core/classify/codes/upu
 * UPU EDI (EMSEVT v3) event codes, as posts report them on S10 items
 * (reference §2). Labels per docs/labeling.md.
 */
import { type CodeTable, e } from '../label.js';

export const UPU_CODES: CodeTable = {
  EMA: e('in_transit', 'picked_up', null, 'posting / collection: accepted from sender'),
  EMB: e('in_transit', 'origin_facility', null, 'arrival at outward office of exchange'),
  EXA: e('in_transit', 'export_customs', null, 'presented to export customs / security'),
  EXB: e('exception', 'export_customs', 'customs_held', 'held by export customs / security'),
  EXC: e('in_transit', 'export_customs', null, 'returned from export customs (released)'),
  EXD: e('exception', 'export_customs', 'customs_held', 'held at outward office of exchange'),
  EXX: e('exception', null, 'cancelled', 'export cancelled'),
  EMC: e('in_transit', 'departed_origin', null, 'departure from outward office of exchange'),
  EMJ: e('in_transit', 'transit_hub', null, 'arrival at transit office of exchange'),
  EMK: e('in_transit', 'transit_hub', null, 'departure from transit office of exchange'),
  EMD: e('in_transit', 'arrived_destination', null, 'arrival at inward office of exchange'),
  EDA: e('exception', 'import_customs', 'customs_held', 'held at inward office of exchange', {
    refine: ['exception'],
  }),
  EDB: e('in_transit', 'import_customs', null, 'presented to import customs'),
  // EME should carry a retention reason: the text names it (duties, documents, seizure).
  EME: e('exception', 'import_customs', 'customs_held', 'held by import customs', {
    refine: ['exception'],
  }),
  EDC: e('in_transit', 'customs_released', null, 'returned from import customs (released)'),
  EMF: e('in_transit', 'customs_released', null, 'departure from inward office of exchange'),
  EDD: e('in_transit', 'destination_facility', null, 'item into sorting centre'),
  EDE: e('in_transit', 'destination_facility', null, 'item out of sorting centre'),
  EMG: e('in_transit', 'destination_facility', null, 'arrival at delivery office'),
  EDF: e('in_transit', 'destination_facility', null, 'held at delivery depot / office'),
  EDG: e('out_for_delivery', 'out_for_delivery', null, 'out for physical delivery'),
  EDH: e('available_for_pickup', 'pickup_point', null, 'at collection point for pick-up'),
  // EMH carries a non-delivery reason in its text: let the text name it.
  EMH: e('failed_attempt', 'out_for_delivery', null, 'attempted / unsuccessful delivery', {
    refine: ['failed_attempt', 'exception'],
  }),
  EMI: e('delivered', 'delivered', null, 'final delivery'),
  EDX: e('exception', null, 'cancelled', 'import terminated (cancelled at destination)'),
};
