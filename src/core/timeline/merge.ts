/**
 * @module core/timeline/merge
 * Many sources and numbers → one ordered timeline. Each report's time is resolved
 * (time.ts) and its text normalized once; reports are sorted by a content-only order
 * (instant, journey order, key) and grouped greedily: a report joins the first earlier
 * group whose first report is the same scan — same status and milestone, compatible reason
 * and place, instants within the tolerance or the same wall clock (zones guessed
 * differently), similar text (or, for a milestone, the same place within five minutes).
 * Two reports of one source on one number are never the same scan unless identical.
 *
 * Every merged event keeps all of its reporters, so merge(merge(x)) re-expands them and
 * gives the same groups: merge is idempotent and, being content-ordered, independent of
 * input order. The event key is the smallest reporter key of its group.
 *
 * Hot path (bench/timeline.ts): keys are hashed part by part with no concatenation (the
 * state after number and source is reused for a reporter's next report), duplicates are
 * found in a reused open-addressing table on 30 bits of the key, small lists are sorted by
 * insertion (a total order: any correct sort gives the same result), and no closure is
 * created per call.
 */
import { milestoneIndex } from '../status/taxonomy.js';
import { parseWallClock, wallMs } from './clock.js';
import * as hash from './hash.js';
import { similarity, type TextInfo, textInfo } from './text.js';
import { resolveParsed } from './time.js';
import type {
  MergeOptions,
  Reporter,
  ResolvedTime,
  TimelineEvent,
  TimelineInput,
  ZoneConfidence,
} from './types.js';
import { normalizePlaceName, upperAscii } from './zones.js';

const DEFAULT_TOLERANCE_MS = 90 * 60_000;
const DEFAULT_SIMILARITY = 0.5;
const SAME_PLACE_WINDOW_MS = 5 * 60_000;

/** One report, prepared once. */
interface Prepared {
  input: TimelineInput;
  at: ResolvedTime;
  /** at.epochMs, kept at hand for sorting and windows. */
  epochMs: number;
  text: TextInfo;
  key: string;
  /** 30 bits of the key (hash.lastBits): the first, cheap dedupe look-up. */
  bits: number;
  /** Wall clock to the minute (as-if-UTC minutes), or the raw text when unreadable. */
  wallKey: number | string;
  /** Reporter identity: source and normalized number (compared as a pair, no concatenation). */
  source: string;
  leg: string;
  rank: number;
  country: string;
  city: string;
}

function confidenceRank(c: ZoneConfidence): number {
  return c === 'source'
    ? 4
    : c === 'location-city'
      ? 3
      : c === 'location-country'
        ? 2
        : c === 'carrier-default'
          ? 1
          : 0;
}

function isMerged(e: TimelineInput | TimelineEvent): e is TimelineEvent {
  return Array.isArray((e as Partial<TimelineEvent>).provenance);
}

/** The plain input of a previously merged event passed back without its provenance. */
function plain(e: TimelineInput | TimelineEvent): TimelineInput {
  if (!('key' in e) && !('at' in e)) return e;
  const copy: Partial<TimelineEvent> = { ...(e as Partial<TimelineEvent>) };
  delete copy.key;
  delete copy.at;
  delete copy.provenance;
  return copy as TimelineInput;
}

/** A merged event: the best report's fields (copied field by field: faster than a spread). */
function eventOf(
  input: TimelineInput,
  key: string,
  at: ResolvedTime,
  provenance: Reporter[],
): TimelineEvent {
  const e: TimelineEvent = {
    legNumber: input.legNumber,
    source: input.source,
    description: input.description,
    time: input.time,
    classification: input.classification,
    key,
    at,
    provenance,
  };
  if (input.carrier !== undefined) e.carrier = input.carrier;
  if (input.code !== undefined) e.code = input.code;
  if (input.location !== undefined) e.location = input.location;
  if (input.language !== undefined) e.language = input.language;
  if (input.place !== undefined) e.place = input.place;
  if (input.fetchedAt !== undefined) e.fetchedAt = input.fetchedAt;
  return e;
}

const numbers = new Map<string, string>();

function isNormalNumber(n: string): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function normalizeNumber(n: string): string {
  if (isNormalNumber(n)) return n;
  let out = numbers.get(n);
  if (out === undefined) {
    out = n.replace(/[\s-]/g, '').toUpperCase();
    if (numbers.size > 10_000) numbers.clear();
    numbers.set(n, out);
  }
  return out;
}

/**
 * The last few reporters seen (a timeline has few): the normalized number and the key's
 * hash state after number and source, so that neither is done again for each report.
 */
const RECENT = 8;
const recentNumber: string[] = new Array<string>(RECENT).fill('');
const recentSource: string[] = new Array<string>(RECENT).fill('');
const recentLeg: string[] = new Array<string>(RECENT).fill('');
const recentLane1 = new Int32Array(RECENT);
const recentLane2 = new Int32Array(RECENT);
const recentUsed = new Uint8Array(RECENT);
let recentNext = 0;

