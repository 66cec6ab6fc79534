/**
 * @module carriers/aftership/parse
 * Pure: an AfterShip Tracking API answer (reference §3, API 2025-01) → results and
 * messages. Reads the `{meta, data}` envelope of get trackings (`data.trackings`), get
 * tracking (`data` or `data.tracking`), an error envelope, and the client's
 * `{requested, body}` envelope, which names the numbers asked for so a missing one becomes
 * "not found". A checkpoint's subtag is its code (the tag when no subtag). A tracking with
 * both `first_mile` and `last_mile` carriers becomes two legs: the first-mile result links
 * to the last-mile number.
 */
import {
  codedEvent,
  isRec,
  localTime,
  type Rec,
  rec,
  recs,
  skippedEvent,
  str,
  unknownCodeWarnings,
  zoneOfCountry,
} from '../parse-kit.js';
import type { CarrierMessage, ParseOutput, SourceResult, SourceTime } from '../types.js';
import { alpha2, carrierIdOfSlug, isKnownTag, META } from './codes.js';

export const AFTERSHIP_SOURCE_ID = 'aftership';

export { isRec, type Rec, str } from '../parse-kit.js';

/** What the client hands to parse: the numbers asked for and the answer. */
export interface AfterShipEnvelope {
  requested: string[];
  body: unknown;
}

/** AfterShip documents three shapes: YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss, and with Z/offset. */
const ISO = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** `checkpoint_time` with its offset; without one, the zone of a single-zone country. */
export function timeOf(
  text: string | undefined,
  country: string | undefined,
): SourceTime | undefined {
  const m = text ? ISO.exec(text) : null;
  if (!m?.[1]) return undefined;
  return localTime(m[1], m[2], zoneOfCountry(country));
}

function locationOf(c: Rec): string | undefined {
  const text = str(c['location']);
  if (text) return text;
  const parts = [c['city'], c['state'], c['country_region_name'] ?? c['country_region']]
    .map(str)
    .filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function eventOf(number: string, c: Rec, out: ParseOutput, unknown: Set<string>) {
  const description = str(c['message']) ?? str(c['subtag_message']) ?? '';
  const country = alpha2(c['country_region'] ?? c['country_iso3']);
  const time = timeOf(str(c['checkpoint_time']), country);
  if (!time) {
    out.messages.push(skippedEvent('a checkpoint without a readable time', description, number));
    return undefined;
  }
  const code = str(c['subtag']) ?? str(c['tag']);
  const event = codedEvent(number, time, description, code, isKnownTag, unknown);
  const location = locationOf(c);
  if (location) event.location = location;
  return event;
}

interface Leg {
  number: string;
  slug?: string;
}

const legOf = (v: unknown): Leg | undefined => {
  const r = rec(v);
  const number = str(r?.['tracking_number']);
  if (!number) return undefined;
  const slug = str(r?.['slug']);
  return slug ? { number, slug } : { number };
};

function estimateOf(t: Rec): SourceResult['estimate'] {
  const edd = rec(t['courier_estimated_delivery_date']) ?? rec(t['latest_estimated_delivery']);
  if (!edd) return undefined;
  const date = str(edd['estimated_delivery_date']) ?? str(edd['datetime']);
  const earliest = str(edd['estimated_delivery_date_min']) ?? str(edd['datetime_min']) ?? date;
  const latest = str(edd['estimated_delivery_date_max']) ?? str(edd['datetime_max']) ?? date;
  if (!earliest && !latest) return undefined;
  return { ...(earliest && { earliest }), ...(latest && { latest }) };
}

/** One tracking object (also a webhook's `msg`) → its results and messages. */
export function parseTracking(t: Rec, out: ParseOutput): string | undefined {
  const number = str(t['tracking_number']);
  if (!number) {
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'a tracking without a number',
    });
    return undefined;
  }
  const slug = str(t['slug']);
  const first = legOf(t['first_mile']);
  const last = legOf(t['last_mile']);
  const split = first && last && (first.number !== last.number || first.slug !== last.slug);
  const unknown = new Set<string>();
  const base = (n: string, s: string | undefined): SourceResult => {
    const r: SourceResult = { trackingNumber: n, events: [], links: [] };
    const carrierId = carrierIdOfSlug(s);
    if (carrierId) r.carrierId = carrierId;
    const origin = alpha2(t['origin_country_region'] ?? t['origin_country_iso3']);
    const destination = alpha2(t['destination_country_region'] ?? t['destination_country_iso3']);
    if (origin) r.originCountry = origin;
    if (destination) r.destinationCountry = destination;
    return r;
  };
  const main = base(split ? first.number : number, split ? (first.slug ?? slug) : slug);
  const lastLeg = split ? base(last.number, last.slug) : undefined;
  for (const c of recs(t['checkpoints'])) {
    const onLast = lastLeg && last?.slug && str(c['slug']) === last.slug;
    const leg = onLast ? lastLeg : main;
    const event = eventOf(leg.trackingNumber, c, out, unknown);
    if (event) leg.events.push(event);
  }
  const estimate = estimateOf(t);
  if (estimate) (lastLeg ?? main).estimate = estimate;
  if (lastLeg) {
    const hint = lastLeg.carrierId ?? last?.slug;
    main.links.push(
      hint
        ? { number: lastLeg.trackingNumber, carrierHint: hint }
        : { number: lastLeg.trackingNumber },
    );
  }
  const results = [main, ...(lastLeg ? [lastLeg] : [])];
  if (results.every((r) => r.events.length === 0)) {
    const tag = str(t['subtag']) ?? str(t['tag']) ?? 'Pending';
    out.messages.push({
      level: 'info',
      code: 'not_found',
      message: `AfterShip has no checkpoints yet (${tag})`,
      trackingNumber: number,
    });
    return number;
  }
  out.messages.push(...unknownCodeWarnings(unknown, 'AfterShip tag', number));
  out.results.push(...results.filter((r) => r.events.length > 0 || r === main));
  return number;
}

