/**
 * @module core/advice/keys
 * Every key the advice engine can emit: rule ids (which double as headline keys), actions,
 * deadlines, message templates, checklist items and notes. Each locale's texts are typed as
 * full Records over these lists, so a missing phrase is a compile error.
 */

/** Primary rules, tried in this order; the first that matches decides the headline. */
export const PRIMARY_RULE_IDS = [
  'order_closed',
  'dispute_open',
  'not_found_recent',
  'not_found_old',
  'wrong_country',
  'returned',
  'returning',
  'delivered_not_received',
  'wrong_city',
  'delivered',
  'customs_refused',
  'customs_payment_due',
  'customs_documents_needed',
  'customs_held',
  'lost_or_damaged',
  'failed_attempt',
  'pickup_waiting',
  'out_for_delivery',
  'exception',
  'silence_transit_long',
  'silence_destination_long',
  'silence_beyond_lane',
  'silence_within_lane',
  'silence_just_issued',
  'silence_no_handover',
  'silence_origin',
  'silence_transit',
  'silence_customs',
  'silence_destination',
  'moving',
] as const;
export type PrimaryRuleId = (typeof PRIMARY_RULE_IDS)[number];

/** Add-on rules: every one that matches adds its actions, deadlines and level. */
export const ADDON_RULE_IDS = [
  'protection_window',
  'protection_ending',
  'protection_passed',
  'consolidated',
  'split_order',
] as const;
export type AddonRuleId = (typeof ADDON_RULE_IDS)[number];

/** Rules with a headline and explanation of their own. */
export const HEADLINE_KEYS = [
  ...PRIMARY_RULE_IDS,
  'protection_ending',
  'protection_passed',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export const ACTION_KEYS = [
  'check_typo',
  'wait_activation',
  'try_other_sites',
  'ask_seller_number',
  'wait_and_check_later',
  'ask_seller_handover',
  'check_local_carrier',
  'contact_carrier',
  'check_customs_messages',
  'verify_address_phone',
  'contact_customs',
  'pay_duties_official',
  'send_customs_documents',
  'ask_seller_invoice',
  'get_customs_document',
  'arrange_redelivery',
  'fix_address_with_carrier',
  'collect_at_pickup',
  'bring_id_and_code',
  'prepare_to_receive',
  'search_around',
  'ask_carrier_delivery_proof',
  'message_seller',
  'do_not_confirm_receipt',
  'open_dispute',
  'open_dispute_before_deadline',
  'prepare_evidence',
  'save_screenshots',
  'check_return_reason',
  'ask_seller_resend',
  'no_payment_outside_platform',
  'compare_address',
  'check_and_confirm',
  'photograph_damage',
  'follow_dispute',
  'add_evidence_to_dispute',
  'contact_support',
  'dispute_window_passed',
  'dispute_already_open',
  'dispute_order_closed',
  'consolidated_one_parcel',
  'split_track_all',
  'split_wait_all',
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

/** Deadline texts. Reminder deadlines are emitted as `dispute_reminder_<days>`. */
export const DEADLINE_KEYS = [
  'dispute_last_day',
  'dispute_reminder',
  'dispute_after_delivery',
  'pickup_last_day',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export const TEMPLATE_KEYS = [
  'seller_no_update',
  'seller_invalid_number',
  'seller_not_received',
  'carrier_not_received',
  'dispute_delivered_not_received',
  'seller_protection_ending',
  'dispute_not_received',
  'seller_wrong_address',
  'dispute_wrong_address',
  'seller_returned',
  'dispute_returned',
  'seller_customs_documents',
  'dispute_customs',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const NOT_RECEIVED_ITEMS = [
  'mailbox',
  'door',
  'locker',
  'reception',
  'neighbours',
  'household',
  'post_office',
  'carrier_proof',
] as const;
export type NotReceivedItem = (typeof NOT_RECEIVED_ITEMS)[number];

export const EVIDENCE_ITEMS = [
  'tracking_number',
  'tracking_history',
  'order_details',
  'address',
  'carrier_reply',
  'wrong_place',
  'seller_messages',
  'not_delivered_proof',
  'protection_time',
] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

export const CHECKLIST_KEYS = ['not_received', 'evidence'] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export const NOTE_KEYS = ['zone_assumed', 'lane_p90'] as const;
export type NoteKey = (typeof NOTE_KEYS)[number];

/** Placeholders a text may use; the formatter fills each or puts the locale's stand-in. */
export const PLACEHOLDERS = [
  'orderNumber',
  'trackingNumber',
  'orderDate',
  'deliveredDate',
  'lastDay',
  'days',
  'lastMileNumber',
  'suggestions',
  'date',
  'daysLeft',
  'p90Days',
  'city',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
