/**
 * @module carriers/ups/parse
 * Pure half of the UPS adapter: Track API v1 answers (`GET /api/track/v1/details/{n}`,
 * reference §6.2) → results and messages. An activity's wall clock is `date` (YYYYMMDD) +
 * `time` (HHMMSS), local to the scan; its zone is `gmtOffset` when sent, else the instant
 * from `gmtDate` + `gmtTime`, else the zone of the scan's country or city when that is
 * certain. The code is 'TYPE:CODE' (e.g. 'I:OT'). A `USPS_PIC` alternate number is a link
 * to the USPS leg. Accepts one documented answer, the documented error body, or the
 * client's array of `{inquiryNumber, body}` replies. Never throws.
 */
import { z } from 'zod';
import { parseLocation } from '../../core/classify/location.js';
import { zoneForPlace } from '../../core/timeline/zones.js';
import type {
  CarrierMessage,
  ParseOutput,
  SourceEvent,
  SourceLink,
  SourceResult,
  SourceTime,
} from '../types.js';
import {
  isKnownUpsType,
  UPS_INVALID_CODES,
  UPS_NOT_FOUND_CODES,
  UPS_NOT_FOUND_TEXT,
  upsEventCode,
} from './codes.js';

export const UPS_SOURCE_ID = 'ups';

const str = z.string().optional();
const Address = z
  .object({ city: str, stateProvince: str, postalCode: str, country: str, countryCode: str })
  .optional();
const Status = z.object({ type: str, code: str, description: str }).optional();
const Activity = z.object({
  date: z.string(),
  time: z.string(),
  gmtDate: str,
  gmtTime: str,
  gmtOffset: str,
  location: z.object({ address: Address }).optional(),
  status: Status,
});
const Package = z.object({
  trackingNumber: z.string(),
  activity: z.array(z.unknown()).default([]),
  deliveryDate: z.array(z.object({ type: str, date: str })).optional(),
  packageAddress: z.array(z.object({ type: str, address: Address })).optional(),
  alternateTrackingNumber: z.array(z.object({ number: str, type: str })).optional(),
});
const Notice = z.object({ code: z.string().default(''), message: z.string().default('') });
const Shipment = z.object({
  inquiryNumber: str,
  package: z.array(z.unknown()).default([]),
  warnings: z.array(Notice).default([]),
});
const TrackAnswer = z.object({ trackResponse: z.object({ shipment: z.array(z.unknown()) }) });
const ErrorAnswer = z.object({ response: z.object({ errors: z.array(Notice).min(1) }) });
const Reply = z.object({ inquiryNumber: z.string(), body: z.unknown() });

type Msg = CarrierMessage;
const msg = (level: Msg['level'], code: Msg['code'], text: string, n?: string): Msg =>
  n === undefined
    ? { level, code, message: text }
    : { level, code, message: text, trackingNumber: n };

/** 'YYYYMMDD' + 'HHMMSS' (or 'HMMSS') → 'YYYY-MM-DDTHH:MM:SS'. */
function wallClock(date: string, time: string): string | undefined {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date.trim());
  const t = /^(\d{2})(\d{2})(\d{2})$/.exec(time.trim().padStart(6, '0'));
  if (!d || !t) return undefined;
  return `${d[1]}-${d[2]}-${d[3]}T${t[1]}:${t[2]}:${t[3]}`;
}

function place(a: z.infer<typeof Address>): string | undefined {
  if (!a) return undefined;
  const parts = [a.city, a.stateProvince, a.countryCode ?? a.country].filter((p) => p?.trim());
  return parts.length > 0 ? parts.map((p) => p!.trim()).join(', ') : undefined;
}

/** The zone facts an activity carries, best first (see the module comment). */
export function upsTime(a: z.infer<typeof Activity>, location?: string): SourceTime | undefined {
  const local = wallClock(a.date, a.time);
  if (!local) return undefined;
  const offset = a.gmtOffset?.trim();
  if (offset && /^[+-]\d{2}:\d{2}$/.test(offset)) return { local, offset };
  const gmt = a.gmtDate && a.gmtTime ? wallClock(a.gmtDate, a.gmtTime) : undefined;
  if (gmt) return { local, epochMs: Date.parse(`${gmt}Z`) };
  const guess = location ? zoneForPlace(parseLocation(location)) : null;
  if (guess && !guess.note) return { local, zone: guess.zone };
  return { local };
}

