/**
 * @module carriers/laposte/parse
 * Pure: a La Poste "Suivi" v2 answer (reference §6.5) → results and messages. One id answers
 * `{lang, scope, returnCode, shipment{idShip, product, event[]…}}`; several ids answer an
 * array of those. A per-id `returnCode` other than 200/207 (104 unknown, 400 bad format…)
 * becomes a message; an Okapi gateway error `{code, message}` a source error. Events come
 * newest-first with an ISO `date` carrying its offset; the code is the event's code.
 */

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
} from '../parse-kit.js';
import type { ParseOutput, SourceResult, SourceTime } from '../types.js';
import { carrierIdOfProduct, isKnownEventCode, OK_CODES, RETURN_CODES } from './codes.js';

export const LAPOSTE_SOURCE_ID = 'laposte';

export { isRec } from '../parse-kit.js';

/** An event `date` → wall clock + offset; a date without offset is read as Paris time. */
export function timeOf(text: string | undefined): SourceTime | undefined {
  const m = text ? ISO_DATE_TIME.exec(text) : null;
  if (!m?.[1]) return undefined;
  return localTime(m[1], m[2], 'Europe/Paris');
}

/** 'fr_FR' → 'fr', 'en_GB' → 'en'. */
const languageOf = (lang: string | undefined) => lang?.slice(0, 2).toLowerCase();

function parseShipment(s: Rec, lang: string | undefined, out: ParseOutput): void {
  const number = str(s['idShip']);
  if (!number) {
    out.messages.push({
      level: 'warning',
      code: 'source_error',
      message: 'a shipment without idShip',
    });
    return;
  }
  const result: SourceResult = { trackingNumber: number, events: [], links: [] };
  const carrierId = carrierIdOfProduct(str(s['product']));
  if (carrierId) result.carrierId = carrierId;
  const context = rec(s['contextData']);
  const origin = countryCode(context?.['originCountry']);
  const destination = countryCode(context?.['arrivalCountry']);
  if (origin) result.originCountry = origin;
  if (destination) result.destinationCountry = destination;
  const language = languageOf(lang);
  const unknown = new Set<string>();
  for (const e of recs(s['event'])) {
    const description = str(e['label']) ?? '';
    const time = timeOf(str(e['date']));
    if (!time) {
      out.messages.push(skippedEvent('an event without a readable date', description, number));
      continue;
    }
    const code = str(e['code']);
    const event = codedEvent(number, time, description, code, isKnownEventCode, unknown);
    if (language) event.language = language;
    result.events.push(event);
  }
  if (result.events.length === 0) {
    out.messages.push({
      level: 'info',
      code: 'not_found',
      message: 'La Poste has no events for this number yet',
      trackingNumber: number,
    });
    return;
  }
  const delivery = str(s['estimDate']) ?? str(s['estimatedDeliveryDate']);
  if (delivery && s['isFinal'] !== true) result.estimate = { latest: delivery };
  out.messages.push(...unknownCodeWarnings(unknown, 'La Poste event code', number));
  out.results.push(result);
}

/** One per-id answer `{returnCode, shipment | returnMessage, idShip}`. */
function parseAnswer(a: Rec, out: ParseOutput): void {
  const returnCode =
    typeof a['returnCode'] === 'number' ? a['returnCode'] : Number(a['returnCode']);
  const shipment = rec(a['shipment']);
  if (OK_CODES.has(returnCode) && shipment) {
    parseShipment(shipment, str(a['lang']), out);
    return;
  }
  const number = str(a['idShip']) ?? str(shipment?.['idShip']);
  const base = number ? { trackingNumber: number } : {};
  const text = str(a['returnMessage']) ?? str(a['message']);
  if (!Number.isFinite(returnCode)) {
    // The Okapi gateway answers `{code, message}` for a refused key or a quota.
    const code = str(a['code']);
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: code
        ? `La Poste gateway error ${code}: ${text ?? 'no message'}`
        : 'not a La Poste answer',
      ...base,
    });
    return;
  }
  const meaning = RETURN_CODES.get(returnCode);
  out.messages.push({
    level: meaning?.level ?? 'warning',
    code: meaning?.code ?? 'source_error',
    message: `${meaning?.text ?? `La Poste return code ${returnCode}`}${text ? `: ${text}` : ''}`,
    ...base,
  });
}

/** Any payload: one answer, an array of answers, or a gateway error. Never throws. */
export function parseLaPoste(payload: unknown): ParseOutput {
  const out: ParseOutput = { results: [], messages: [] };
  if (typeof payload === 'string') {
    out.messages.push({
      level: 'error',
      code: 'source_error',
      message: `not JSON: ${payload.slice(0, 80)}`,
    });
    return out;
  }
  const answers = Array.isArray(payload) ? recs(payload) : isRec(payload) ? [payload] : [];
  if (answers.length === 0) {
    out.messages.push({ level: 'error', code: 'source_error', message: 'not a La Poste answer' });
    return out;
  }
  for (const a of answers) parseAnswer(a, out);
  return out;
}
