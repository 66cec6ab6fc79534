/**
 * @module carriers/fedex/parse
 * Pure half of the FedEx adapter: a Track API v1 answer (`POST /track/v1/trackingnumbers`,
 * reference §6.3) → results and messages. Scan times keep the wall clock and the offset
 * FedEx sends in `date` ('2026-03-02T08:14:00-05:00'); the event code is `eventType`
 * (else `derivedStatusCode`). Per-number errors inside the 200 body become messages
 * (NOTFOUND → 'not_found'); request-level `errors[]` become 'source_error'. The client's
 * batches arrive as an array of answers. Never throws.
 */
import { z } from 'zod';
import { parseLocation } from '../../core/classify/location.js';
import { zoneForPlace } from '../../core/timeline/zones.js';
import type {
  CarrierMessage,
  ParseOutput,
  SourceEvent,
  SourceResult,
  SourceTime,
} from '../types.js';
import { FEDEX_ERROR_CODES, isKnownFedexCode } from './codes.js';

export const FEDEX_SOURCE_ID = 'fedex';

const str = z.string().optional();

const Address = z
  .object({ city: str, stateOrProvinceCode: str, postalCode: str, countryCode: str })
  .optional();

const ScanEvent = z.object({
  date: z.string(),
  eventType: str,
  eventDescription: str,
  derivedStatusCode: str,
  exceptionCode: str,
  exceptionDescription: str,
  scanLocation: Address,
});

const ErrorItem = z.object({ code: z.string(), message: str });

const TrackResult = z.object({
  trackingNumberInfo: z.object({ trackingNumber: str, carrierCode: str }).optional(),
  dateAndTimes: z.array(z.object({ type: str, dateTime: str })).optional(),
  scanEvents: z.array(z.unknown()).optional(),
  shipperInformation: z.object({ address: Address }).optional(),
  recipientInformation: z.object({ address: Address }).optional(),
  error: ErrorItem.optional(),
});

const Complete = z.object({ trackingNumber: str, trackResults: z.array(z.unknown()).default([]) });

const Answer = z.union([
  z.object({
    output: z.object({ completeTrackResults: z.array(z.unknown()) }),
  }),
  z.object({ errors: z.array(ErrorItem).min(1) }),
]);

const WALL_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** '2026-03-02T08:14:00-05:00' → local + offset; a bare 'Z' is offset +00:00. */
export function fedexTime(date: string): SourceTime | undefined {
  const m = WALL_WITH_OFFSET.exec(date.trim());
  if (!m) return undefined;
  const local = m[1]!;
  const zone = m[2];
  if (!zone) return { local };
  if (zone === 'Z') return { local, offset: '+00:00' };
  const offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { local, offset };
}

function place(a: z.infer<typeof Address>): string | undefined {
  if (!a) return undefined;
  const parts = [a.city, a.stateOrProvinceCode, a.countryCode]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function message(
  level: CarrierMessage['level'],
  code: CarrierMessage['code'],
  text: string,
  trackingNumber?: string,
): CarrierMessage {
  const m: CarrierMessage = { level, code, message: text };
  if (trackingNumber !== undefined) m.trackingNumber = trackingNumber;
  return m;
}

function errorMessage(error: z.infer<typeof ErrorItem>, trackingNumber?: string): CarrierMessage {
  const code = FEDEX_ERROR_CODES[error.code] ?? 'source_error';
  const text = `FedEx ${error.code}${error.message ? `: ${error.message}` : ''}`;
  return message(code === 'source_error' ? 'error' : 'warning', code, text, trackingNumber);
}

function toEvent(
  raw: unknown,
  number: string,
  out: ParseOutput,
  unknown: Set<string>,
): SourceEvent | undefined {
  const scan = ScanEvent.safeParse(raw);
  const time = scan.success ? fedexTime(scan.data.date) : undefined;
  if (!scan.success || !time) {
    out.messages.push(message('warning', 'partial', 'a scan event was unreadable', number));
    return undefined;
  }
  const s = scan.data;
  const location = place(s.scanLocation);
  if (!time.offset && location) {
    // FedEx documents an offset on every scan; when one comes without, a certain zone helps.
    const guess = zoneForPlace(parseLocation(location));
    if (guess && !guess.note) time.zone = guess.zone;
  }
  const code = s.eventType?.trim() || s.derivedStatusCode?.trim();
  const text = [s.eventDescription, s.exceptionDescription].filter((t) => t?.trim()).join(': ');
  const event: SourceEvent = { trackingNumber: number, time, description: text || code || '' };
  if (code) {
    event.code = code;
    if (!isKnownFedexCode(code)) unknown.add(code);
  }
  if (location) event.location = location;
  event.language = 'en';
  return event;
}

function toResult(raw: unknown, fallback: string | undefined, out: ParseOutput): void {
  const parsed = TrackResult.safeParse(raw);
  if (!parsed.success) {
    out.messages.push(message('error', 'source_error', 'a track result was unreadable', fallback));
    return;
  }
  const r = parsed.data;
  const number = r.trackingNumberInfo?.trackingNumber ?? fallback ?? '';
  if (r.error) {
    out.messages.push(errorMessage(r.error, number));
    return;
  }
  const unknown = new Set<string>();
  const events: SourceEvent[] = [];
  for (const scan of r.scanEvents ?? []) {
    const event = toEvent(scan, number, out, unknown);
    if (event) events.push(event);
  }
  for (const code of unknown) {
    out.messages.push(
      message('info', 'unknown_code', `FedEx code '${code}' is not in our table`, number),
    );
  }
  const result: SourceResult = { trackingNumber: number, carrierId: 'fedex', events, links: [] };
  const origin = r.shipperInformation?.address?.countryCode;
  const destination = r.recipientInformation?.address?.countryCode;
  if (origin) result.originCountry = origin;
  if (destination) result.destinationCountry = destination;
  const eta = r.dateAndTimes?.find((d) => d.type === 'ESTIMATED_DELIVERY')?.dateTime;
  if (eta && /^\d{4}-\d{2}-\d{2}/.test(eta)) {
    result.estimate = { earliest: eta.slice(0, 10), latest: eta.slice(0, 10) };
  }
  out.results.push(result);
}

function parseAnswer(payload: unknown, out: ParseOutput): void {
  const answer = Answer.safeParse(payload);
  if (!answer.success) {
    const what =
      typeof payload === 'string' ? `not JSON: ${payload.slice(0, 80)}` : 'unexpected shape';
    out.messages.push(message('error', 'source_error', `FedEx answer unreadable (${what})`));
    return;
  }
  if ('errors' in answer.data) {
    for (const error of answer.data.errors) out.messages.push(errorMessage(error));
    return;
  }
  for (const raw of answer.data.output.completeTrackResults) {
    const complete = Complete.safeParse(raw);
    if (!complete.success) {
      out.messages.push(message('error', 'source_error', 'a complete track result was unreadable'));
      continue;
    }
    for (const tr of complete.data.trackResults) toResult(tr, complete.data.trackingNumber, out);
  }
}

/** A Track API answer, or an array of them (one per batch of the client). */
export function parseFedex(payload: unknown): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (Array.isArray(payload) && payload.length > 0) {
    for (const answer of payload) parseAnswer(answer, out);
  } else {
    parseAnswer(payload, out);
  }
  return out;
}
