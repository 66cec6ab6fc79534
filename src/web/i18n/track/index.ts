/**
 * @module web/i18n/track
 * The tracking pages' words, keyed by locale (each locale file's `track` entry).
 */
export { de } from './de.js';
export { en } from './en.js';
export { es } from './es.js';
export { fr } from './fr.js';
export { pl } from './pl.js';
export { ptBR } from './pt-br.js';
export { ru } from './ru.js';
export type { BasisWords, TrackStrings } from './types.js';