function errorMessage(meta: Rec, requested: readonly string[]): CarrierMessage[] {
  const code = typeof meta['code'] === 'number' ? meta['code'] : undefined;
  const text = str(meta['message']) ?? 'no message';
  const notFound = code === META.trackingNotFound || code === META.notFound;
  const numbers = requested.length > 0 ? requested : [undefined];
  return numbers.map((n) => ({
    level: notFound ? 'info' : 'error',
    code: notFound ? 'not_found' : 'source_error',
    message: notFound ? `AfterShip: ${text}` : `AfterShip error ${code ?? '?'}: ${text}`,
    ...(n ? { trackingNumber: n } : {}),
  }));
}

/** The body of an answer → results and messages; `requested` names the numbers asked for. */
export function parseBody(body: unknown, requested: readonly string[] = []): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (typeof body === 'string') {
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: `not JSON: ${body.slice(0, 80)}`,
    });
    return out;
  }
  const meta = rec(rec(body)?.['meta']);
  const data = rec(rec(body)?.['data']);
  if (!isRec(body) || !meta) {
    out.messages.push({ level: 'error', code: 'source_error', message: 'not an AfterShip answer' });
    return out;
  }
  const code = meta['code'];
  if (code !== META.ok && code !== META.created) {
    out.messages.push(...errorMessage(meta, requested));
    return out;
  }
  const trackings = Array.isArray(data?.['trackings'])
    ? recs(data['trackings'])
    : [rec(data?.['tracking']) ?? data].filter((t): t is Rec => !!str(t?.['tracking_number']));
  const seen = new Set<string>();
  for (const t of trackings) {
    const n = parseTracking(t, out);
    if (n) seen.add(n.toUpperCase());
  }
  for (const n of requested) {
    if (seen.has(n.toUpperCase())) continue;
    out.messages.push({
      level: 'info',
      code: 'not_found',
      message: 'not tracked by AfterShip (create the tracking first)',
      trackingNumber: n,
    });
  }
  if (trackings.length === 0 && requested.length === 0) {
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'an answer without trackings',
    });
  }
  return out;
}

/** Any payload: the client's envelope, a bare answer or a webhook body. Never throws. */
export function parseAfterShip(payload: unknown): ParseOutput {
  if (isRec(payload) && Array.isArray(payload['requested']) && 'body' in payload) {
    const requested = payload['requested'].filter((n): n is string => typeof n === 'string');
    return parseBody(payload['body'], requested);
  }
  if (isRec(payload) && isRec(payload['msg']) && typeof payload['event'] === 'string') {
    const out: ParseOutput = { results: [], messages: [] };
    parseTracking(payload['msg'], out);
    return out;
  }
  return parseBody(payload);
}

/** A courier-detect answer (`data.couriers[]`) → slugs with their registry ids. Never throws. */
export function parseDetectedCouriers(
  body: unknown,
): { slug: string; name?: string; carrierId?: string }[] {
  const couriers = recs(rec(rec(body)?.['data'])?.['couriers']);
  return couriers.flatMap((c) => {
    const slug = str(c['slug']);
    if (!slug) return [];
    const name = str(c['name']);
    const carrierId = carrierIdOfSlug(slug);
    return [{ slug, ...(name && { name }), ...(carrierId && { carrierId }) }];
  });
}
