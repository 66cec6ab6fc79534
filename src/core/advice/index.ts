/**
 * @module core/advice
 * Public API of the buyer's assistant: advise() and its input/output types, the rule
 * table, the key lists and the per-locale texts.
 */
export { advise } from './advise.js';
export { COUNTRY_CONTACTS, countryContacts } from './contacts.js';
export {
  DEFAULT_DISPUTE_WINDOW_DAYS,
  DEFAULT_PICKUP_HOLD_DAYS,
  DEFAULT_THRESHOLDS,
  DEFAULT_WARN_DAYS,
} from './context.js';
export * from './keys.js';
export { ADDON_RULES, PRIMARY_RULES } from './rules.js';
export { ADVICE_TEXTS } from './texts/index.js';
export type { AdviceTexts } from './texts/types.js';
export type * from './types.js';
