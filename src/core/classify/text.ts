/**
 * @module core/classify/text
 * Text rules engine: folds the description, picks the likely languages (the source's tag,
 * else script, then cheap word hints) and runs each language's ordered rules behind a gram
 * prefilter (prefilter.ts), so an event runs the one or two regexes that can match.
 */
import { deliveredElsewhere } from './delivered-where.js';
import { handedToCarrier, heldByCarrier } from './handover.js';
import type { Label } from './label.js';
import { cueLabel, cueOf, failedCue, notYetCue, returnDenied } from './negation.js';
import { admits, type GatedAlternative, gramsOf, scan, splitRule } from './prefilter.js';
import { LANGUAGES } from './rules/index.js';
import { GENERIC, L, type LanguageRules, type Target } from './rules/labels.js';

/** What a text rule concluded, before the facility side is settled. */
export interface TextHit {
  target: Target;
  confidence: number;
  rule: string;
  lang: string;
}

/** Characters folding can change: Latin accents, combining marks, Cyrillic й/ё, ı, ł. */
const FOLDABLE = /[\u00c0-\u02af\u0400-\u04ff\u1e00-\u1eff]|[\u0300-\u036f]/;

/** The folding of one lowercase character (NFD, marks dropped, ı → i, ł → l). */
function foldChar(c: string): string {
  return c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıł]/g, (x) => (x === 'ı' ? 'i' : 'l'));
}

/** Per code point below U+1F00 that folding changes, its folded form (built once). */
const FOLD_TABLE: (string | undefined)[] = [];
for (let c = 0x00c0; c < 0x1f00; c++) {
  const ch = String.fromCharCode(c);
  const folded = foldChar(ch);
  if (folded !== ch) FOLD_TABLE[c] = folded;
}

/**
 * Lowercase, strip accents, ı → i, ł → l: the form both rules and texts are matched in.
 * A table lookup per character instead of a full NFD pass (fold is on the hot path).
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!FOLDABLE.test(lower)) return lower;
  let out = '';
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x00c0 || c >= 0x1f00) continue;
    const mapped = FOLD_TABLE[c];
    if (mapped === undefined) continue;
    out += lower.slice(start, i) + mapped;
    start = i + 1;
  }
  return out + lower.slice(start);
}

interface CompiledLanguage {
  lang: string;
  /** Per rule (in rule order), the union of its alternatives' gates: one cheap check. */
  gates: (Int32Array | null)[];
  /** Per rule, its top-level alternatives, each gated (folded patterns). */
  alternatives: GatedAlternative[][];
  /** 'text:<lang>:<id>' per rule, built once. */
  ruleNames: string[];
  targets: Target[];
  confidences: number[];
}

function compile(def: LanguageRules): CompiledLanguage {
  return {
    lang: def.lang,
    gates: def.rules.map(([, pattern]) => gramsOf(fold(pattern.source))),
    alternatives: def.rules.map(([, pattern]) => splitRule(fold(pattern.source))),
    ruleNames: def.rules.map((r) => `text:${def.lang}:${r[0]}`),
    targets: def.rules.map((r) => r[2]),
    confidences: def.rules.map((r) => r[3] ?? 0.85),
  };
}

const compiled = new Map<string, CompiledLanguage>(LANGUAGES.map((d) => [d.lang, compile(d)]));

/**
 * Rules that name the cause of a failed delivery, by id, and the label each cause gives a
 * failed delivery read without one ("Item not delivered - address does not exist", "will not
 * be delivered today due to flooding"). Weather keeps the parcel moving: it is a delay, not
 * a doorstep failure (docs/labeling.md, "Decisions").
 */
const CAUSE_RULES: ReadonlyArray<readonly [id: string, label: Label]> = [
  ['attempt-closed', L.failedClosed],
  ['attempt-address', L.failedAddress],
  ['address-problem-early', L.failedAddress],
  ['address-problem', L.failedAddress],
  ['attempt-absent', L.failedAbsent],
  ['weather-early', L.weather],
  ['weather', L.weather],
];

