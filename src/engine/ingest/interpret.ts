/**
 * @module engine/ingest/interpret
 * Pure: what a source said about one number (`SourceResult`) → classified timeline inputs
 * (each event classified with the source/carrier/country context, its code, text, language
 * and location kept, the location parsed) → merged with the shipment's other events →
 * derived state and the legs to link (those the source declares plus those the text names).
 * No I/O and no clock: `fetchedAt` and `now` are parameters.
 */
import type { SourceResult } from '../../carriers/types.js';
import { type ClassifiedEvent, type ClassifyContext, classify } from '../../core/classify/index.js';
import type { RawEvent } from '../../core/events.js';
import {
  type DerivedState,
  deriveState,
  type EventTime,
  findLinkRequests,
  type MergeOptions,
  merge,
  type TimelineEvent,
  type TimelineInput,
} from '../../core/timeline/index.js';

/** What interpreting needs besides the result itself. */
export interface InterpretContext {
  /** Source id that fetched it ('sim', 'cainiao', …). */
  sourceId: string;
  /** When it was fetched, epoch ms. */
  fetchedAt: number;
  /** The shipment's countries; the result's own are used when these are absent. */
  originCountry?: string;
  destinationCountry?: string;
  /** Registry carrier id of the leg when known; else the result's carrierId. */
  carrierId?: string;
}

/** A number to link as a new leg: declared by the source or named in an event's text. */
export interface LegLink {
  /** Normalized (uppercase, no spaces or dashes). */
  number: string;
  carrierHint?: string;
  /** Key of the merged event that named it; absent when the source declared the link. */
  fromEventKey?: string;
}

export interface Interpretation {
  /** Merged timeline, oldest first. */
  timeline: TimelineEvent[];
  state: DerivedState;
  links: LegLink[];
}

/** Uppercase, no spaces or dashes: the form legs are stored under. */
export function normalizeNumber(number: string): string {
  // Numbers usually arrive normalized already: check before building new strings.
  return /[\s\-\p{Ll}]/u.test(number) ? number.replace(/[\s-]/g, '').toUpperCase() : number;
}

function country(value: string | undefined): string | undefined {
  const v = value?.trim().toUpperCase();
  return v && /^[A-Z]{2}$/.test(v) ? v : undefined;
}

/** The countries to read a result with: the shipment's first, else the result's. */
export function countriesOf(
  result: SourceResult,
  ctx: Pick<InterpretContext, 'originCountry' | 'destinationCountry'>,
): { originCountry?: string; destinationCountry?: string } {
  const origin = country(ctx.originCountry) ?? country(result.originCountry);
  const destination = country(ctx.destinationCountry) ?? country(result.destinationCountry);
  return {
    ...(origin ? { originCountry: origin } : {}),
    ...(destination ? { destinationCountry: destination } : {}),
  };
}

/** Carriers repeat the same texts for thousands of parcels: classify each variant once. */
const memo = new Map<string, ClassifiedEvent>();
const MEMO_LIMIT = 50_000;

