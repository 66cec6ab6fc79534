/**
 * @module core/numbers/extract
 * Finds every tracking number in a longer text (an e-mail, an order page, an SMS, a chat),
 * including numbers written in groups ("LP 0012 3456 7890 12"), and leaves alone the other
 * figures such texts are full of.
 *
 * Heuristics:
 * - Tokens are runs of ASCII or full-width letters/digits. Neighbouring tokens join into
 *   one candidate when exactly one space, no-break space or dash separates them and the
 *   later ones are digits or capitals (a lowercase word ends a group). A token that is a
 *   complete number by itself is taken alone; otherwise the longest accepted join wins.
 *   In an all-digit run, a group shorter than the one before it ends the run ("… 8000 24"
 *   does not take the "2" of "2 items" after it). A lone group of 1–4 capitals just
 *   before or after the run (`LP`, `GB`) may join it. A group right after a digit and ':',
 *   '/', '.' or ',' (the "30" of "14:30") belongs to another figure and starts nothing.
 * - Accepted: a checksum-valid match, or a no-checksum shape that mixes letters and digits
 *   (LP…, YT…, 4PX…). A number typed in lowercase needs a valid checksum or the plain
 *   shape letters-digits-letters (`lp00123…`); mixed-case tokens (ids, hashes, base64)
 *   are never taken.
 * - Bare digits are where phone numbers, order numbers and tracking numbers collide, so
 *   they need a valid checksum and either 20+ digits or a shipping word (tracking, waybill,
 *   colis, Sendung, 运单, …) in the 80 characters before; they are refused right after an
 *   order word ("Order no.:"), after a '+', when shaped like a phone, date, price or
 *   postcode, or when they have the AliExpress order shape (16 digits, 8… or 3…).
 * - IBAN-shaped runs with a valid mod-97 check are refused, whole. No-checksum shapes made
 *   only of hex digits (A–F, 0–9) are refused too: they are far more often ids and hashes
 *   (this drops Royal Mail's 16-hex 2D references from free text; pasted alone they are
 *   still detected).
 * Each number is reported once, at its first occurrence.
 */
import { detect } from './detect.js';
import { matchLookalike } from './lookalike.js';
import { normalize } from './normalize.js';
import type { Candidate, Checksum, FormatMatch } from './types.js';
import { matchFormats } from './validate.js';

export interface Extracted {
  /** The text as written, separators included. */
  raw: string;
  normalized: string;
  /** Offset of `raw` in the text (UTF-16 code units). */
  index: number;
  /** Best checksum outcome among the matching formats. */
  checksum: Checksum;
  /** Ranked carriers, as detect() gives them. */
  candidates: Candidate[];
}

const DIGIT = /[0-9\uFF10-\uFF19]/g;
const JOINERS = ' \u00a0\u2009\u202f\u3000-\u2010\u2011\uff0d';
const HEX = /^[A-F0-9]+$/;
const HAS_DIGIT = /[0-9\uFF10-\uFF19]/;
const ONLY_DIGITS = /^[0-9\uFF10-\uFF19]+$/;
const LOWER = /[a-z\uFF41-\uFF5A]/;
const LOWER_SHAPE = /^[A-Z]{1,4}\d{8,}[A-Z]{0,2}$/;
const UPPER_GROUP = /^[A-Z\uFF21-\uFF3A]{1,4}$/;
const MAX_GROUPS = 8;
const MAX_LENGTH = 40;
const MIN_LENGTH = 8;
const CONTEXT = 80;

const SHIPPING_WORD =
  /track|trace|tracking|waybill|awb|consignment|shipment|shipping|shipped|dispatch|parcel|package|deliver|courier|carrier|dhl|fedex|ups|usps|post|colis|suivi|env[ií]o|seguimiento|rastr|sendung|paket|przesy|paczk|посылк|трек|отправлен|运单|快递|物流|追踪|跟踪|单号|包裹/i;
