/**
 * @module carriers/sim/codes
 * Every event code the simulator emits, with the label it means (docs/labeling.md).
 * The simulator reuses the real code of the leg it imitates: Cainiao actionCodes at origin
 * and on line-haul, UPU EMSEVT codes on postal legs, and the last-mile carrier's own codes
 * (La Poste Suivi, InPost ShipX statuses, USPS, PostNL, Royal Mail, DHL Express). Where the
 * real leg has no public code, the simulator uses its own `SIM_*` code.
 * One code, one label: the classifier may read sim events with this table alone, and the
 * simulator's ground truth is computed from it, so the two cannot disagree.
 */
import { type CodeTable, e } from '../../core/classify/label.js';

const CAINIAO: CodeTable = {
  GWMS_ACCEPT: e('info_received', 'label_created', null, 'warehouse accepted the order'),
  GWMS_OUTBOUND: e('info_received', 'label_created', null, 'left the seller warehouse'),
  PU_PICKUP_SUCCESS: e('in_transit', 'picked_up', null, 'collected by Cainiao'),
  SC_INBOUND_SUCCESS: e('in_transit', 'origin_facility', null, 'arrived at sorting centre'),
  SC_OUTBOUND_SUCCESS: e('in_transit', 'origin_facility', null, 'left sorting centre'),
  SC_HO_OUT_SUCCESS: e('in_transit', 'origin_facility', null, 'handed to the postal operator'),
  CC_EX_START: e('in_transit', 'export_customs', null, 'export clearance started'),
  CC_EX_SUCCESS: e('in_transit', 'export_customs', null, 'export clearance done'),
  LH_HO_AIRLINE: e('in_transit', 'departed_origin', null, 'handed to airline'),
  LH_DEPART: e('in_transit', 'departed_origin', null, 'flight departed'),
  LH_ARRIVE: e('in_transit', 'arrived_destination', null, 'arrived in destination country'),
  CC_IM_START: e('in_transit', 'import_customs', null, 'import clearance started'),
  CC_IM_EXCEPTION: e('exception', 'import_customs', 'customs_held', 'held by import customs'),
  CUS_TAX: e('exception', 'import_customs', 'customs_payment_due', 'duties to pay'),
  CC_IM_PROCESS: e('in_transit', 'import_customs', null, 'import clearance in progress'),
  CC_IM_SUCCESS: e('in_transit', 'customs_released', null, 'import clearance done'),
  GTMS_ACCEPT: e('in_transit', 'handed_to_last_mile', null, 'handed to the last-mile carrier'),
};

const UPU: CodeTable = {
  EMA: e('in_transit', 'picked_up', null, 'posting / acceptance'),
  EMB: e('in_transit', 'origin_facility', null, 'arrival at outward office of exchange'),
  EXA: e('in_transit', 'export_customs', null, 'presented to export customs'),
  EXC: e('in_transit', 'export_customs', null, 'released by export customs'),
  EMC: e('in_transit', 'departed_origin', null, 'departure from outward office of exchange'),
  EMD: e('in_transit', 'arrived_destination', null, 'arrival at inward office of exchange'),
  EDB: e('in_transit', 'import_customs', null, 'presented to import customs'),
  EME: e('exception', 'import_customs', 'customs_held', 'held by import customs'),
  EDC: e('in_transit', 'customs_released', null, 'released by import customs'),
  EMF: e('in_transit', 'customs_released', null, 'departure from inward office of exchange'),
  EDD: e('in_transit', 'destination_facility', null, 'into sorting centre'),
  EMG: e('in_transit', 'destination_facility', null, 'arrival at delivery office'),
  EDG: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  EMH: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'attempt, nobody in'),
  EDH: e('available_for_pickup', 'pickup_point', null, 'at collection point'),
  EMI: e('delivered', 'delivered', null, 'final delivery'),
};

/** The simulator's own codes, where the imitated leg publishes none. */
const SIM_OWN: CodeTable = {
  SIM_UNCLAIMED: e('exception', 'pickup_point', 'unclaimed', 'not collected in time'),
  SIM_RETURNING: e('exception', 'returning', 'returning_to_sender', 'being returned'),
  SIM_RETURNED: e('exception', 'returned', 'returned_to_sender', 'back with the sender'),
};

