/**
 * @module core/advice/rules
 * The advice rules as data. PRIMARY rules are tried in order and the first that matches
 * gives the headline; every ADDON that matches adds its actions, deadlines, templates and
 * contacts, and may raise the level (its headline then replaces the primary one).
 * docs/advice.md describes the table in words.
 */
import type { AdviceContext } from './context.js';
import type {
  ActionKey,
  AddonRuleId,
  ChecklistKey,
  HeadlineKey,
  PrimaryRuleId,
  TemplateKey,
} from './keys.js';
import type { ContactKind, Level } from './types.js';

export type DeadlineKind = 'protection' | 'after_delivery' | 'pickup';

export interface Rule<Id extends string> {
  id: Id;
  when: (c: AdviceContext) => boolean;
  level: Level | ((c: AdviceContext) => Level);
  actions: readonly ActionKey[] | ((c: AdviceContext) => readonly ActionKey[]);
  deadlines?: readonly DeadlineKind[];
  templates?: readonly TemplateKey[];
  contacts?: readonly ContactKind[];
  checklists?: readonly ChecklistKey[];
  /** Add-ons: the headline shown when this add-on raises the level above the primary's. */
  headline?: HeadlineKey;
}

const SILENT_STATUSES = new Set(['pending', 'info_received', 'in_transit', 'expired']);
const silent = (c: AdviceContext): boolean =>
  c.shipment.found && SILENT_STATUSES.has(c.shipment.status ?? 'pending');
const reasonIn =
  (...reasons: string[]) =>
  (c: AdviceContext): boolean =>
    c.shipment.reason !== null && reasons.includes(c.shipment.reason);
const typo = (c: AdviceContext): ActionKey[] =>
  c.shipment.suggestions && c.shipment.suggestions.length > 0 ? ['check_typo'] : [];
/** The window to open a dispute has closed (protection for a parcel still missing, the
 * after-delivery window for a delivered one). */
const windowPassed = (c: AdviceContext): boolean => {
  const window = c.delivered ? c.afterDelivery : c.protection;
  return window !== null && window.daysLeft < 0;
};
/** "Open a dispute" while that is possible, else why it is not. */
const disputeIfOpen = (c: AdviceContext): ActionKey[] => {
  if (!c.orderOpen) return [];
  return windowPassed(c) ? ['dispute_window_passed', 'contact_support'] : ['open_dispute'];
};
const stillWaiting = (c: AdviceContext): boolean => !!c.order && c.orderOpen && !c.delivered;