/** Per language, the indexes of its cause rules with their labels, in CAUSE_RULES order. */
const causeIndex = new Map<string, ReadonlyArray<readonly [number, Label]>>(
  LANGUAGES.map((d) => {
    const found: [number, Label][] = [];
    for (const [id, label] of CAUSE_RULES) {
      const i = d.rules.findIndex((r) => r[0] === id);
      if (i >= 0) found.push([i, label]);
    }
    return [d.lang, found];
  }),
);

/** The cause a failed delivery's text names, from the language's own cause rules. */
function causeOf(lang: string, folded: string, stamp: number): Label | undefined {
  const c = compiled.get(lang);
  if (!c) return undefined;
  for (const [i, label] of causeIndex.get(lang) ?? []) {
    if (admits(c.gates[i]!, stamp) && anyMatches(c.alternatives[i]!, folded, stamp)) return label;
  }
  return undefined;
}
const LATIN = LANGUAGES.map((d) => d.lang).filter((l) => l !== 'zh' && l !== 'ru');

/** Hint word → languages it suggests. */
const hintIndex = new Map<string, string[]>();
for (const def of LANGUAGES) {
  for (const word of def.hints) {
    const key = fold(word);
    const langs = hintIndex.get(key) ?? [];
    langs.push(def.lang);
    hintIndex.set(key, langs);
  }
}

const HAN = /[\u3400-\u9fff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LETTERS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/[ąćęłńśźż]/, 'pl', 3],
  [/[ğış]|i̇/, 'tr', 3],
  [/[ãõ]/, 'pt', 3],
  [/ñ/, 'es', 3],
  [/ß/, 'de', 3],
  [/[äöü]/, 'de', 1],
  [/[öüç]/, 'tr', 1],
  [/[èêàù]/, 'fr', 1],
  [/ç/, 'fr', 1],
  [/ç/, 'pt', 1],
];
const WORD = /[a-z]+/g;