function country(a: z.infer<typeof Address>): string | undefined {
  return (a?.countryCode ?? a?.country)?.trim() || undefined;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD'. */
const isoDate = (d: string | undefined) =>
  d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : undefined;

function toResult(raw: unknown, fallback: string | undefined, out: ParseOutput): void {
  const parsed = Package.safeParse(raw);
  if (!parsed.success) {
    out.messages.push(msg('error', 'source_error', 'a UPS package was unreadable', fallback));
    return;
  }
  const p = parsed.data;
  const events: SourceEvent[] = [];
  const unknown = new Set<string>();
  for (const item of p.activity) {
    const a = Activity.safeParse(item);
    const location = a.success ? place(a.data.location?.address) : undefined;
    const time = a.success ? upsTime(a.data, location) : undefined;
    if (!a.success || !time) {
      out.messages.push(
        msg('warning', 'partial', 'a UPS activity was unreadable', p.trackingNumber),
      );
      continue;
    }
    const status = a.data.status;
    const code = upsEventCode(status?.type, status?.code);
    const event: SourceEvent = {
      trackingNumber: p.trackingNumber,
      time,
      description: status?.description?.trim() || code || '',
    };
    if (code) event.code = code;
    if (status?.type && !isKnownUpsType(status.type)) unknown.add(code ?? status.type);
    if (location) event.location = location;
    event.language = 'en';
    events.push(event);
  }
  for (const code of unknown) {
    out.messages.push(
      msg('info', 'unknown_code', `UPS code '${code}' has a type we do not know`, p.trackingNumber),
    );
  }
  const links: SourceLink[] = [];
  for (const alt of p.alternateTrackingNumber ?? []) {
    if (alt.number && alt.type?.toUpperCase().startsWith('USPS')) {
      links.push({ number: alt.number, carrierHint: 'usps' });
    }
  }
  const result: SourceResult = {
    trackingNumber: p.trackingNumber,
    carrierId: 'ups',
    events,
    links,
  };
  for (const pa of p.packageAddress ?? []) {
    const c = country(pa.address);
    if (c && pa.type?.toUpperCase() === 'ORIGIN') result.originCountry = c;
    if (c && pa.type?.toUpperCase() === 'DESTINATION') result.destinationCountry = c;
  }
  const dates = p.deliveryDate ?? [];
  const due = dates.find((d) => d.type === 'RDD') ?? dates.find((d) => d.type === 'SDD');
  const eta = isoDate(due?.date);
  if (eta) result.estimate = { earliest: eta, latest: eta };
  out.results.push(result);
}

function notice(n: z.infer<typeof Notice>, number: string | undefined, level: Msg['level']): Msg {
  const text = `UPS ${n.code}: ${n.message}`.trim();
  if (UPS_NOT_FOUND_CODES.has(n.code) || UPS_NOT_FOUND_TEXT.test(n.message)) {
    return msg('warning', 'not_found', text, number);
  }
  if (UPS_INVALID_CODES.has(n.code)) return msg('warning', 'invalid_number', text, number);
  return msg(level, 'source_error', text, number);
}

function parseAnswer(payload: unknown, number: string | undefined, out: ParseOutput): void {
  const error = ErrorAnswer.safeParse(payload);
  if (error.success) {
    for (const e of error.data.response.errors) out.messages.push(notice(e, number, 'error'));
    return;
  }
  const answer = TrackAnswer.safeParse(payload);
  if (!answer.success) {
    const what =
      typeof payload === 'string' ? `not JSON: ${payload.slice(0, 80)}` : 'unexpected shape';
    out.messages.push(msg('error', 'source_error', `UPS answer unreadable (${what})`, number));
    return;
  }
  for (const raw of answer.data.trackResponse.shipment) {
    const shipment = Shipment.safeParse(raw);
    if (!shipment.success) {
      out.messages.push(msg('error', 'source_error', 'a UPS shipment was unreadable', number));
      continue;
    }
    const s = shipment.data;
    const inquiry = s.inquiryNumber ?? number;
    if (s.package.length === 0) {
      const warnings = s.warnings.length > 0 ? s.warnings : [{ code: '', message: 'not found' }];
      for (const w of warnings) out.messages.push(notice(w, inquiry, 'warning'));
    }
    for (const pkg of s.package) toResult(pkg, inquiry, out);
  }
}

/** One documented answer, its error body, or an array of `{inquiryNumber, body}` replies. */
export function parseUps(payload: unknown): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (Array.isArray(payload) && payload.length > 0) {
    for (const item of payload) {
      const reply = Reply.safeParse(item);
      if (reply.success) parseAnswer(reply.data.body, reply.data.inquiryNumber, out);
      else parseAnswer(item, undefined, out);
    }
  } else {
    parseAnswer(payload, undefined, out);
  }
  return out;
}
