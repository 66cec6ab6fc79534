/**
 * @module carriers/cainiao/parse
 * Pure: Cainiao's `detail.json` answer → results and messages (reference §5). Accepts the
 * bare answer (as captured from the page) or the client's envelope `{mailNos, lang, body}`,
 * which names the numbers asked for so the matching module can be picked per number.
 * Times come from `timeStr` + `timeZone`, never the epoch `time`; the actionCode is the
 * event's code; `copyRealMailNo` / `destCpInfo` become a link; `globalEtaInfo` is kept as
 * the source's own estimate. An empty EXTERNAL module is "not found", an empty module
 * without it "not shipped yet".
 */
import { COUNTRY_NAMES, placeKey } from '../../core/classify/places.js';
import { isRec, type Rec, str, unknownCodeWarnings } from '../parse-kit.js';
import type {
  CarrierMessage,
  ParseOutput,
  SourceEvent,
  SourceLink,
  SourceResult,
  SourceTime,
} from '../types.js';
import { destCarrierId, isKnownActionCode } from './codes.js';

export const CAINIAO_SOURCE_ID = 'cainiao';

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** What the client hands to parse: the numbers asked for and the answer. */
export interface CainiaoEnvelope {
  mailNos: string[];
  lang: string;
  body: unknown;
}

/** 'GMT+8', 'GMT+08:00', 'GMT-3', 'UTC+0530', '+08:00' → '+08:00'; else undefined. */
export function offsetOf(timeZone: string): string | undefined {
  const s = timeZone.trim();
  if (/^(?:GMT|UTC|Z)$/i.test(s)) return '+00:00';
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(s);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Country name as Cainiao prints it ('Mainland China', 'Spain') → ISO alpha-2. */
function countryOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (/^[A-Z]{2}$/.test(name)) return name;
  return COUNTRY_NAMES.get(placeKey(name));
}

const CJK = /[\u3400-\u9fff]/;

function eventOf(mailNo: string, d: Rec, lang: string | undefined): SourceEvent | CarrierMessage {
  const local = str(d['timeStr']);
  const description = str(d['desc']) ?? str(d['standerdDesc']) ?? str(d['descTitle']) ?? '';
  if (!local) {
    return {
      level: 'warning',
      code: 'partial',
      message: `an event without timeStr was skipped: ${description.slice(0, 80)}`,
      trackingNumber: mailNo,
    };
  }
  const time: SourceTime = { local };
  const zoneText = str(d['timeZone']);
  const offset = zoneText ? offsetOf(zoneText) : undefined;
  if (offset) time.offset = offset;
  const event: SourceEvent = { trackingNumber: mailNo, time, description };
  const code = str(d['actionCode']);
  if (code) event.code = code;
  const language = CJK.test(description) ? 'zh-CN' : lang;
  if (language) event.language = language;
  return event;
}

/** The number the parcel continues under, from `copyRealMailNo` or the `realMailNo` prose. */
function linkOf(mailNo: string, m: Rec): SourceLink | undefined {
  const prose = str(m['realMailNo'])
    ?.split(/[\s:：]+/)
    .pop();
  const number = str(m['copyRealMailNo']) ?? (prose && /\d/.test(prose) ? prose : undefined);
  if (!number || number.toUpperCase() === mailNo.toUpperCase()) return undefined;
  const link: SourceLink = { number };
  const cp = isRec(m['destCpInfo']) ? m['destCpInfo'] : undefined;
  const name = str(cp?.['cpName']) ?? str(cp?.['cpCode']);
  if (name) link.carrierHint = destCarrierId(name) ?? name;
  return link;
}

function estimateOf(m: Rec): SourceResult['estimate'] {
  const eta = isRec(m['globalEtaInfo']) ? m['globalEtaInfo'] : undefined;
  const min = num(eta?.['deliveryMinTime']);
  const max = num(eta?.['deliveryMaxTime']);
  if (min === undefined && max === undefined) return undefined;
  const out: { earliest?: string; latest?: string } = {};
  if (min !== undefined) out.earliest = new Date(min).toISOString();
  if (max !== undefined) out.latest = new Date(max).toISOString();
  return out;
}

