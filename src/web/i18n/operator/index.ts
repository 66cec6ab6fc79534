/**
 * @module web/i18n/operator
 * The operator pages' words, keyed by locale (each locale file's `operator` entry).
 */
export { de } from './de.js';
export { en } from './en.js';
export { es } from './es.js';
export { fr } from './fr.js';
export { pl } from './pl.js';
export { ptBR } from './pt-br.js';
export { ru } from './ru.js';
export type { OperatorStrings } from './types.js';