/** Start a report key with its number and source; returns the normalized number. */
function startKey(legNumber: string, source: string): string {
  for (let k = 1; k <= RECENT; k++) {
    const i = (recentNext + RECENT - k) % RECENT; // newest first
    if (recentUsed[i] === 1 && recentSource[i] === source && recentNumber[i] === legNumber) {
      hash.resume(recentLane1[i] ?? 0, recentLane2[i] ?? 0);
      return recentLeg[i] ?? '';
    }
  }
  const leg = normalizeNumber(legNumber);
  hash.start();
  hash.text(leg);
  hash.text(source);
  const i = recentNext;
  recentNext = (i + 1) % RECENT;
  recentNumber[i] = legNumber;
  recentSource[i] = source;
  recentLeg[i] = leg;
  recentLane1[i] = hash.lane1();
  recentLane2[i] = hash.lane2();
  recentUsed[i] = 1;
  return leg;
}

function prepare(input: TimelineInput, defaults: MergeOptions['defaultZones']): Prepared {
  const time = input.time;
  const place = input.place;
  const fallback = defaults
    ? ((input.carrier ? defaults[input.carrier] : undefined) ?? defaults[input.source])
    : undefined;
  const w = parseWallClock(time.local);
  const at = resolveParsed(time, w, place, fallback);
  const text = textInfo(input.description);
  const wall = w ? wallMs(w) : null;
  const country = place?.country ? upperAscii(place.country) : '';
  const city = place?.city ? normalizePlaceName(place.city) : '';
  const leg = startKey(input.legNumber, input.source);
  if (wall !== null) hash.number(wall);
  else hash.text(time.local);
  hash.text(time.offset ?? time.zone ?? '');
  hash.text(input.code ?? '');
  hash.text(text.hash);
  if (country || city) {
    // the text country + '/' + city, fed without building it
    hash.chars(country);
    hash.chars('/');
    hash.text(city);
  } else {
    hash.text(input.location ?? '');
  }
  const milestone = input.classification.milestone;
  return {
    input,
    at,
    epochMs: at.epochMs,
    text,
    key: hash.digest(),
    bits: hash.lastBits(),
    wallKey: wall === null ? time.local : Math.floor(wall / 60_000),
    source: input.source,
    leg,
    rank: milestone === null ? 99 : milestoneIndex(milestone),
    country,
    city,
  };
}

function byTime(a: Prepared, b: Prepared): number {
  return a.epochMs - b.epochMs || a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function sameReporter(a: Prepared, b: Prepared): boolean {
  return a.leg === b.leg && a.source === b.source;
}

/** Of two identical reports (same key), keep the most recently fetched. */
function preferDuplicate(a: Prepared, b: Prepared): Prepared {
  const fa = a.input.fetchedAt ?? '';
  const fb = b.input.fetchedAt ?? '';
  if (fa !== fb) return fa > fb ? a : b;
  const ca = a.input.classification;
  const cb = b.input.classification;
  if (ca.confidence !== cb.confidence) return ca.confidence > cb.confidence ? a : b;
  if (ca.rule !== cb.rule) return ca.rule < cb.rule ? a : b;
  return JSON.stringify(a.input) <= JSON.stringify(b.input) ? a : b;
}

function sameScan(a: Prepared, b: Prepared, tol: number, minSim: number): boolean {
  if (sameReporter(a, b)) return false;
  const ca = a.input.classification;
  const cb = b.input.classification;
  if (ca.status !== cb.status || ca.milestone !== cb.milestone) return false;
  if (ca.reason !== cb.reason && ca.reason !== null && cb.reason !== null) return false;
  const gap = Math.abs(a.epochMs - b.epochMs);
  if (gap > tol && a.wallKey !== b.wallKey) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.city && b.city && !a.city.includes(b.city) && !b.city.includes(a.city)) return false;
  if (similarity(a.text, b.text) >= minSim) return true;
  if (a.input.code && a.input.code === b.input.code && a.input.source === b.input.source) {
    return true;
  }
  return (
    ca.milestone !== null &&
    gap <= SAME_PLACE_WINDOW_MS &&
    a.country !== '' &&
    a.country === b.country
  );
}

function placeScore(p: Prepared): number {
  return (p.country ? 2 : 0) + (p.city ? 1 : 0);
}

/** The reporter whose fields the merged event shows: surest time, most precise place. */
function better(a: Prepared, b: Prepared): Prepared {
  const d =
    confidenceRank(a.at.zoneConfidence) - confidenceRank(b.at.zoneConfidence) ||
    placeScore(a) - placeScore(b) ||
    a.input.classification.confidence - b.input.classification.confidence;
  if (d !== 0) return d > 0 ? a : b;
  return a.key <= b.key ? a : b;
}

/**
 * Sort in place by a total order. Insertion sort below 64 items (timelines arrive nearly in
 * order, and the comparator is called directly), the built-in sort above. With a total order
 * every correct sort gives the same result.
 */