function parseModule(m: Rec, mailNo: string, lang: string | undefined, out: ParseOutput): void {
  const details = Array.isArray(m['detailList']) ? m['detailList'].filter(isRec) : [];
  if (details.length === 0) {
    const external = str(m['mailNoSource'])?.toUpperCase() === 'EXTERNAL';
    out.messages.push(
      external
        ? {
            level: 'info',
            code: 'not_found',
            message: 'Cainiao has no record of this number',
            trackingNumber: mailNo,
          }
        : {
            level: 'info',
            code: 'not_shipped_yet',
            message: 'the seller has not shipped yet',
            trackingNumber: mailNo,
          },
    );
    if (external) return;
  }
  const result: SourceResult = {
    trackingNumber: mailNo,
    carrierId: CAINIAO_SOURCE_ID,
    events: [],
    links: [],
  };
  const unknown = new Set<string>();
  for (const d of details) {
    const event = eventOf(mailNo, d, lang);
    if (!('time' in event)) {
      out.messages.push(event);
      continue;
    }
    if (event.code && !isKnownActionCode(event.code)) unknown.add(event.code);
    result.events.push(event);
  }
  out.messages.push(...unknownCodeWarnings(unknown, 'actionCode', mailNo));
  const link = linkOf(mailNo, m);
  if (link) result.links.push(link);
  const origin = countryOf(str(m['originCountry']));
  const destination = countryOf(str(m['destCountry']));
  if (origin) result.originCountry = origin;
  if (destination) result.destinationCountry = destination;
  const estimate = estimateOf(m);
  if (estimate) result.estimate = estimate;
  out.results.push(result);
}

const sourceError = (message: string): ParseOutput => ({
  results: [],
  messages: [{ level: 'error', code: 'source_error', message }],
});

function unwrap(payload: unknown): { body: unknown; asked?: string[]; lang?: string } {
  if (isRec(payload) && 'body' in payload && Array.isArray(payload['mailNos'])) {
    const asked = payload['mailNos'].filter((n): n is string => typeof n === 'string');
    const lang = str(payload['lang'])?.split('-')[0];
    return lang ? { body: payload['body'], asked, lang } : { body: payload['body'], asked };
  }
  return { body: payload };
}

export function parseCainiao(payload: unknown): ParseOutput {
  const { body, asked, lang } = unwrap(payload);
  if (typeof body === 'string') return sourceError(`not JSON: ${body.slice(0, 80)}`);
  if (!isRec(body) || !Array.isArray(body['module'])) {
    return sourceError('not a Cainiao tracking answer (no module list)');
  }
  if (body['success'] === false) return sourceError('Cainiao answered success: false');
  const modules = body['module'].filter(isRec);
  const out: ParseOutput = { results: [], messages: [] };
  const byNumber = new Map<string, Rec>();
  for (const m of modules) {
    const mailNo = str(m['mailNo'])?.toUpperCase();
    if (!mailNo) continue;
    const seen = byNumber.get(mailNo);
    const size = (r: Rec | undefined) =>
      Array.isArray(r?.['detailList']) ? r['detailList'].length : -1;
    if (!seen || size(m) > size(seen)) byNumber.set(mailNo, m);
  }
  const numbers = asked
    ? [...new Set(asked.map((n) => n.trim().toUpperCase()))]
    : [...byNumber.keys()];
  for (const mailNo of numbers) {
    const m = byNumber.get(mailNo);
    if (m) parseModule(m, mailNo, lang, out);
    else
      out.messages.push({
        level: 'warning',
        code: 'not_found',
        message: 'no module for this number in the answer',
        trackingNumber: mailNo,
      });
  }
  if (numbers.length === 0)
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'the answer holds no tracking module',
    });
  return out;
}