export const PRIMARY_RULES: readonly Rule<PrimaryRuleId>[] = [
  {
    id: 'order_closed',
    when: (c) => !!c.order?.closed,
    level: (c) => (c.delivered || c.order?.confirmedReceipt ? 'fine' : 'watch'),
    actions: ['dispute_order_closed', 'contact_support'],
    contacts: ['retailer'],
  },
  {
    id: 'dispute_open',
    when: (c) => !!c.order?.disputeOpened,
    level: 'watch',
    actions: ['follow_dispute', 'add_evidence_to_dispute', 'dispute_already_open'],
    checklists: ['evidence'],
    contacts: ['retailer'],
  },
  {
    id: 'not_found_recent',
    when: (c) => !c.shipment.found && (c.ageHours === null || c.ageHours < c.activationHours),
    level: 'fine',
    actions: (c) => [...typo(c), 'wait_activation', 'try_other_sites'],
  },
  {
    id: 'not_found_old',
    when: (c) => !c.shipment.found,
    level: 'watch',
    actions: (c) => [...typo(c), 'ask_seller_number', 'try_other_sites', 'save_screenshots'],
    templates: ['seller_invalid_number'],
    contacts: ['seller'],
  },
  {
    id: 'wrong_country',
    when: (c) => c.wrongCountry,
    level: 'act',
    actions: (c) => [
      'compare_address',
      'save_screenshots',
      'message_seller',
      'try_other_sites',
      ...disputeIfOpen(c),
    ],
    deadlines: ['after_delivery'],
    templates: ['seller_wrong_address', 'dispute_wrong_address'],
    checklists: ['evidence'],
    contacts: ['seller', 'carrier'],
  },
  {
    id: 'returned',
    when: (c) => c.shipment.milestone === 'returned' || c.shipment.reason === 'returned_to_sender',
    level: 'act',
    actions: (c) => [
      'check_return_reason',
      'message_seller',
      'ask_seller_resend',
      'no_payment_outside_platform',
      ...disputeIfOpen(c),
      'save_screenshots',
    ],
    templates: ['seller_returned', 'dispute_returned'],
    checklists: ['evidence'],
    contacts: ['seller', 'carrier'],
  },
  {
    id: 'returning',
    when: (c) =>
      c.shipment.milestone === 'returning' || c.shipment.reason === 'returning_to_sender',
    level: 'act',
    actions: (c) => [
      'check_return_reason',
      'contact_carrier',
      'message_seller',
      'ask_seller_resend',
      'no_payment_outside_platform',
      ...disputeIfOpen(c),
    ],
    templates: ['seller_returned', 'dispute_returned'],
    checklists: ['evidence'],
    contacts: ['carrier', 'seller'],
  },
  {
    id: 'delivered_not_received',
    when: (c) => c.delivered && c.notReceived,
    level: 'act',
    actions: (c) => [
      'search_around',
      'ask_carrier_delivery_proof',
      'do_not_confirm_receipt',
      'message_seller',
      ...disputeIfOpen(c),
      'prepare_evidence',
    ],
    deadlines: ['after_delivery'],
    templates: ['seller_not_received', 'carrier_not_received', 'dispute_delivered_not_received'],
    checklists: ['not_received', 'evidence'],
    contacts: ['post_office', 'carrier', 'seller'],
  },
  {
    id: 'wrong_city',
    when: (c) => c.wrongCity,
    level: 'watch',
    actions: ['compare_address', 'check_local_carrier', 'save_screenshots', 'message_seller'],
    deadlines: ['after_delivery', 'pickup'],
    templates: ['seller_wrong_address'],
    contacts: ['carrier', 'seller'],
  },
  {
    id: 'delivered',
    when: (c) => c.delivered,
    level: 'fine',
    actions: ['check_and_confirm', 'photograph_damage'],
    deadlines: ['after_delivery'],
  },
  {
    id: 'customs_refused',
    when: reasonIn('customs_refused', 'prohibited_item', 'destroyed'),
    level: 'act',
    actions: (c) => [
      'get_customs_document',
      'message_seller',
      ...disputeIfOpen(c),
      'prepare_evidence',
    ],
    templates: ['dispute_customs'],
    checklists: ['evidence'],
    contacts: ['customs', 'seller'],
  },
  {
    id: 'customs_payment_due',
    when: reasonIn('customs_payment_due'),
    level: 'act',
    actions: [
      'pay_duties_official',
      'check_customs_messages',
      'contact_carrier',
      'contact_customs',
    ],
    contacts: ['carrier', 'customs'],
  },
  {
    id: 'customs_documents_needed',
    when: reasonIn('customs_documents_needed'),
    level: 'act',
    actions: [
      'send_customs_documents',
      'ask_seller_invoice',
      'check_customs_messages',
      'contact_customs',
    ],
    templates: ['seller_customs_documents'],
    contacts: ['customs', 'carrier', 'seller'],
  },
  {
    id: 'customs_held',
    when: reasonIn('customs_held'),
    level: (c) => (c.silentDays >= c.thresholds.customsActDays ? 'act' : 'watch'),
    actions: [
      'check_customs_messages',
      'verify_address_phone',
      'contact_carrier',
      'contact_customs',
    ],
    contacts: ['customs', 'carrier'],
  },
  {
    id: 'lost_or_damaged',
    when: reasonIn('lost', 'damaged'),
    level: 'act',
    actions: (c) => [
      'contact_carrier',
      ...(c.shipment.reason === 'damaged' ? ['photograph_damage' as const] : []),
      'message_seller',
      ...disputeIfOpen(c),
      'prepare_evidence',
    ],
    templates: ['dispute_not_received'],
    checklists: ['evidence'],
    contacts: ['carrier', 'seller'],
  },
  {
    id: 'failed_attempt',
    when: (c) => c.shipment.status === 'failed_attempt',
    level: 'act',
    actions: (c) => [
      'arrange_redelivery',
      ...(c.shipment.reason === 'address_problem' ? ['fix_address_with_carrier' as const] : []),
      'collect_at_pickup',
      'verify_address_phone',
    ],
    deadlines: ['pickup'],
    contacts: ['carrier', 'post_office'],
  },
  {
    id: 'pickup_waiting',
    when: (c) =>
      c.shipment.status === 'available_for_pickup' || c.shipment.milestone === 'pickup_point',
    level: (c) => (c.pickup && c.pickup.daysLeft <= 3 ? 'act' : 'watch'),
    actions: ['collect_at_pickup', 'bring_id_and_code'],
    deadlines: ['pickup'],
    contacts: ['carrier'],
  },
  {
    id: 'out_for_delivery',
    when: (c) => c.shipment.status === 'out_for_delivery',
    level: 'fine',
    actions: ['prepare_to_receive'],
  },
  {
    id: 'exception',
    when: (c) => c.shipment.status === 'exception',
    level: 'watch',
    actions: ['contact_carrier', 'check_local_carrier', 'message_seller'],
    contacts: ['carrier', 'seller'],
  },
  {
    id: 'silence_transit_long',
    when: (c) =>
      silent(c) && c.stage !== 'destination' && c.silentDays >= c.thresholds.transitActDays,
    level: 'act',
    actions: ['message_seller', 'contact_carrier', 'prepare_evidence'],
    templates: ['seller_no_update'],
    checklists: ['evidence'],
    contacts: ['seller', 'carrier'],
  },
  {
    id: 'silence_destination_long',
    when: (c) =>
      silent(c) && c.stage === 'destination' && c.silentDays >= c.thresholds.destinationActDays,
    level: 'act',
    actions: ['check_local_carrier', 'contact_carrier', 'message_seller', 'prepare_evidence'],
    templates: ['seller_no_update'],
    checklists: ['evidence'],
    contacts: ['carrier', 'post_office', 'seller'],
  },
  {
    id: 'silence_beyond_lane',
    when: (c) =>
      silent(c) &&
      c.shipment.laneStageP90Ms !== undefined &&
      c.silentMs > c.shipment.laneStageP90Ms,
    level: 'watch',
    actions: (c) =>
      c.stage === 'destination'
        ? ['check_local_carrier', 'contact_carrier']
        : ['wait_and_check_later', 'message_seller'],
    templates: ['seller_no_update'],
    contacts: ['carrier'],
  },
  {
    id: 'silence_within_lane',
    when: (c) => silent(c) && c.shipment.laneStageP90Ms !== undefined && c.stage !== 'none',
    level: 'fine',
    actions: ['wait_and_check_later'],
  },
  {
    id: 'silence_just_issued',
    when: (c) => silent(c) && c.stage === 'none' && c.silentDays < c.thresholds.noHandoverDays,
    level: 'fine',
    actions: ['wait_activation'],
  },
  {
    id: 'silence_no_handover',
    when: (c) => silent(c) && c.stage === 'none',
    level: 'watch',
    actions: ['ask_seller_handover', 'try_other_sites'],
    templates: ['seller_no_update'],
    contacts: ['seller'],
  },
  {
    id: 'silence_origin',
    when: (c) => silent(c) && c.stage === 'origin' && c.silentDays >= c.thresholds.originDays,
    level: 'watch',
    actions: ['wait_and_check_later', 'ask_seller_handover'],
    templates: ['seller_no_update'],
  },
  {
    id: 'silence_transit',
    when: (c) => silent(c) && c.stage === 'transit' && c.silentDays >= c.thresholds.transitDays,
    level: 'watch',
    actions: ['wait_and_check_later', 'try_other_sites'],
  },
  {
    id: 'silence_customs',
    when: (c) => silent(c) && c.stage === 'customs' && c.silentDays >= c.thresholds.customsDays,
    level: 'watch',
    actions: ['check_customs_messages', 'verify_address_phone', 'contact_carrier'],
    contacts: ['customs', 'carrier'],
  },
  {
    id: 'silence_destination',
    when: (c) =>
      silent(c) && c.stage === 'destination' && c.silentDays >= c.thresholds.destinationDays,
    level: 'watch',
    actions: ['check_local_carrier', 'verify_address_phone'],
    contacts: ['carrier', 'post_office'],
  },
  {
    id: 'moving',
    when: () => true,
    level: (c) => (c.shipment.status === 'expired' ? 'watch' : 'fine'),
    actions: ['wait_and_check_later'],
  },
];

