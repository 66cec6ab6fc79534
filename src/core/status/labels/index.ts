/**
 * @module core/status/labels
 * Every locale's words for the status vocabularies, keyed by locale.
 */
import type { Locale } from '../../i18n/locales.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { ru } from './ru.js';
import type { StatusTexts } from './types.js';

export type { Axis, AxisValue, Entry, StatusTexts } from './types.js';
export { AXES } from './types.js';

export const LABELS: Record<Locale, StatusTexts> = {
  en,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
  pl,
  de,
};
