/**
 * @module web/i18n
 * Interface strings and retailer-page words for every locale, keyed by locale.
 */
import type { Locale } from '../../core/i18n/locales.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { de as deRetailers } from './retailers/de.js';
import { en as enRetailers } from './retailers/en.js';
import { es as esRetailers } from './retailers/es.js';
import { fr as frRetailers } from './retailers/fr.js';
import { pl as plRetailers } from './retailers/pl.js';
import { ptBR as ptBRRetailers } from './retailers/pt-br.js';
import { ru as ruRetailers } from './retailers/ru.js';
import type { RetailerCopy } from './retailers/types.js';
import { ru } from './ru.js';
import type { UiStrings } from './types.js';

export type { RetailerCopy } from './retailers/types.js';
export type { UiStrings } from './types.js';

export const UI: Readonly<Record<Locale, UiStrings>> = { en, fr, es, 'pt-BR': ptBR, ru, pl, de };

export const RETAILER_COPY: Readonly<Record<Locale, RetailerCopy>> = {
  en: enRetailers,
  fr: frRetailers,
  es: esRetailers,
  'pt-BR': ptBRRetailers,
  ru: ruRetailers,
  pl: plRetailers,
  de: deRetailers,
};
