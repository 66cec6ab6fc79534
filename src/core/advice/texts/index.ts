/**
 * @module core/advice/texts
 * Every locale's advice phrases, keyed by locale.
 */
import type { Locale } from '../../i18n/locales.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { ru } from './ru.js';
import type { AdviceTexts } from './types.js';

export const ADVICE_TEXTS: Record<Locale, AdviceTexts> = {
  en,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
  pl,
  de,
};
