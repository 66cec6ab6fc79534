/**
 * @module web/i18n/order
 * The order panel's words, keyed by locale.
 */
import type { Locale } from '../../../core/i18n/locales.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { ru } from './ru.js';
import type { OrderStrings } from './types.js';

export type { OrderStrings } from './types.js';

export const ORDER_UI: Readonly<Record<Locale, OrderStrings>> = {
  en,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
  pl,
  de,
};
