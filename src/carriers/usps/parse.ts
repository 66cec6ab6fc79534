/**
 * @module carriers/usps/parse
 * Pure half of the USPS adapter: Tracking 3.2 answers (`POST /tracking/v3r2/tracking`,
 * reference §6.4) → results and messages. The answer is an array of entries, one per number:
 * tracking details, or `{trackingNumber, error}` for a number USPS could not answer (a 207
 * mixes both). `eventTimestamp` is the local wall clock without offset; its zone is
 * `GMTOffset` when sent, else the instant in `GMTTimestamp`, else an IANA `eventTimeZone`.
 * The event code is `eventCode`, the text `eventType`. Also reads one entry alone, a
 * whole-request error body, the older v3 single answer, and the client's own items:
 * `{trackingNumber, body}` (an error body given to each number of a batch),
 * `{trackingNumber, skipped}` (hourly budget spent) and `{trackingNumber, absent}` (the
 * answer had no entry for it). Never throws.
 */
import { z } from 'zod';
import type {
  CarrierMessage,
  ParseOutput,
  SourceEvent,
  SourceResult,
  SourceTime,
} from '../types.js';
import { isKnownUspsCode, USPS_INVALID_TEXT, USPS_NOT_FOUND_TEXT, uspsEventCode } from './codes.js';

export const USPS_SOURCE_ID = 'usps';

const str = z.string().nullish();

const TrackingEvent = z.object({
  eventType: str,
  eventCode: str,
  eventTimestamp: z.string(),
  GMTTimestamp: str,
  GMTOffset: str,
  eventTimeZone: str,
  eventCity: str,
  eventState: str,
  eventZIP: str,
  eventZIPCode: str,
  eventCountry: str,
});

const Detail = z.object({
  trackingNumber: z.string(),
  originCountryCode: str,
  destinationCountryCode: str,
  expectedDeliveryTimeStamp: str,
  predictedDeliveryDate: str,
  trackingEvents: z.array(z.unknown()).default([]),
});

const ErrorDetail = z.object({ code: str, title: str, detail: str });
const ErrorBody = z.object({
  code: z.union([z.string(), z.number()]).nullish(),
  message: str,
  errors: z.array(ErrorDetail).default([]),
});
const ErrorAnswer = z.object({ error: ErrorBody });
const OAuthError = z.object({ error: z.string(), error_description: str });
const Entry = z.object({ trackingNumber: z.string(), error: ErrorBody });
const Reply = z.object({ trackingNumber: z.string(), body: z.unknown() });
const Skipped = z.object({ trackingNumber: z.string(), skipped: z.string() });
const Absent = z.object({ trackingNumber: z.string(), absent: z.string() });

type Msg = CarrierMessage;
const msg = (level: Msg['level'], code: Msg['code'], text: string, n?: string): Msg =>
  n === undefined
    ? { level, code, message: text }
    : { level, code, message: text, trackingNumber: n };