function sortSmall<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  if (items.length > 64) return items.sort(cmp);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    if (cmp(items[i - 1] as T, item) <= 0) continue; // already in place: the common case
    let lo = 0;
    let hi = i - 1; // items[hi] > item: the place is in lo..hi
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(items[mid] as T, item) > 0) hi = mid;
      else lo = mid + 1;
    }
    for (let j = i; j > lo; j--) items[j] = items[j - 1] as T;
    items[lo] = item;
  }
  return items;
}

/** A group of reports of one scan; its first report (index 0) is the one others must match. */
type Group = Prepared[];

/**
 * Merge reports (plain inputs or previously merged events) into one ordered timeline.
 * Ties in time are ordered by journey order (milestone rank, unclassified last), then key.
 */
export function merge(
  events: readonly (TimelineInput | TimelineEvent)[],
  opts: MergeOptions = {},
): TimelineEvent[] {
  const tol = opts.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const minSim = opts.minSimilarity ?? DEFAULT_SIMILARITY;
  const defaults = opts.defaultZones;
  let count = 0;
  for (const e of events) count += isMerged(e) && e.provenance.length > 0 ? e.provenance.length : 1;
  const sorted: Prepared[] = [];
  startTable(count);
  for (const e of events) {
    if (isMerged(e) && e.provenance.length > 0) {
      for (const r of e.provenance) add(sorted, prepare(r.input, defaults));
    } else {
      add(sorted, prepare(plain(e), defaults));
    }
  }
  sortSmall(sorted, byTime);
  const groups: Group[] = [];
  for (const p of sorted) {
    let target: Group | undefined;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i] as Group;
      const first = g[0] as Prepared;
      if (first.epochMs < p.epochMs - tol) break;
      if (sameScan(first, p, tol, minSim) && !clash(g, p)) target = g;
    }
    if (!target) {
      for (const g of groups) {
        const first = g[0] as Prepared;
        if (first.wallKey === p.wallKey && sameScan(first, p, tol, minSim) && !clash(g, p)) {
          target = g;
          break;
        }
      }
    }
    if (target) target.push(p);
    else groups.push([p]);
  }
  const merged: TimelineEvent[] = [];
  for (const g of groups) merged.push(toEvent(g));
  return sortSmall(merged, byEventOrder);
}

/**
 * One report per key: an open-addressing table of indices into the report list, looked up
 * by 30 bits of the key (then the key itself), in typed arrays reused from call to call
 * (merge is synchronous and never re-entered). A stamp marks the slots of the current call.
 */
let slotBits = new Int32Array(256);
let slotIndex = new Int32Array(256);
let slotStamp = new Uint32Array(256);
let mask = 255;
let stamp = 0;

function startTable(count: number): void {
  let size = 256;
  while (size < count * 2) size *= 2;
  if (size > slotBits.length) {
    slotBits = new Int32Array(size);
    slotIndex = new Int32Array(size);
    slotStamp = new Uint32Array(size);
    stamp = 0;
  }
  mask = size - 1;
  stamp++;
  if (stamp > 0xfffffff0) {
    slotStamp.fill(0);
    stamp = 1;
  }
}

/** Keep one report per key: the first, or the better of two identical reports. */
function add(list: Prepared[], p: Prepared): void {
  let h = p.bits & mask;
  while (slotStamp[h] === stamp) {
    if (slotBits[h] === p.bits) {
      const i = slotIndex[h] as number;
      const same = list[i] as Prepared;
      if (same.key === p.key) {
        list[i] = preferDuplicate(same, p);
        return;
      }
    }
    h = (h + 1) & mask;
  }
  slotStamp[h] = stamp;
  slotBits[h] = p.bits;
  slotIndex[h] = list.length;
  list.push(p);
}

function byEventOrder(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.at.epochMs - b.at.epochMs ||
    rankOf(a) - rankOf(b) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function byKeyOrder(a: Reporter, b: Reporter): number {
  return a.key < b.key ? -1 : 1;
}

function clash(g: Group, p: Prepared): boolean {
  for (const m of g) if (sameReporter(m, p)) return true;
  return false;
}

function rankOf(e: TimelineEvent): number {
  const m = e.classification.milestone;
  return m === null ? 99 : milestoneIndex(m);
}

function toEvent(g: Group): TimelineEvent {
  if (g.length === 1) {
    const only = g[0] as Prepared;
    return eventOf(only.input, only.key, only.at, [reporter(only)]);
  }
  let best = g[0] as Prepared;
  let key = best.key;
  for (const m of g) {
    best = better(best, m);
    if (m.key < key) key = m.key;
  }
  const provenance: Reporter[] = [];
  for (const m of g) provenance.push(reporter(m));
  sortSmall(provenance, byKeyOrder);
  return eventOf(best.input, key, best.at, provenance);
}

function reporter(m: Prepared): Reporter {
  const i = m.input;
  return {
    key: m.key,
    source: i.source,
    legNumber: i.legNumber,
    description: i.description,
    fetchedAt: i.fetchedAt ?? null,
    at: m.at,
    input: i,
  };
}
