/**
 * @module carriers/seventeen-track/webhook
 * The pieces a webhook receiver needs for 17TRACK pushes (reference §4.4): the signature
 * check and the parse of `{event, data}` for TRACKING_UPDATED and TRACKING_STOPPED.
 * Signature: header `sign` = hex(SHA-256(rawBody + "/" + key)), the key being the API key
 * (17TRACK has no separate webhook secret). 17TRACK's own v2.2 page could not be read here;
 * three independent integrations agree on this formula, one of them quoting the official v2
 * document (docs/sources.md has the addresses). One of them also says TRACKING_STOPPED
 * pushes come without `sign`: we still refuse an unsigned push (a forged stop would end
 * polling of a parcel), so such a push, if real, leaves polling as it was.
 */
import { createHash } from 'node:crypto';
import { readJson } from '../http.js';
import type { ParseOutput } from '../types.js';
import { digestsMatch, type WebhookHeaders, webhookHeader } from '../webhook-signature.js';
import { carrierIdOf } from './codes.js';
import { isRec, parseItem, str } from './parse.js';

export type { WebhookHeaders } from '../webhook-signature.js';

/** The `sign` 17TRACK sends for a body and key (see the module note for the sources). */
export function webhookSignature(rawBody: string | Uint8Array, secret: string): string {
  return createHash('sha256')
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .update(`/${secret}`, 'utf8')
    .digest('hex');
}

/** True when the `sign` header matches the raw body and key (constant-time compare). */
export function verifyWebhook(
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  secret: string,
): boolean {
  const sent = webhookHeader(headers, 'sign')?.trim().toLowerCase();
  if (!sent || !/^[0-9a-f]{64}$/.test(sent) || secret === '') return false;
  return digestsMatch(sent, webhookSignature(rawBody, secret), 'hex');
}

export type WebhookEvent = 'TRACKING_UPDATED' | 'TRACKING_STOPPED';

export interface ParsedWebhook {
  /** The push's kind; undefined for a body that is not a 17TRACK push. */
  event?: WebhookEvent;
  trackingNumber?: string;
  /** Registry carrier id of the number's main carrier, when 17TRACK names a known one. */
  carrierId?: string;
  /** TRACKING_UPDATED: the number's results; TRACKING_STOPPED: none (the engine stops it). */
  output: ParseOutput;
}

const EVENTS: ReadonlySet<string> = new Set<WebhookEvent>(['TRACKING_UPDATED', 'TRACKING_STOPPED']);

/** A push body (parsed JSON or the raw text) → what it says. Never throws. */
export function parseWebhook(body: unknown): ParsedWebhook {
  const value = typeof body === 'string' ? readJson(body) : body;
  const fail = (message: string): ParsedWebhook => ({
    output: { results: [], messages: [{ level: 'error', code: 'source_error', message }] },
  });
  if (!isRec(value)) return fail('webhook body is not a JSON object');
  const event = str(value['event']);
  const data = value['data'];
  if (!event || !EVENTS.has(event)) return fail(`unknown webhook event ${event ?? '(none)'}`);
  if (!isRec(data)) return fail(`${event} without data`);
  const out: ParsedWebhook = {
    event: event as WebhookEvent,
    output: { results: [], messages: [] },
  };
  const number = str(data['number']);
  if (number) out.trackingNumber = number;
  const carrierId = carrierIdOf(data['carrier']);
  if (carrierId) out.carrierId = carrierId;
  if (out.event === 'TRACKING_UPDATED') parseItem(data, out.output);
  return out;
}
