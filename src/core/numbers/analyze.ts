/**
 * @module core/numbers/analyze
 * The whole pipeline for what a buyer pasted: normalize → detect → (no valid checksum?)
 * suggest → lookalike → kind. `analyze` takes one token; `analyzeText` first splits a
 * paste of many numbers into tokens.
 *
 * Splitting rules for analyzeText: lines, commas, semicolons, tabs and '|' always
 * separate. Inside a piece, spaces are ambiguous ("LP 0012 3456 7890 12" is one number,
 * "LP00123456789012 RB123456785GB" two), so: a link gives the numbers it carries; a
 * piece that is a whole lookalike (a phone, a date) stays whole; if every word is a number
 * on its own, each is one; if the words joined make a number, that is one; otherwise the
 * words are grouped greedily into the longest runs that make numbers, and leftover label
 * words ("Tracking", "number:") are dropped. A paste that reads as prose (some line of five
 * or more words) is searched with extractAll instead.
 */
import { detect } from './detect.js';
import { extractAll } from './extract.js';
import { type LookalikeMatch, matchLookalike } from './lookalike.js';
import { normalize, numbersFromUrl } from './normalize.js';
import { suggest } from './suggest.js';
import type { Candidate, Detection, InputKind, Lookalike } from './types.js';

const ORDER_KINDS: ReadonlySet<Lookalike> = new Set([
  'aliexpress_order',
  'alibaba_order',
  'shop_order',
]);

function kindOf(lookalike: Lookalike): InputKind {
  if (ORDER_KINDS.has(lookalike)) return 'order_number';
  return lookalike === 'phone' ? 'phone' : 'unknown';
}

function trustworthy(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.checksum === 'valid' || c.checksum === 'none');
}

function withLookalike(
  input: string,
  normalized: string,
  look: LookalikeMatch,
  candidates: Candidate[],
): Detection {
  return {
    input,
    normalized,
    kind: kindOf(look.kind),
    candidates,
    suggestions: [],
    lookalike: look.kind,
  };
}

/** Everything we can tell about one pasted token. */
export function analyze(input: string): Detection {
  const normalized = normalize(input);
  const look = matchLookalike(input);
  // A strong lookalike (a phone written with '+', a date, an Amazon order id) is what it
  // looks like, whatever tracking format its digits happen to fit.
  if (look?.strong) return withLookalike(input, normalized, look, []);
  const candidates = normalized.length > 0 ? detect(normalized) : [];
  const valid = candidates.some((c) => c.checksum === 'valid');
  const shapeOnly = candidates.some((c) => c.checksum === 'none');
  // A passed check digit beats a weak lookalike (shown as a hint); a shape without a check
  // digit (bare 11 digits) does not beat one (a Chinese mobile number).
  if (valid || (shapeOnly && look === undefined)) {
    // No check passed but a checked shape failed (24 digits: InPost, or a mistyped USPS):
    // the "did you mean" list is still worth having.
    const failed = !valid && candidates.some((c) => c.checksum === 'invalid');
    const detection: Detection = {
      input,
      normalized,
      kind: 'tracking',
      candidates,
      suggestions: failed ? suggest(normalized) : [],
    };
    if (look !== undefined) detection.lookalike = look.kind;
    return detection;
  }
  if (look !== undefined) return withLookalike(input, normalized, look, candidates);
  const suggestions = suggest(normalized);
  const kind: InputKind = candidates.length > 0 ? 'tracking' : 'unknown';
  return { input, normalized, kind, candidates, suggestions };
}

/** True when `piece` alone reads as a tracking number (valid checksum or no-check shape). */
function isNumber(piece: string): boolean {
  const n = normalize(piece);
  return n.length >= 8 && trustworthy(detect(n));
}

/** A label word to drop: letters only with a lowercase letter, or ending in ':' / '#'. */
function isLabel(word: string): boolean {
  return /[:#№]$/.test(word) || (/^\p{L}+$/u.test(word) && /\p{Ll}/u.test(word));
}

function splitPiece(piece: string): string[] {
  const fromUrl = numbersFromUrl(piece);
  if (fromUrl.length > 0) return fromUrl;
  const words = piece.split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= 1) return words;
  if (matchLookalike(piece)?.strong) return [piece];
  if (words.every(isNumber)) return words;
  const joined = words.join(' ');
  if (!words.some(isLabel)) {
    const n = normalize(joined);
    if (n.length >= 8 && detect(n).length > 0) return [joined];
  }
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = -1;
    for (let k = words.length - 1; k >= i; k--) {
      if (isNumber(words.slice(i, k + 1).join(' '))) {
        taken = k;
        break;
      }
    }
    if (taken >= 0) {
      out.push(words.slice(i, taken + 1).join(' '));
      i = taken + 1;
    } else {
      const word = words[i]!;
      if (!isLabel(word)) out.push(word);
      i++;
    }
  }
  return out;
}

/** Splits a paste into tokens (see the module notes); each token is the text as written. */
export function splitTokens(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/[\r\n]+/)) {
    const link = line.trim();
    const urls = numbersFromUrl(link);
    if (urls.length > 0) {
      out.push(...urls);
      continue;
    }
    for (const piece of line.split(/[,;\t|，；、]+/)) {
      const trimmed = piece.trim();
      if (trimmed.length > 0) out.push(...splitPiece(trimmed));
    }
  }
  return out;
}

const LINK = /\S*(?::\/\/|www\.)\S*/g;

/** Prose (an e-mail, a chat) rather than a list: some line has five or more words. */
function isProse(text: string): boolean {
  for (const line of text.split(/[\r\n]+/)) {
    const words = line.replace(LINK, ' ').match(/\p{L}*\p{Ll}\p{L}+/gu);
    if (words !== null && words.length >= 5) return true;
  }
  return false;
}

/**
 * analyze() over every token of a paste of one or many numbers. Prose (an e-mail, a chat)
 * goes through extractAll instead, so only the numbers in it are analysed.
 */
export function analyzeText(text: string): Detection[] {
  if (isProse(text)) return extractAll(text).map((e) => analyze(e.raw));
  return splitTokens(text).map(analyze);
}
