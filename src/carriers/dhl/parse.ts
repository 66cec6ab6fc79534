/**
 * @module carriers/dhl/parse
 * Pure: a DHL Shipment Tracking – Unified answer (reference §6.1) → results and messages.
 * Reads the bare answer `{shipments[], possibleAdditionalShipmentsUrl?}`, an RFC 7807
 * problem body (404 "No result found" → not_found), and the client's envelope
 * `{answers: [{trackingNumber, httpStatus, body}]}` (one call per number). Each shipment is
 * a result; `statusCode` is the event's code. `possibleAdditionalShipmentsUrl` is never
 * fetched here: each URL becomes an info message, and a link when it names another service.
 */
import { COUNTRY_NAMES, placeKey } from '../../core/classify/places.js';
import {
  codedEvent,
  countryCode,
  ISO_DATE_TIME,
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
import type { ParseOutput, SourceResult, SourceTime } from '../types.js';
import { carrierIdOfService, isKnownStatusCode, SERVICE_ZONE } from './codes.js';

export const DHL_SOURCE_ID = 'dhl';

export { isRec } from '../parse-kit.js';

/** One call's answer as the client records it. */
export interface DhlAnswer {
  trackingNumber: string;
  service?: string;
  httpStatus: number;
  body: unknown;
}

export interface DhlEnvelope {
  answers: DhlAnswer[];
}

const countryOf = (address: unknown) => countryCode(rec(address)?.['countryCode']);

/** An event's country: `countryCode`, else the country Express prints after ' - ' in the locality. */
function eventCountry(location: Rec | undefined): string | undefined {
  const address = rec(location?.['address']);
  const code = countryOf(address);
  if (code) return code;
  const locality = str(address?.['addressLocality']);
  const tail = locality?.includes(' - ') ? locality.split(' - ').pop() : undefined;
  return tail ? COUNTRY_NAMES.get(placeKey(tail)) : undefined;
}

/** A timestamp with its offset; without one, the event country's zone, then the service's. */
export function timeOf(
  text: string | undefined,
  country: string | undefined,
  service: string | undefined,
): SourceTime | undefined {
  const m = text ? ISO_DATE_TIME.exec(text) : null;
  if (!m?.[1]) return undefined;
  const zone = zoneOfCountry(country) || (service && SERVICE_ZONE.get(service)) || undefined;
  return localTime(m[1], m[2], zone);
}

function locationOf(location: unknown): string | undefined {
  const a = rec(rec(location)?.['address']);
  const parts = [a?.['addressLocality'], a?.['postalCode'], a?.['countryCode']]
    .map(str)
    .filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function parseShipment(s: Rec, out: ParseOutput): SourceResult | undefined {
  const number = str(s['id']);
  if (!number) {
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'a shipment without an id',
    });
    return undefined;
  }
  const service = str(s['service'])?.toLowerCase();
  const result: SourceResult = { trackingNumber: number, events: [], links: [] };
  const carrierId = carrierIdOfService(service);
  if (carrierId) result.carrierId = carrierId;
  const origin = countryOf(rec(s['origin'])?.['address']);
  const destination = countryOf(rec(s['destination'])?.['address']);
  if (origin) result.originCountry = origin;
  if (destination) result.destinationCountry = destination;
  const unknown = new Set<string>();
  const events = recs(s['events']);
  // Without an event list, the shipment's status is the one scan we have.
  const status = rec(s['status']);
  for (const e of events.length > 0 ? events : status ? [status] : []) {
    const description = str(e['description']) ?? str(e['status']) ?? '';
    const location = rec(e['location']);
    const time = timeOf(str(e['timestamp']), eventCountry(location), service);
    if (!time) {
      out.messages.push(skippedEvent('an event without a readable timestamp', description, number));
      continue;
    }
    const code = str(e['statusCode']);
    const event = codedEvent(number, time, description, code, isKnownStatusCode, unknown);
    const place = locationOf(location);
    if (place) event.location = place;
    result.events.push(event);
  }
  const frame = rec(s['estimatedDeliveryTimeFrame']);
  const earliest = str(frame?.['estimatedFrom']);
  const latest = str(frame?.['estimatedThrough']) ?? str(s['estimatedTimeOfDelivery']);
  if (earliest || latest)
    result.estimate = { ...(earliest && { earliest }), ...(latest && { latest }) };
  out.messages.push(...unknownCodeWarnings(unknown, 'DHL statusCode', number));
  if (result.events.length === 0) {
    out.messages.push({
      level: 'info',
      code: 'not_found',
      message: 'DHL has no events for this shipment yet',
      trackingNumber: number,
    });
  }
  return result;
}

