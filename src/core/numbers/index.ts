/**
 * @module core/numbers
 * Public API of tracking-number intelligence: normalize what was pasted, find numbers in
 * longer text, validate and detect carriers, suggest corrections, recognise lookalikes.
 */
export { analyze, analyzeText, splitTokens } from './analyze.js';
export { detect } from './detect.js';
export { type Extracted, extractAll } from './extract.js';
export {
  detectLookalike,
  type LookalikeAdvice,
  type LookalikeMatch,
  lookalikeAdvice,
  matchLookalike,
} from './lookalike.js';
export { normalize, numbersFromUrl } from './normalize.js';
export { isSuggestable, suggest } from './suggest.js';
export type * from './types.js';
export { hasValidChecksum, matchFormats } from './validate.js';