export const ADDON_RULES: readonly Rule<AddonRuleId>[] = [
  {
    id: 'protection_window',
    when: (c) => stillWaiting(c) && c.protection !== null,
    level: 'fine',
    actions: [],
    deadlines: ['protection'],
  },
  {
    id: 'protection_ending',
    when: (c) =>
      stillWaiting(c) &&
      c.protection !== null &&
      c.protection.daysLeft >= 0 &&
      c.protection.daysLeft <= Math.max(0, ...c.warnDays),
    level: 'act',
    actions: ['open_dispute_before_deadline', 'message_seller', 'prepare_evidence'],
    templates: ['seller_protection_ending', 'dispute_not_received'],
    checklists: ['evidence'],
    contacts: ['seller', 'retailer'],
    headline: 'protection_ending',
  },
  {
    id: 'protection_passed',
    when: (c) => stillWaiting(c) && c.protection !== null && c.protection.daysLeft < 0,
    level: 'act',
    actions: ['dispute_window_passed', 'contact_support'],
    contacts: ['retailer'],
    headline: 'protection_passed',
  },
  {
    id: 'consolidated',
    when: (c) => (c.order?.otherOrdersSharingNumber?.length ?? 0) > 0,
    level: 'fine',
    actions: ['consolidated_one_parcel'],
  },
  {
    id: 'split_order',
    when: (c) => (c.order?.otherNumbersForOrder?.length ?? 0) > 0,
    level: 'fine',
    actions: (c) => (c.delivered ? ['split_track_all', 'split_wait_all'] : ['split_track_all']),
  },
];