/** Languages to try, most likely first. `given` comes first when we support it. */
export function likelyLanguages(text: string, folded: string, given?: string): string[] {
  const out: string[] = [];
  const base = given?.toLowerCase().split(/[-_]/)[0];
  if (base && compiled.has(base)) out.push(base);
  if (HAN.test(text)) return push(out, 'zh', 'en');
  if (CYRILLIC.test(text)) return push(out, 'ru', 'en');
  const scores = new Map<string, number>();
  const lower = text.toLowerCase();
  for (const [re, lang, weight] of LETTERS) {
    if (re.test(lower)) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  for (const word of folded.match(WORD) ?? []) {
    for (const lang of hintIndex.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 2);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  return push(out, ...ranked, 'en');
}

function push(out: string[], ...langs: string[]): string[] {
  for (const lang of langs) if (!out.includes(lang)) out.push(lang);
  return out;
}

function anyMatches(alternatives: GatedAlternative[], folded: string, stamp: number): boolean {
  for (const alt of alternatives) {
    if (admits(alt.gate, stamp) && alt.re.test(folded)) return true;
  }
  return false;
}

/** The first rule (in rule order) of one language that matches anywhere in `folded`. */
export function matchLanguage(
  lang: string,
  folded: string,
  stamp = scan(folded),
  from = 0,
): TextHit | undefined {
  const c = compiled.get(lang);
  if (!c) return undefined;
  for (let i = from; i < c.alternatives.length; i++) {
    if (!admits(c.gates[i]!, stamp) || !anyMatches(c.alternatives[i]!, folded, stamp)) continue;
    return { target: c.targets[i]!, confidence: c.confidences[i]!, rule: c.ruleNames[i]!, lang };
  }
  return undefined;
}

const baseCache = new Map<string, string>();
/** 'pt-BR' → 'pt', remembered (sources send a handful of tags). */
function baseLanguage(tag: string): string {
  let base = baseCache.get(tag);
  if (base === undefined) {
    base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (baseCache.size < 256) baseCache.set(tag, base);
  }
  return base;
}

/** Classify a description by its text alone, then let the negation guard have its say. */
export function classifyText(description: string, language?: string): TextHit | undefined {
  const folded = fold(description);
  if (folded.trim() === '') return undefined;
  const given = language === undefined ? undefined : baseLanguage(language);
  const stamp = scan(folded);
  const hit = firstHit(description, folded, given, stamp);
  if (hit === undefined) {
    const langs = given && compiled.has(given) ? [given] : likelyLanguages(description, folded);
    for (const lang of langs) {
      if (heldByCarrier(folded, lang)) {
        return { target: L.lastMile, confidence: 0.7, rule: `text:${lang}:held-by-carrier`, lang };
      }
      const cued = guardNone(folded, lang, stamp);
      if (cued) return cued;
    }
    return undefined;
  }
  return guard(hit, folded, stamp);
}

/** Problems that, with a failed delivery beside them, are the cause of a failed attempt. */
const CAUSES: ReadonlySet<string> = new Set([
  'address_problem',
  'recipient_absent',
  'business_closed',
]);

/**
 * The final safety rule (DESIGN §1.4): a delivery read from text stands only when its
 * clause carries no negation, waiting or future cue (negation.ts). A failure cue also
 * corrects an "out for delivery" or a generic reading ("Zustellung heute nicht möglich").
 */
function guard(hit: TextHit, folded: string, stamp: number): TextHit | undefined {
  const target = hit.target;
  const denied = deniedMovement(target);
  if (denied !== undefined && notYetCue(folded, hit.lang, stamp)) {
    return { target: denied, confidence: 0.8, rule: `${hit.rule}!not-yet`, lang: hit.lang };
  }
  if (target === 'facility') return hit;
  if (target.status === 'failed_attempt' && target.reason === null) {
    const cause = causeOf(hit.lang, folded, stamp);
    if (cause) return { target: cause, confidence: 0.8, rule: `${hit.rule}+cause`, lang: hit.lang };
    return stillAhead(hit, folded, stamp) ?? hit;
  }
  const delivered = target.status === 'delivered';
  if (target.milestone === 'returned' || target.milestone === 'returning') {
    return returnDenied(folded, hit.lang, stamp) ? undefined : hit;
  }
  const cause =
    target.status === 'exception' && target.reason !== null && CAUSES.has(target.reason);
  if (!delivered && !cause && target.status !== 'out_for_delivery' && hit.confidence > GENERIC) {
    return hit;
  }
  if (!delivered) {
    if (!failedCue(folded, hit.lang, stamp)) return hit;
    // "Address incorrect. We could not deliver": a failed attempt, and its cause.
    const failed = cause
      ? { ...L.failedAttempt, reason: target.reason }
      : (causeOf(hit.lang, folded, stamp) ?? L.failedAttempt);
    return { target: failed, confidence: 0.8, rule: `${hit.rule}!failed`, lang: hit.lang };
  }
  if (handedToCarrier(folded, hit.lang)) {
    return { target: L.lastMile, confidence: 0.8, rule: `${hit.rule}!handover`, lang: hit.lang };
  }
  const cue = cueOf(folded, hit.lang, stamp);
  if (cue === undefined) {
    // "Delivered to the sorting center", "Entregue no cacifo": a place that is not the buyer.
    // A collection rule ("collected by the recipient from the locker") names the place the
    // buyer took it from: that one is a delivery.
    if (hit.rule.includes(':collected')) return hit;
    const where = deliveredElsewhere(folded, hit.lang);
    if (where === undefined) return hit;
    return { target: where, confidence: 0.75, rule: `${hit.rule}!elsewhere`, lang: hit.lang };
  }
  const label =
    cue === 'failed' ? (causeOf(hit.lang, folded, stamp) ?? L.failedAttempt) : cueLabel(cue);
  if (label === undefined) return undefined;
  return { target: label, confidence: 0.7, rule: `${hit.rule}!${cue}`, lang: hit.lang };
}

/**
 * "Not delivered yet - our courier has it on the van now": "yet" says the delivery is still
 * ahead, and a later rule of the same language that reads the round confirms it, so nothing
 * failed. Without such a reading ("konnte noch nicht zugestellt werden") the failure stands.
 */
function stillAhead(hit: TextHit, folded: string, stamp: number): TextHit | undefined {
  if (!notYetCue(folded, hit.lang, stamp)) return undefined;
  const c = compiled.get(hit.lang);
  if (!c) return undefined;
  const later = matchLanguage(hit.lang, folded, stamp, c.ruleNames.indexOf(hit.rule) + 1);
  if (later === undefined || later.target === 'facility') return undefined;
  if (later.target.status !== 'out_for_delivery') return undefined;
  return { ...later, confidence: 0.7, rule: `${hit.rule}!yet+${later.rule}` };
}

/** Steps the carrier takes before or at its first facility: denied, it does not hold the parcel. */
const FIRST_STEPS: ReadonlySet<string | null> = new Set([
  'picked_up',
  'origin_facility',
  'departed_origin',
]);
/** Later steps: denied, the parcel is still on its way to them. */
const LATER_STEPS: ReadonlySet<string | null> = new Set([
  'international_transit',
  'transit_hub',
  'arrived_destination',
  'handed_to_last_mile',
  'destination_facility',
]);

/**
 * What a movement reading becomes when the text says the step has not happened yet
 * ("noch nicht bei uns eingetroffen", "has not left the seller's warehouse yet", "non è ancora
 * stato ritirato dal corriere"): the first steps and a facility fall back to the carrier's
 * advice (`info_received`), a customs release to customs, a later step to plain transit.
 * Matching the movement verb and then checking the clause for "not yet" covers every verb a
 * rule knows, instead of one negated phrase per verb. Undefined: not a movement reading.
 */
function deniedMovement(target: Target): Label | undefined {
  if (target === 'facility') return L.infoReceived;
  if (target.status !== 'in_transit' || target.reason !== null) return undefined;
  if (FIRST_STEPS.has(target.milestone)) return L.infoReceived;
  if (target.milestone === 'customs_released') return L.importCustoms;
  if (LATER_STEPS.has(target.milestone)) return L.inTransit;
  return undefined;
}

/** No rule matched: a failure or waiting cue alone still says something. */
function guardNone(folded: string, lang: string, stamp: number): TextHit | undefined {
  const cue = cueOf(folded, lang, stamp);
  if (cue === undefined || cue === 'future') return undefined;
  const target =
    cue === 'failed' ? (causeOf(lang, folded, stamp) ?? L.failedAttempt) : L.pickupPoint;
  return { target, confidence: 0.7, rule: `text:${lang}:cue-${cue}`, lang };
}

function firstHit(
  description: string,
  folded: string,
  given: string | undefined,
  stamp: number,
): TextHit | undefined {
  // A language the source names is trusted: try it, then English, and nothing else.
  if (given && compiled.has(given)) {
    return (
      matchLanguage(given, folded, stamp) ??
      (given === 'en' ? undefined : matchLanguage('en', folded, stamp))
    );
  }
  const tried = likelyLanguages(description, folded);
  for (const lang of tried) {
    const hit = matchLanguage(lang, folded, stamp);
    if (hit) return hit;
  }
  // Rare path: no hint matched; try the remaining Latin-script languages, less sure.
  if (HAN.test(description) || CYRILLIC.test(description)) return undefined;
  for (const lang of LATIN) {
    if (tried.includes(lang)) continue;
    const hit = matchLanguage(lang, folded, stamp);
    if (hit) return { ...hit, confidence: Math.min(hit.confidence, GENERIC) };
  }
  return undefined;
}

/** Settle a target: labels pass through; 'facility' becomes origin or destination. */
export function resolveTarget(target: Target, destinationSide: boolean): Label {
  if (target !== 'facility') return target;
  return destinationSide
    ? { status: 'in_transit', milestone: 'destination_facility', reason: null }
    : { status: 'in_transit', milestone: 'origin_facility', reason: null };
}
