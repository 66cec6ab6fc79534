/**
 * @module core/classify/rules/index
 * The languages the classifier reads, in the order ties are broken (English first: it is the
 * language most sources fall back to). To add a language, write `<lang>.ts` and list it here.
 */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import type { LanguageRules } from './labels.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { TR } from './tr.js';
import { ZH } from './zh.js';

export const LANGUAGES: readonly LanguageRules[] = [EN, ZH, ES, PT, FR, RU, PL, DE, IT, NL, TR];
