/**
 * @module core/classify/codes/correios
 * Correios (Brazil) SRO events (reference §6.9). Identity is codigo + tipo: keys are
 * 'CODIGO' or 'CODIGO-TIPO' (tipo as two digits). The BDE/BDI/BDR family covers delivered,
 * absent, wrong address and returned outcomes, so the bare codigo defers to the text.
 */
import { type CodeTable, e, TRANSIT_REFINE } from '../label.js';

const outcome = (g: string) => e('in_transit', null, null, g, { defer: true, attempt: true });
const delivered = e('delivered', 'delivered', null, 'delivered to the addressee');
// Tipo 23 is on the way back; text that says it reached the sender makes it returned.
const back = e('exception', 'returning', 'returning_to_sender', 'sent back to the sender', {
  refine: ['exception'],
});
const absent = e('failed_attempt', 'out_for_delivery', 'recipient_absent', 'addressee absent');

export const CORREIOS_CODES: CodeTable = {
  PO: e('in_transit', 'picked_up', null, 'posted'),
  'PO-01': e('in_transit', 'picked_up', null, 'posted'),
  'PO-09': e('in_transit', 'picked_up', null, 'posted after cut-off'),
  RO: e('in_transit', null, null, 'forwarded between units', { refine: TRANSIT_REFINE }),
  DO: e('in_transit', null, null, 'forwarded between units', { refine: TRANSIT_REFINE }),
  OEC: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery', {
    refine: ['out_for_delivery', 'exception'],
  }),
  LDI: e('available_for_pickup', 'pickup_point', null, 'awaiting collection at unit'),
  LDE: e('out_for_delivery', 'out_for_delivery', null, 'out for delivery (large item)'),
  PAR: e('in_transit', 'import_customs', null, 'customs / inspection step', {
    refine: ['in_transit', 'exception'],
  }),
  FC: e('in_transit', null, null, 'logistics note', { defer: true }),
  BDE: outcome('delivery outcome (tipo/text decides)'),
  BDI: outcome('delivery outcome (tipo/text decides)'),
  BDR: outcome('delivery outcome (tipo/text decides)'),
  'BDE-00': delivered,
  'BDE-01': delivered,
  'BDI-00': delivered,
  'BDI-01': delivered,
  'BDR-00': delivered,
  'BDR-01': delivered,
  'BDE-20': absent,
  'BDI-20': absent,
  'BDR-20': absent,
  'BDE-23': back,
  'BDI-23': back,
  'BDR-23': back,
};
