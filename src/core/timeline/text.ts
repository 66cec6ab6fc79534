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
  /** The tokens as sorted ids (see `generation`): similarity without hashing strings. */
  ids: Int32Array;
  /** Ids are comparable only between infos of one generation (the id table is bounded). */
  generation: number;
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
  return {
    normalized,
    hash: hash64(normalized),
    tokens,
    ids: idsOf(tokens),
    generation,
  };
}

/** Token ids; when the table grows too large it starts again under a new generation. */
const tokenIds = new Map<string, number>();
let generation = 0;

function idsOf(tokens: ReadonlySet<string>): Int32Array {
  if (tokenIds.size + tokens.size > 100_000) {
    tokenIds.clear();
    generation++;
  }
  const ids = new Int32Array(tokens.size);
  let n = 0;
  for (const t of tokens) {
    let id = tokenIds.get(t);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(t, id);
    }
    ids[n++] = id;
  }
  return ids.sort();
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

/** Tokens two sorted id lists share. */
function commonIds(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return common;
}

function commonTokens(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  const small = sa.size <= sb.size ? sa : sb;
  const large = small === sa ? sb : sa;
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common;
}

/** Dice coefficient of two token sets, 0..1; two empty texts are identical (1). */
export function similarity(a: TextInfo, b: TextInfo): number {
  if (a === b || a.normalized === b.normalized) return 1;
  const sa = a.tokens;
  const sb = b.tokens;
  if (sa.size === 0 || sb.size === 0) return 0;
  const common = a.generation === b.generation ? commonIds(a.ids, b.ids) : commonTokens(sa, sb);
  return (2 * common) / (sa.size + sb.size);
}