const LAPOSTE: CodeTable = {
  ET3: e('in_transit', 'destination_facility', null, 'processing in destination country'),
  MD2: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  ND1: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'not delivered, absent'),
  AG1: e('available_for_pickup', 'pickup_point', null, 'awaiting collection'),
  DI1: e('delivered', 'delivered', null, 'delivered'),
  PB1: e('exception', 'pickup_point', 'unclaimed', 'problem: not collected in time'),
  RE1: e('exception', 'returning', 'returning_to_sender', 'returning to sender'),
  DI2: e('exception', 'returned', 'returned_to_sender', 'delivered back to sender'),
};

const INPOST: CodeTable = {
  adopted_at_sorting_center: e('in_transit', 'destination_facility', null, 'at sorting centre'),
  sent_from_sorting_center: e('in_transit', 'destination_facility', null, 'left sorting centre'),
  out_for_delivery: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  avizo: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'attempt, notice left'),
  ready_to_pickup: e('available_for_pickup', 'pickup_point', null, 'in the parcel locker'),
  delivered: e('delivered', 'delivered', null, 'delivered'),
  pickup_time_expired: e('exception', 'pickup_point', 'unclaimed', 'not collected in time'),
  returned_to_sender: e('exception', 'returned', 'returned_to_sender', 'returned to sender'),
};

const USPS: CodeTable = {
  PC: e('in_transit', 'destination_facility', null, 'sorting complete'),
  '07': e('in_transit', 'destination_facility', null, 'arrival at post office'),
  OF: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  '02': e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'attempted, notice left'),
  '16': e('available_for_pickup', 'pickup_point', null, 'available for pickup'),
  '01': e('delivered', 'delivered', null, 'delivered'),
  '09': e('exception', 'returning', 'returning_to_sender', 'return to sender'),
};

const POSTNL: CodeTable = {
  '5': e('in_transit', 'destination_facility', null, 'sorted'),
  '7': e('out_for_delivery', 'out_for_delivery', null, 'out for delivery'),
  '12': e('available_for_pickup', 'pickup_point', null, 'at pick-up location'),
  '11': e('delivered', 'delivered', null, 'delivered'),
  '22': e('delivered', 'delivered', null, 'picked up from pick-up location'),
};

const ROYALMAIL: CodeTable = {
  EVGPD: e('out_for_delivery', 'out_for_delivery', null, 'due for delivery today'),
  EVKNA: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'nobody in'),
  EVKLC: e('available_for_pickup', 'pickup_point', null, 'at collection point'),
};

const DHL_EXPRESS: CodeTable = {
  PU: e('in_transit', 'picked_up', null, 'shipment picked up'),
  PL: e('in_transit', 'origin_facility', null, 'processed at location'),
  DF: e('in_transit', 'origin_facility', null, 'departed origin facility'),
  AF: e('in_transit', 'transit_hub', null, 'arrived at sort facility'),
  AR: e('in_transit', 'destination_facility', null, 'arrived at delivery facility'),
  CC: e('in_transit', 'import_customs', null, 'customs status updated'),
  OH: e('exception', 'import_customs', 'customs_held', 'on hold, clearance delay'),
  CR: e('in_transit', 'customs_released', null, 'clearance processing complete'),
  WC: e('out_for_delivery', 'out_for_delivery', null, 'with delivery courier'),
  NH: e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'recipient not home'),
  OK: e('delivered', 'delivered', null, 'delivered'),
};

const PARTS = [CAINIAO, UPU, SIM_OWN, LAPOSTE, INPOST, USPS, POSTNL, ROYALMAIL, DHL_EXPRESS];

function merge(parts: readonly CodeTable[]): CodeTable {
  const out: Record<string, CodeTable[string]> = {};
  for (const part of parts) {
    for (const [code, entry] of Object.entries(part)) {
      if (code in out) throw new Error(`sim codes: ${code} is listed twice`);
      out[code] = entry;
    }
  }
  return Object.freeze(out);
}

/** Every code the simulator emits → its label. */
export const SIM_CODES: CodeTable = merge(PARTS);
