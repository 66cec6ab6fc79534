/**
 * @module carriers/aftership/webhook
 * The pieces a webhook receiver needs for AfterShip Tracking pushes: the signature check
 * and the parse of `{event, event_id, msg, ts}` (msg is a tracking object). AfterShip's
 * webhook-signature page documents the check: header `aftership-hmac-sha256` carries the
 * base64 HMAC-SHA256 of the raw request body, keyed with the account's webhook secret.
 */
import { createHmac } from 'node:crypto';
import { readJson } from '../http.js';
import type { ParseOutput } from '../types.js';
import { digestsMatch, type WebhookHeaders, webhookHeader } from '../webhook-signature.js';
import { carrierIdOfSlug } from './codes.js';
import { isRec, parseTracking, str } from './parse.js';

export type { WebhookHeaders } from '../webhook-signature.js';

export const SIGNATURE_HEADER = 'aftership-hmac-sha256';

/** The signature AfterShip sends for a raw body and secret (base64). */
export function webhookSignature(rawBody: string | Uint8Array, secret: string): string {
  return createHmac('sha256', secret)
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .digest('base64');
}

/** True when `aftership-hmac-sha256` matches the raw body and secret (constant-time). */
export function verifyWebhook(
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  secret: string,
): boolean {
  const sent = webhookHeader(headers, SIGNATURE_HEADER)?.trim();
  if (!sent || secret === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(sent)) return false;
  return digestsMatch(sent, webhookSignature(rawBody, secret), 'base64');
}

export interface ParsedWebhook {
  /** e.g. 'tracking_update'; undefined for a body that is not an AfterShip push. */
  event?: string;
  eventId?: string;
  trackingNumber?: string;
  /** Registry carrier id of the tracking's courier, when AfterShip names a known one. */
  carrierId?: string;
  output: ParseOutput;
}

/** A push body (parsed JSON or the raw text) → what it says. Never throws. */
export function parseWebhook(body: unknown): ParsedWebhook {
  const value = typeof body === 'string' ? readJson(body) : body;
  const fail = (message: string): ParsedWebhook => ({
    output: { results: [], messages: [{ level: 'error', code: 'source_error', message }] },
  });
  if (!isRec(value)) return fail('webhook body is not a JSON object');
  const event = str(value['event']);
  const msg = value['msg'];
  if (!event) return fail('webhook without an event');
  if (!isRec(msg)) return fail(`${event} without msg`);
  const out: ParsedWebhook = { event, output: { results: [], messages: [] } };
  const eventId = str(value['event_id']);
  if (eventId) out.eventId = eventId;
  const number = str(msg['tracking_number']);
  if (number) out.trackingNumber = number;
  const carrierId = carrierIdOfSlug(msg['slug']);
  if (carrierId) out.carrierId = carrierId;
  parseTracking(msg, out.output);
  return out;
}