const serviceInUrl = (url: string) => /[?&]service=([^&]+)/.exec(url)?.[1]?.toLowerCase();

function parseSuccess(body: Rec, asked: string | undefined, out: ParseOutput): void {
  const results: SourceResult[] = [];
  for (const s of recs(body['shipments'])) {
    const r = parseShipment(s, out);
    if (r) results.push(r);
  }
  const more = Array.isArray(body['possibleAdditionalShipmentsUrl'])
    ? body['possibleAdditionalShipmentsUrl'].map(str).filter((u): u is string => !!u)
    : [str(body['possibleAdditionalShipmentsUrl'])].filter((u): u is string => !!u);
  const first = results.find((r) => r.events.length > 0);
  for (const url of more) {
    const number = first?.trackingNumber ?? asked;
    out.messages.push({
      level: 'info',
      code: 'partial',
      message: `DHL may hold other shipments under this number: ${url}`,
      ...(number ? { trackingNumber: number } : {}),
    });
    const carrierHint = carrierIdOfService(serviceInUrl(url));
    if (first && carrierHint && carrierHint !== first.carrierId) {
      first.links.push({ number: first.trackingNumber, carrierHint });
    }
  }
  if (results.length === 0) {
    out.messages.push({
      level: 'info',
      code: 'not_found',
      message: 'DHL answered without shipments',
      ...(asked ? { trackingNumber: asked } : {}),
    });
  }
  out.results.push(...results.filter((r) => r.events.length > 0));
}

/** An RFC 7807 problem body → a message (404 → not_found). */
function parseProblem(
  body: Rec,
  httpStatus: number | undefined,
  asked: string | undefined,
  out: ParseOutput,
): void {
  const status = typeof body['status'] === 'number' ? body['status'] : httpStatus;
  const title = str(body['title']) ?? 'error';
  const detail = str(body['detail']);
  const text = detail ? `${title}: ${detail}` : title;
  const base = asked ? { trackingNumber: asked } : {};
  if (status === 404) {
    out.messages.push({ level: 'info', code: 'not_found', message: `DHL: ${text}`, ...base });
  } else if (status === 400) {
    out.messages.push({
      level: 'warning',
      code: 'invalid_number',
      message: `DHL refused the request: ${text}`,
      ...base,
    });
  } else {
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: `DHL error ${status ?? '?'}: ${text}`,
      ...base,
    });
  }
}

function parseOne(
  body: unknown,
  httpStatus: number | undefined,
  asked: string | undefined,
  out: ParseOutput,
): void {
  if (typeof body === 'string') {
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: `not JSON: ${body.slice(0, 80)}`,
      ...(asked ? { trackingNumber: asked } : {}),
    });
  } else if (isRec(body) && Array.isArray(body['shipments'])) {
    parseSuccess(body, asked, out);
  } else if (isRec(body) && (str(body['title']) || typeof body['status'] === 'number')) {
    parseProblem(body, httpStatus, asked, out);
  } else {
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: 'not a DHL answer',
      ...(asked ? { trackingNumber: asked } : {}),
    });
  }
}

/** Any payload: the client's envelope, a bare answer or a problem body. Never throws. */
export function parseDhl(payload: unknown): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (isRec(payload) && Array.isArray(payload['answers'])) {
    const answers = recs(payload['answers']);
    for (const a of answers) {
      const status = typeof a['httpStatus'] === 'number' ? a['httpStatus'] : undefined;
      parseOne(a['body'], status, str(a['trackingNumber']), out);
    }
    if (answers.length === 0)
      out.messages.push({
        level: 'error',
        code: 'source_error',
        message: 'an envelope without answers',
      });
    return out;
  }
  parseOne(payload, undefined, undefined, out);
  return out;
}
