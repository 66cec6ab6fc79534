/**
 * @module carriers/webhooks
 * The push-capable sources, by source id: which setting holds the secret a push is signed
 * with, how to check the signature and how to read the body. 17TRACK signs with its API key;
 * AfterShip with the webhook secret of the account (`TRACKLINE_AFTERSHIP_WEBHOOK_SECRET`).
 * A push may also say the source stopped tracking a number (`stoppedNumbers`). Also which
 * request headers are never stored (credentials and signatures).
 */
import * as afterShip from './aftership/webhook.js';
import * as seventeenTrack from './seventeen-track/webhook.js';
import type { ParseOutput } from './types.js';
import type { WebhookHeaders } from './webhook-signature.js';

export interface WebhookReceiver {
  readonly sourceId: string;
  /** The secret from the source's validated settings; undefined when none is set. */
  secretOf(config: unknown): string | undefined;
  verify(headers: WebhookHeaders, rawBody: string | Uint8Array, secret: string): boolean;
  /** Never throws; an unreadable body gives no results and a `source_error` message. */
  parse(body: string): ParsedPush;
}

export interface ParsedPush {
  event?: string;
  output: ParseOutput;
  /** Numbers the source says it stopped tracking: polling them through it is pointless. */
  stoppedNumbers?: readonly string[];
}

/** A 17TRACK push; TRACKING_STOPPED names the number 17TRACK no longer follows. */
function parseSeventeenTrack(body: string): ParsedPush {
  const parsed = seventeenTrack.parseWebhook(body);
  if (parsed.event !== 'TRACKING_STOPPED' || !parsed.trackingNumber) return parsed;
  return { ...parsed, stoppedNumbers: [parsed.trackingNumber] };
}

function setting(config: unknown, field: string): string | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const value: unknown = (config as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export const WEBHOOK_RECEIVERS: ReadonlyMap<string, WebhookReceiver> = new Map([
  [
    '17track',
    {
      sourceId: '17track',
      secretOf: (config) => setting(config, 'apiKey'),
      verify: seventeenTrack.verifyWebhook,
      parse: parseSeventeenTrack,
    },
  ],
  [
    'aftership',
    {
      sourceId: 'aftership',
      secretOf: (config) => setting(config, 'webhookSecret'),
      verify: afterShip.verifyWebhook,
      parse: afterShip.parseWebhook,
    },
  ],
]);

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'sign',
  afterShip.SIGNATURE_HEADER,
]);

/** The headers worth keeping with a stored push: no credential, signature or key. */
export function storableHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || SECRET_HEADERS.has(key)) continue;
    if (/key|token|secret|signature|auth/.test(key)) continue;
    out[key] = value;
  }
  return out;
}
