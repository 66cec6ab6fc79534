/**
 * @module core/timeline/text
 * Text normalization for comparing two reports of one scan: lowercase, no accents, numbers
 * that look like tracking numbers or times masked, a few filler words dropped, Han text cut
 * into character bigrams; similarity is the Dice coefficient of the token sets. Results are
 * memoized per description (carrier texts repeat), so each text is normalized once.
 */

/** A description, normalized once. */
export interface TextInfo {
  /** Lowercase, accent-free tokens joined by single spaces (used in dedupe keys). */
  normalized: string;
  /** Hash of `normalized`, fed into dedupe keys instead of the text. */
  hash: string;
  tokens: ReadonlySet<string>;
}

import { hash64 } from './hash.js';

const NON_ASCII = /[^\t -~]/;
const MARKS = /\p{M}+/gu;
const SPLIT = /[^\p{L}\p{N}]+/u;
const HAN = /\p{Script=Han}/u;
const LONG_NUMBER = /^[a-z]{0,4}\d{5,}[a-z]{0,4}$/;
const STOP = new Set([
  'a',
  'an',
  'the',
  'at',
  'to',
  'of',
  'in',
  'on',
  'by',
  'for',
  'from',
  'is',
  'has',
  'been',
  'your',
  'de',
  'da',
  'do',
  'la',
  'le',
  'les',
  'el',
  'en',
  'du',
  'des',
  'em',
  'und',
  'der',
  'die',
  'w',
  'na',
  'в',
  'на',
]);

function tokenize(text: string): TextInfo {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '');
  const words: string[] = [];
  const tokens = new Set<string>();
  for (const raw of s.split(SPLIT)) {
    if (raw === '') continue;
    const word = LONG_NUMBER.test(raw) ? '#' : raw;
    words.push(word);
    if (STOP.has(word)) continue;
    if (HAN.test(word) && word.length > 1) {
      for (let i = 0; i + 1 < word.length; i++) tokens.add(word.slice(i, i + 2));
    } else {
      tokens.add(word);
    }
  }
  const normalized = words.join(' ');
  return { normalized, hash: hash64(normalized), tokens };
}

const cache = new Map<string, TextInfo>();

/** Normalize a description (memoized). */
export function textInfo(text: string): TextInfo {
  let info = cache.get(text);
  if (!info) {
    info = tokenize(text);
    if (cache.size > 20_000) cache.clear();
    cache.set(text, info);
  }
  return info;
}

/** Dice coefficient of two token sets, 0..1; two empty texts are identical (1). */
export function similarity(a: TextInfo, b: TextInfo): number {
  if (a === b || a.normalized === b.normalized) return 1;
  const sa = a.tokens;
  const sb = b.tokens;
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return (2 * common) / (sa.size + sb.size);
}