/** classify(), memoized on everything it reads (it is pure). Results are shared: read-only. */
export function classifyOnce(raw: RawEvent, ctx: ClassifyContext): ClassifiedEvent {
  const sep = '\u001f';
  const key =
    `${raw.source}${sep}${raw.carrier ?? ''}${sep}${raw.code ?? ''}${sep}${raw.description}` +
    `${sep}${raw.location ?? ''}${sep}${raw.language ?? ''}` +
    `${sep}${ctx.originCountry ?? ''}${sep}${ctx.destinationCountry ?? ''}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = classify(raw, ctx);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

/** Classify every event of a result into timeline inputs (source order kept). */
export function toTimelineInputs(result: SourceResult, ctx: InterpretContext): TimelineInput[] {
  const countries = countriesOf(result, ctx);
  const carrier = ctx.carrierId ?? result.carrierId;
  const fetchedAt = new Date(ctx.fetchedAt).toISOString();
  const legNumber = normalizeNumber(result.trackingNumber);
  const out: TimelineInput[] = [];
  const context: ClassifyContext = { source: ctx.sourceId, ...countries };
  if (carrier) context.carrier = carrier;
  for (const e of result.events) {
    const raw: RawEvent = { source: ctx.sourceId, description: e.description };
    if (carrier) raw.carrier = carrier;
    if (e.code !== undefined) raw.code = e.code;
    if (e.location !== undefined) raw.location = e.location;
    if (e.language !== undefined) raw.language = e.language;
    const c = classifyOnce(raw, context);
    const time: EventTime = { local: e.time.local };
    if (e.time.offset !== undefined) time.offset = e.time.offset;
    if (e.time.zone !== undefined) time.zone = e.time.zone;
    if (e.time.epochMs !== undefined) time.epochMs = e.time.epochMs;
    const input: TimelineInput = {
      legNumber: e.trackingNumber ? normalizeNumber(e.trackingNumber) : legNumber,
      source: ctx.sourceId,
      time,
      description: e.description,
      classification: {
        status: c.status,
        milestone: c.milestone,
        reason: c.reason,
        confidence: c.confidence,
        rule: c.rule,
      },
      fetchedAt,
    };
    if (carrier) input.carrier = carrier;
    if (e.code !== undefined) input.code = e.code;
    if (e.location !== undefined) input.location = e.location;
    if (e.language !== undefined) input.language = e.language;
    if (c.location) input.place = c.location;
    out.push(input);
  }
  return out;
}

/**
 * Links of a timeline: those the source declared first, then those its texts name; one per
 * number, never a number in `known` (the shipment's own legs).
 */
export function linksOf(
  declared: SourceResult['links'],
  timeline: readonly TimelineEvent[],
  known: Iterable<string> = [],
): LegLink[] {
  const seen = new Set<string>();
  for (const n of known) seen.add(normalizeNumber(n));
  for (const e of timeline) {
    seen.add(normalizeNumber(e.legNumber));
    for (const r of e.provenance) seen.add(normalizeNumber(r.legNumber));
  }
  const out: LegLink[] = [];
  const byNumber = new Map<string, LegLink>();
  for (const l of declared) {
    const number = normalizeNumber(l.number);
    if (number === '' || seen.has(number)) continue;
    seen.add(number);
    const link: LegLink = l.carrierHint ? { number, carrierHint: l.carrierHint } : { number };
    byNumber.set(number, link);
    out.push(link);
  }
  for (const r of findLinkRequests(timeline)) {
    const same = byNumber.get(r.number);
    if (same) {
      // Declared and named: keep the declared hint, remember the event.
      same.fromEventKey ??= r.fromEventKey;
      if (!same.carrierHint && r.carrierHint) same.carrierHint = r.carrierHint;
      continue;
    }
    if (seen.has(r.number)) continue;
    seen.add(r.number);
    out.push(r.carrierHint ? { ...r } : { number: r.number, fromEventKey: r.fromEventKey });
  }
  return out;
}

/** Merge inputs (new and already known), derive the state at `now`, find the links. */
export function interpretInputs(
  inputs: readonly (TimelineInput | TimelineEvent)[],
  now: number,
  opts: {
    originCountry?: string;
    destinationCountry?: string;
    declaredLinks?: SourceResult['links'];
    knownNumbers?: Iterable<string>;
    merge?: MergeOptions;
  } = {},
): Interpretation {
  const timeline = merge(inputs, opts.merge);
  const state = deriveState(timeline, now, {
    ...(opts.originCountry ? { originCountry: opts.originCountry } : {}),
    ...(opts.destinationCountry ? { destinationCountry: opts.destinationCountry } : {}),
  });
  const links = linksOf(opts.declaredLinks ?? [], timeline, opts.knownNumbers);
  return { timeline, state, links };
}

/**
 * Interpret one source result, merged with the shipment's other events (`others`: inputs
 * or merged events of its other legs and sources), at `now`.
 */
export function interpret(
  result: SourceResult,
  ctx: InterpretContext,
  now: number,
  others: readonly (TimelineInput | TimelineEvent)[] = [],
): Interpretation {
  const inputs = toTimelineInputs(result, ctx);
  return interpretInputs([...others, ...inputs], now, {
    ...countriesOf(result, ctx),
    declaredLinks: result.links,
  });
}
