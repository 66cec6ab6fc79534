/**
 * @module core/timeline/links
 * Leg linking (DESIGN §1.6): an event that names another tracking number — Cainiao's
 * "Handed over to … with tracking number XX", "new tracking number: …", "转单号 …",
 * "número de rastreio …" and the like in many languages — yields a request to link that
 * number as a leg, with a carrier hint when the text names the carrier. Every reporter's
 * text is read; a reporter's own number is never requested; each number is asked once.
 */
import type { LinkRequest, TimelineEvent } from './types.js';

/** Phrases that introduce a tracking number, per language. */
const PHRASES = [
  // en
  'tracking\\s*(?:number|no\\.?|num|#|code|id)',
  'waybill\\s*(?:number|no\\.?)',
  'last[- ]mile\\s*(?:number|no\\.?)',
  // zh
  '转单号(?:码)?',
  '新单号',
  '(?:末端|派送|尾程)单号',
  // pt
  '(?:número|código|codigo|numero)\\s+de\\s+(?:rastreio|rastreamento|objeto)',
  // es
  '(?:número|numero|código|codigo)\\s+de\\s+(?:seguimiento|rastreo|envío|envio)',
  // fr
  '(?:numéro|numero|n°)\\s+de\\s+(?:suivi|colis)',
  // ru
  'номер[ау]?\\s+(?:отслеживания|отправления)',
  'трек[- ]?номер(?:ом)?',
  'ШПИ',
  // de
  '(?:sendungs|tracking|paket)(?:nummer|nr\\.?)',
  // pl
  'numer(?:em)?\\s+(?:przesyłki|śledzenia|nadania)',
  // it
  '(?:numero|codice)\\s+di\\s+(?:tracciamento|spedizione)',
  // nl
  '(?:zending|track\\s*&\\s*trace)\\s*(?:nummer|code)',
  // tr
  '(?:takip|gönderi)\\s+(?:numarası|no)',
];

/** Phrase, then filler (":", "is", "es", "为"…), then the number. */
const LINK = new RegExp(
  `(?:${PHRASES.join('|')})[\\s:：#=\\-]*(?:(?:is|es|est|é|ist|to|jest|为|是)\\s*[:：]?\\s*)?([A-Z0-9][A-Z0-9 -]{6,40}[A-Z0-9])`,
  'giu',
);

/** Carrier names as they appear in text → registry id. Longer names first. */
export const CARRIER_HINTS: readonly (readonly [RegExp, string])[] = [
  [/\bdhl\s*paket\b/i, 'dhl-paket'],
  [/\bdhl\s*e-?commerce\b/i, 'dhl-ecommerce'],
  [/\bdeutsche\s*post\b/i, 'deutsche-post'],
  [/\bla\s*poste\b|\bcolissimo\b/i, 'la-poste'],
  [/\bcorreos\s*express\b/i, 'correos-express'],
  [/\bcorreios\b/i, 'correios'],
  [/\bcorreos\b/i, 'correos'],
  [/\bpostnl\b/i, 'postnl'],
  [/\broyal\s*mail\b/i, 'royal-mail'],
  [/\bparcelforce\b/i, 'parcelforce'],
  [/\bpoczt[aey]\s*polsk/i, 'poczta-polska'],
  [/\binpost\b/i, 'inpost'],
  [/\busps\b/i, 'usps'],
  [/\bups\b/i, 'ups'],
  [/\bfedex\b/i, 'fedex'],
  [/\bgls\b/i, 'gls'],
  [/\bdpd\b/i, 'dpd'],
  [/\bhermes\b|\bevri\b/i, 'evri'],
  [/\bchronopost\b/i, 'chronopost'],
  [/\bcolis\s*priv[ée]\b/i, 'colis-prive'],
  [/\bmondial\s*relay\b/i, 'mondial-relay'],
  [/\bbpost\b/i, 'bpost'],
  [/\bpostnord\b/i, 'postnord-se'],
  [/\bposte\s*italiane\b/i, 'poste-italiane'],
  [/\bswiss\s*post\b/i, 'swiss-post'],
  [/\bcanada\s*post\b/i, 'canada-post'],
  [/\baustralia\s*post\b/i, 'australia-post'],
  [/\brussian\s*post\b|почт[аыуе]\s*росси/i, 'russian-post'],
  [/\bctt\b/i, 'ctt'],
  [/\bseur\b/i, 'seur'],
  [/\bomniva\b/i, 'omniva'],
  [/\bcainiao\b|菜鸟/i, 'cainiao'],
  [/\bdhl\s*express\b/i, 'dhl-express'],
  // A bare "DHL" on an e-commerce hand-off is almost always the parcel network, not Express.
  [/\bdhl\b/i, 'dhl-paket'],
];

/** The carrier the text names, as a kebab-case id. */
export function carrierHint(text: string): string | undefined {
  for (const [pattern, id] of CARRIER_HINTS) if (pattern.test(text)) return id;
  return undefined;
}

function normalizeNumber(text: string): string {
  // Most numbers are normalized already: check before building new strings.
  return /[\s\-\p{Ll}]/u.test(text) ? text.replace(/[\s-]/g, '').toUpperCase() : text;
}

function looksLikeNumber(n: string): boolean {
  if (n.length < 8 || n.length > 40) return false;
  let digits = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 6;
}

const NONE: readonly string[] = Object.freeze([]);
/** Texts seen lately and their numbers: carrier texts repeat, and ingest asks twice. */
const seenTexts = new Map<string, readonly string[]>();
const SEEN_MAX = 4096;

function hasSixDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 6) return true;
  }
  return false;
}

/** Numbers a text introduces as tracking numbers (normalized). */
export function numbersInText(text: string): readonly string[] {
  // Every number kept has six digits, so a text with fewer names none (most texts).
  if (!hasSixDigits(text)) return NONE;
  const cached = seenTexts.get(text);
  if (cached) return cached;
  const out: string[] = [];
  for (const m of text.matchAll(LINK)) {
    // A trailing word glued by a space ("RB123456789CN to La Poste") is not part of it.
    const first = (m[1] ?? '').split(/\s+(?=[A-Za-z]{2,}\b)/)[0] ?? '';
    const n = normalizeNumber(first);
    if (looksLikeNumber(n)) out.push(n);
  }
  if (seenTexts.size >= SEEN_MAX) seenTexts.clear();
  const found = out.length === 0 ? NONE : Object.freeze(out);
  seenTexts.set(text, found);
  return found;
}

/** Link requests named by a timeline's events, in timeline order, one per number. */
export function findLinkRequests(events: readonly TimelineEvent[]): LinkRequest[] {
  const seen = new Set<string>();
  const out: LinkRequest[] = [];
  for (const e of events) {
    const reporters = e.provenance.length > 0 ? e.provenance : [e];
    for (const r of reporters) {
      const own = normalizeNumber(r.legNumber);
      for (const number of numbersInText(r.description)) {
        if (number === own || seen.has(number)) continue;
        seen.add(number);
        const hint = carrierHint(r.description);
        out.push(
          hint
            ? { number, carrierHint: hint, fromEventKey: e.key }
            : { number, fromEventKey: e.key },
        );
      }
    }
  }
  return out;
}