const WALL = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** '-5', '-0500', '-05:00' → '-05:00'; undefined when not an offset. */
function offsetOf(text: string | null | undefined): string | undefined {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  return `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
}

/** The zone facts an event carries, best first (see the module comment). */
export function uspsTime(e: z.infer<typeof TrackingEvent>): SourceTime | undefined {
  const m = WALL.exec(e.eventTimestamp.trim());
  if (!m) return undefined;
  const local = m[1]!;
  const offset = offsetOf(e.GMTOffset) ?? (m[2] && m[2] !== 'Z' ? offsetOf(m[2]) : undefined);
  if (offset) return { local, offset };
  const gmt = e.GMTTimestamp ? Date.parse(e.GMTTimestamp) : Number.NaN;
  if (Number.isFinite(gmt)) return { local, epochMs: gmt };
  if (e.eventTimeZone?.includes('/')) return { local, zone: e.eventTimeZone.trim() };
  return { local };
}

function place(e: z.infer<typeof TrackingEvent>): string | undefined {
  const parts = [e.eventCity, e.eventState, e.eventZIP ?? e.eventZIPCode, e.eventCountry]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function errorMessages(error: z.infer<typeof ErrorBody>, number: string | undefined): Msg[] {
  const texts = [error.message, ...error.errors.flatMap((d) => [d.title, d.detail])]
    .map((t) => t?.trim())
    .filter((t): t is string => !!t);
  const text = `USPS ${error.code ?? 'error'}: ${texts.join(' — ') || 'no detail'}`;
  const all = texts.join(' ');
  if (String(error.code) === '404' || USPS_NOT_FOUND_TEXT.test(all)) {
    return [msg('warning', 'not_found', text, number)];
  }
  if (USPS_INVALID_TEXT.test(all)) return [msg('warning', 'invalid_number', text, number)];
  return [msg('error', 'source_error', text, number)];
}

function toResult(d: z.infer<typeof Detail>, out: ParseOutput): void {
  const number = d.trackingNumber;
  const events: SourceEvent[] = [];
  const unknown = new Set<string>();
  for (const raw of d.trackingEvents) {
    const e = TrackingEvent.safeParse(raw);
    const time = e.success ? uspsTime(e.data) : undefined;
    if (!e.success || !time) {
      out.messages.push(msg('warning', 'partial', 'a USPS tracking event was unreadable', number));
      continue;
    }
    const code = e.data.eventCode?.trim() ? uspsEventCode(e.data.eventCode) : undefined;
    const event: SourceEvent = {
      trackingNumber: number,
      time,
      description: e.data.eventType?.trim() || code || '',
    };
    if (code) {
      event.code = code;
      if (!isKnownUspsCode(code)) unknown.add(code);
    }
    const location = place(e.data);
    if (location) event.location = location;
    event.language = 'en';
    events.push(event);
  }
  for (const code of unknown) {
    out.messages.push(
      msg('info', 'unknown_code', `USPS code '${code}' is not in our table`, number),
    );
  }
  const result: SourceResult = { trackingNumber: number, carrierId: 'usps', events, links: [] };
  if (d.originCountryCode?.trim()) result.originCountry = d.originCountryCode.trim();
  if (d.destinationCountryCode?.trim()) result.destinationCountry = d.destinationCountryCode.trim();
  const eta = d.predictedDeliveryDate ?? d.expectedDeliveryTimeStamp;
  if (eta && /^\d{4}-\d{2}-\d{2}/.test(eta)) {
    result.estimate = { earliest: eta.slice(0, 10), latest: eta.slice(0, 10) };
  }
  out.results.push(result);
}

function parseOne(payload: unknown, number: string | undefined, out: ParseOutput): void {
  const entry = Entry.safeParse(payload);
  if (entry.success) {
    out.messages.push(...errorMessages(entry.data.error, entry.data.trackingNumber));
    return;
  }
  const detail = Detail.safeParse(payload);
  if (detail.success) {
    toResult(detail.data, out);
    return;
  }
  const error = ErrorAnswer.safeParse(payload);
  if (error.success) {
    out.messages.push(...errorMessages(error.data.error, number));
    return;
  }
  const oauth = OAuthError.safeParse(payload);
  if (oauth.success) {
    const why = oauth.data.error_description ? `: ${oauth.data.error_description}` : '';
    out.messages.push(msg('error', 'source_error', `USPS ${oauth.data.error}${why}`, number));
    return;
  }
  const what =
    typeof payload === 'string' ? `not JSON: ${payload.slice(0, 80)}` : 'unexpected shape';
  out.messages.push(msg('error', 'source_error', `USPS answer unreadable (${what})`, number));
}

/** A v3r2 answer (array or one entry), an error body, or the client's output. */
export function parseUsps(payload: unknown): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (!Array.isArray(payload) || payload.length === 0) {
    parseOne(payload, undefined, out);
    return out;
  }
  for (const item of payload) {
    const reply = Reply.safeParse(item);
    const skipped = Skipped.safeParse(item);
    const absent = Absent.safeParse(item);
    if (reply.success && 'body' in (item as object)) {
      parseOne(reply.data.body, reply.data.trackingNumber, out);
    } else if (skipped.success) {
      const n = skipped.data.trackingNumber;
      out.messages.push(msg('info', 'partial', `not asked: ${skipped.data.skipped}`, n));
    } else if (absent.success) {
      const n = absent.data.trackingNumber;
      out.messages.push(msg('warning', 'partial', `no answer: ${absent.data.absent}`, n));
    } else {
      parseOne(item, undefined, out);
    }
  }
  return out;
}