const ORDER_BEFORE =
  /(?:order|commande|pedido|bestellung|zam[oó]wieni\w*|заказ\w*|订单)(?:\s*(?:no|number|id|nr|n°|#|№|номер|号)\.?)?\s*[:#№：]?\s*$/i;

/** A run of letters/digits (ASCII or full-width) in the text: [start, end). */
interface Token {
  start: number;
  end: number;
}

function isAlnumCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/** The alphanumeric token around `at`. */
function tokenAt(text: string, at: number): Token {
  let start = at;
  let end = at;
  while (start > 0 && isAlnumCode(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
  return { start, end };
}

/** The token right after `t` when exactly one joiner separates them. */
function nextJoined(text: string, t: Token): Token | undefined {
  if (t.end + 1 >= text.length || !JOINERS.includes(text[t.end]!)) return undefined;
  if (!isAlnumCode(text.charCodeAt(t.end + 1))) return undefined;
  return tokenAt(text, t.end + 1);
}

/** The token right before `t` when exactly one joiner separates them. */
function previousJoined(text: string, t: Token): Token | undefined {
  if (t.start < 2 || !JOINERS.includes(text[t.start - 1]!)) return undefined;
  if (!isAlnumCode(text.charCodeAt(t.start - 2))) return undefined;
  return tokenAt(text, t.start - 2);
}

/** Group tokens: digits or capitals only (a lowercase word ends a written-out number). */
function groupLike(text: string, t: Token): boolean {
  return !LOWER.test(text.slice(t.start, t.end));
}

/** IBAN length per country (the common ones); the country code must be a real one. */
const IBAN_LENGTHS = new Map(
  (
    'AD24 AE23 AT20 BE16 BG22 BR29 CH21 CY28 CZ24 DE22 DK18 EE20 ES24 FI18 FR27 GB22 GR27 ' +
    'HR21 HU28 IE22 IL23 IS26 IT27 KZ20 LT20 LU20 LV21 MC27 MT31 NL18 NO15 PL28 PT25 RO24 ' +
    'RS22 RU33 SA24 SE24 SI19 SK24 TR26 UA29'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
);

function ibanValid(n: string): boolean {
  if (IBAN_LENGTHS.get(n.slice(0, 2)) !== n.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(n)) {
    return false;
  }
  const moved = n.slice(4) + n.slice(0, 4);
  let rem = 0;
  for (const c of moved) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

function bestChecksum(matches: readonly FormatMatch[]): Checksum | undefined {
  let best: Checksum | undefined;
  for (const m of matches) {
    if (m.checksum === 'valid') return 'valid';
    if (m.checksum === 'none') best = 'none';
    else best ??= 'invalid';
  }
  return best;
}

/** Decides one candidate span; returns its checksum outcome when it is accepted. */
function accept(text: string, raw: string, start: number, n: string): Checksum | undefined {
  if (n.length < MIN_LENGTH || n.length > MAX_LENGTH) return undefined;
  if (/[a-z]/.test(raw) && /[A-Z]/.test(raw.replace(/^[A-Z]{1,4}[\s-]/, ''))) return undefined;
  const checksum = bestChecksum(matchFormats(n));
  if (checksum === undefined || checksum === 'invalid') return undefined;
  const lower = /[a-z]/.test(raw);
  const digitsOnly = /^\d+$/.test(n);
  if (checksum === 'none') {
    if (digitsOnly || !/\d{6}/.test(n) || HEX.test(n)) return undefined;
    // Typed in lowercase ("lp00123…"): only the plain letters-digits-letters shapes.
    if (lower && !LOWER_SHAPE.test(n)) return undefined;
  }
  if (ibanValid(n)) return undefined;
  if (!digitsOnly) return checksum;
  const look = matchLookalike(raw);
  if (look !== undefined && (look.strong || look.kind !== 'alibaba_order')) return undefined;
  if (start > 0 && text[start - 1] === '+') return undefined;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  if (ORDER_BEFORE.test(before)) return undefined;
  if (n.length >= 20 || SHIPPING_WORD.test(before)) return checksum;
  return undefined;
}

/**
 * The spans to try for a run of digit-bearing groups, best first, in tiers: the first group
 * alone when it is long enough to be a whole number, then the longest joins. Inside a tier
 * the spans share their end and differ by a leading capital-letter group (`LP 0012 …`), not
 * taken when it already ended the previous number (`… 5 CN`).
 */
function spans(text: string, run: Token[], consumed: number): [number, number][][] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = previousJoined(text, first);
  const prefix =
    before !== undefined &&
    before.start >= consumed &&
    UPPER_GROUP.test(text.slice(before.start, before.end))
      ? before.start
      : undefined;
  const after = nextJoined(text, last);
  const suffix =
    after !== undefined && UPPER_GROUP.test(text.slice(after.start, after.end))
      ? after.end
      : undefined;
  const tiers: [number, number][][] = [];
  if (first.end - first.start >= 10) tiers.push([[first.start, first.end]]);
  for (let k = run.length - 1; k >= 0; k--) {
    const end = run[k]!.end;
    const ends = k === run.length - 1 && suffix !== undefined ? [suffix, end] : [end];
    for (const e of ends) {
      tiers.push(
        prefix !== undefined
          ? [
              [prefix, e],
              [first.start, e],
            ]
          : [[first.start, e]],
      );
    }
  }
  return tiers;
}

/**
 * The digit-bearing groups joined to `first`: one joiner apart, no lowercase. In an
 * all-digit run a group shorter than the one before it is the last one ("9400 … 8000 24",
 * not "… 24 2 items").
 */
function readRun(text: string, first: Token): Token[] {
  const run: Token[] = [first];
  let length = first.end - first.start;
  let digitsOnly = ONLY_DIGITS.test(text.slice(first.start, first.end));
  let previous = length;
  for (let t = nextJoined(text, first); t !== undefined; t = nextJoined(text, t)) {
    const size = t.end - t.start;
    const group = text.slice(t.start, t.end);
    if (run.length >= MAX_GROUPS || length + size > MAX_LENGTH) break;
    if (!groupLike(text, t) || !HAS_DIGIT.test(group)) break;
    const beforePrevious = run[run.length - 2];
    if (digitsOnly && beforePrevious && previous < beforePrevious.end - beforePrevious.start) {
      break;
    }
    digitsOnly &&= ONLY_DIGITS.test(group);
    run.push(t);
    length += size;
    previous = size;
  }
  return run;
}

/** True when `t` follows a digit and a ':', '/', '.' or ',' (a time, date, amount). */
function continuesFigure(text: string, t: Token): boolean {
  if (t.start < 2 || !':/.,'.includes(text[t.start - 1]!)) return false;
  const c = text.charCodeAt(t.start - 2);
  return c >= 48 && c <= 57;
}

/** Every tracking number in `text`, in order of first appearance, each once. */
export function extractAll(text: string): Extracted[] {
  const out: Extracted[] = [];
  const seen = new Set<string>();
  let consumed = 0;
  DIGIT.lastIndex = 0;
  for (let m = DIGIT.exec(text); m !== null; m = DIGIT.exec(text)) {
    const token = tokenAt(text, m.index);
    if (continuesFigure(text, token)) {
      // The "30" of "14:30", the "05" of "12/05": part of another figure, never a start.
      DIGIT.lastIndex = token.end;
      continue;
    }
    const run = readRun(text, token);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (run.length > 1 && notAParcel(text, first.start, last.end)) {
      DIGIT.lastIndex = last.end;
      continue;
    }
    const found =
      run.length > 1 || first.end - first.start >= 4
        ? firstAccepted(text, run, consumed)
        : undefined;
    if (found === undefined) {
      DIGIT.lastIndex = first.end;
      continue;
    }
    if (!seen.has(found.normalized)) {
      seen.add(found.normalized);
      out.push(found);
    }
    consumed = found.index + found.raw.length;
    DIGIT.lastIndex = consumed;
  }
  return out;
}

/**
 * True when a whole run of groups is something else written in groups: a phone number
 * (also when a '+' leads it), a shop order id, a date, a valid IBAN. Its parts are then
 * not tried one by one either (`20 7946 0958` inside `+44 20 7946 0958`).
 */
function notAParcel(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] === '+') return true;
  // Led by a capital-letter group (`LP 0012 …`): a lettered number, not a phone or date.
  const before = previousJoined(text, { start, end });
  if (before !== undefined && UPPER_GROUP.test(text.slice(before.start, before.end))) {
    return false;
  }
  const raw = text.slice(start, end);
  return matchLookalike(raw)?.strong === true || ibanValid(normalize(raw));
}

/** The best accepted span: longest tier first; inside a tier a valid check beats none. */
function firstAccepted(text: string, run: Token[], consumed: number): Extracted | undefined {
  for (const tier of spans(text, run, consumed)) {
    let best: Extracted | undefined;
    for (const [start, end] of tier) {
      const raw = text.slice(start, end);
      const n = normalize(raw);
      const checksum = accept(text, raw, start, n);
      if (checksum === undefined || (best !== undefined && checksum !== 'valid')) continue;
      best = { raw, normalized: n, index: start, checksum, candidates: [] };
      if (checksum === 'valid') break;
    }
    if (best !== undefined) {
      best.candidates = detect(best.normalized);
      return best;
    }
  }
  return undefined;
}
