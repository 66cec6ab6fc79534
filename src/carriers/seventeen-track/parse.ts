/**
 * @module carriers/seventeen-track/parse
 * Pure: a 17TRACK v2.2 answer → results and messages (reference §4.4). Reads the
 * `gettrackinfo` envelope `{code, data: {accepted, rejected}}`, an API error envelope, and
 * (through the webhook module) a pushed `{event, data}`. Each provider of a number (origin
 * carrier, last-mile carrier) becomes its own result, so a number followed by two carriers
 * gives two legs; `misc_info.local_number` becomes a link. Rejected numbers become messages.
 */

import {
  codedEvent,
  countryCode,
  ISO_DATE_TIME,
  isRec,
  type Rec,
  rec,
  recs,
  skippedEvent,
  str,
  unknownCodeWarnings,
} from '../parse-kit.js';
import type {
  CarrierMessage,
  ParseOutput,
  SourceEvent,
  SourceLink,
  SourceResult,
  SourceTime,
} from '../types.js';
import { API_ERRORS, carrierIdOf, isKnownStatus, QUOTA_ERRORS } from './codes.js';

export const SEVENTEEN_TRACK_SOURCE_ID = '17track';

export { isRec, str } from '../parse-kit.js';

function normalOffset(text: string): string | undefined {
  if (text === 'Z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

/** `time_iso` (wall clock + offset) first, then `time_raw`, then the `time_utc` instant. */
export function timeOf(e: Rec): SourceTime | undefined {
  const iso = str(e['time_iso']);
  const m = iso ? ISO_DATE_TIME.exec(iso) : null;
  const offset = m?.[2] ? normalOffset(m[2]) : undefined;
  if (m?.[1] && offset) return { local: m[1], offset };
  const raw = rec(e['time_raw']);
  const rawDate = str(raw?.['date']);
  const local = m?.[1] ?? (rawDate ? `${rawDate} ${str(raw?.['time']) ?? ''}`.trim() : undefined);
  const zone = str(raw?.['timezone']);
  const rawOffset = zone ? normalOffset(zone) : undefined;
  const utc = str(e['time_utc']);
  const epochMs = utc ? Date.parse(utc) : Number.NaN;
  if (local) {
    const time: SourceTime = { local };
    if (rawOffset) time.offset = rawOffset;
    else if (!Number.isNaN(epochMs)) time.epochMs = epochMs;
    return time;
  }
  if (utc && !Number.isNaN(epochMs)) return { local: utc.replace(/Z$/, ''), offset: '+00:00' };
  return undefined;
}

function locationOf(e: Rec): string | undefined {
  const text = str(e['location']);
  if (text) return text;
  const a = rec(e['address']);
  const parts = [a?.['city'], a?.['state'], a?.['country']].map(str).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function eventsOf(number: string, provider: Rec, out: ParseOutput, unknown: Set<string>) {
  const events: SourceEvent[] = [];
  for (const e of recs(provider['events'])) {
    const description = str(e['description']) ?? '';
    const time = timeOf(e);
    if (!time) {
      out.messages.push(skippedEvent('an event without a time', description, number));
      continue;
    }
    const code = str(e['sub_status']) ?? str(e['stage']);
    const event = codedEvent(number, time, description, code, isKnownStatus, unknown);
    const location = locationOf(e);
    if (location) event.location = location;
    events.push(event);
  }
  return events;
}

const country = (address: unknown) => countryCode(rec(address)?.['country']);

/** One accepted item (also a webhook's `data`) → its results and messages. */
export function parseItem(item: Rec, out: ParseOutput): void {
  const number = str(item['number']);
  if (!number) {
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'an item without a number',
    });
    return;
  }
  const info = rec(item['track_info']);
  const latest = rec(info?.['latest_status']);
  const providers = recs(rec(info?.['tracking'])?.['providers']);
  // The registered carrier is the origin leg; the final (last-mile) carrier follows it.
  const mainKey = item['carrier'];
  providers.sort((a, b) => {
    const main = (p: Rec) => (rec(p['provider'])?.['key'] === mainKey ? 0 : 1);
    return main(a) - main(b);
  });
  const unknown = new Set<string>();
  const shipping = rec(info?.['shipping_info']);
  const origin = country(shipping?.['shipper_address']);
  const destination = country(shipping?.['recipient_address']);
  const results: SourceResult[] = providers.map((p) => {
    const provider = rec(p['provider']);
    const result: SourceResult = { trackingNumber: number, events: [], links: [] };
    const carrierId = carrierIdOf(provider?.['key']);
    if (carrierId) result.carrierId = carrierId;
    result.events = eventsOf(number, p, out, unknown);
    if (origin) result.originCountry = origin;
    if (destination) result.destinationCountry = destination;
    return result;
  });
  const events = results.reduce((n, r) => n + r.events.length, 0);
  if (events === 0) {
    const invalid = str(latest?.['sub_status']) === 'NotFound_InvalidCode';
    out.messages.push({
      level: 'info',
      code: invalid ? 'invalid_number' : 'not_found',
      message: invalid ? '17TRACK says the number is invalid' : 'the carrier has no events yet',
      trackingNumber: number,
    });
    return;
  }
  const [first, ...rest] = results;
  if (!first) return;
  for (const r of rest) {
    const name = str(rec(providers[results.indexOf(r)]?.['provider'])?.['name']);
    const hint = r.carrierId ?? name;
    first.links.push(hint ? { number, carrierHint: hint } : { number });
  }
  const misc = rec(info?.['misc_info']);
  const local = str(misc?.['local_number']);
  if (local && local.toUpperCase() !== number.toUpperCase()) {
    const link: SourceLink = { number: local };
    const hint = carrierIdOf(misc?.['local_key']) ?? str(misc?.['local_provider']);
    if (hint) link.carrierHint = hint;
    first.links.push(link);
  }
  const eta = rec(rec(info?.['time_metrics'])?.['estimated_delivery_date']);
  const from = str(eta?.['from']);
  const to = str(eta?.['to']);
  if (from || to) first.estimate = { ...(from && { earliest: from }), ...(to && { latest: to }) };
  out.messages.push(...unknownCodeWarnings(unknown, '17TRACK status', number));
  out.results.push(...results.filter((r) => r.events.length > 0));
}

/** A rejected number → a message: not registered is "not found", quota is a source error. */
export function rejectionMessage(r: Rec): CarrierMessage {
  const number = str(r['number']);
  const error = rec(r['error']);
  const code = typeof error?.['code'] === 'number' ? error['code'] : undefined;
  const text = str(error?.['message']) ?? 'rejected';
  const base = number ? { trackingNumber: number } : {};
  if (code === API_ERRORS.notRegistered) {
    return {
      level: 'warning',
      code: 'not_found',
      message: `not registered with 17TRACK: ${text}`,
      ...base,
    };
  }
  if (code !== undefined && QUOTA_ERRORS.has(code)) {
    return {
      level: 'error',
      code: 'source_error',
      message: `17TRACK quota spent (${code}): ${text}`,
      ...base,
    };
  }
  return {
    level: 'warning',
    code: 'source_error',
    message: `rejected (${code ?? '?'}): ${text}`,
    ...base,
  };
}

/** The body of a gettrackinfo answer (or an error envelope) → results and messages. */
export function parseEnvelope(body: Rec): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  const data = rec(body['data']);
  if (body['code'] !== 0) {
    const errors = recs(data?.['errors']);
    for (const e of errors.length > 0
      ? errors
      : [{ code: body['code'], message: body['message'] }]) {
      out.messages.push({
        level: 'error',
        code: 'source_error',
        message: `17TRACK error ${String(e['code'] ?? '?')}: ${str(e['message']) ?? 'no message'}`,
      });
    }
    return out;
  }
  for (const item of recs(data?.['accepted'])) parseItem(item, out);
  for (const r of recs(data?.['rejected'])) out.messages.push(rejectionMessage(r));
  if (!data)
    out.messages.push({ level: 'error', code: 'source_error', message: 'an answer without data' });
  return out;
}

/** Any payload: a gettrackinfo answer, an error envelope or a webhook push. Never throws. */
export function parseSeventeenTrack(payload: unknown): ParseOutput {
  if (typeof payload === 'string') {
    return {
      results: [],
      messages: [
        { level: 'error', code: 'source_error', message: `not JSON: ${payload.slice(0, 80)}` },
      ],
    };
  }
  if (!isRec(payload)) {
    return {
      results: [],
      messages: [{ level: 'error', code: 'source_error', message: 'not a 17TRACK answer' }],
    };
  }
  if (typeof payload['event'] === 'string' && isRec(payload['data'])) {
    const out: ParseOutput = { results: [], messages: [] };
    if (payload['event'] === 'TRACKING_UPDATED') parseItem(payload['data'], out);
    return out;
  }
  return parseEnvelope(payload);
}
