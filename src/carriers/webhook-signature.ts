/**
 * @module carriers/webhook-signature
 * What the webhook receivers of the push-capable sources (AfterShip, 17TRACK) share: reading
 * a signature header from either a fetch Headers or a Node header record, and comparing the
 * digest a push carries with the one we compute, in constant time. Each source keeps its own
 * digest formula and the header it reads.
 */
import { timingSafeEqual } from 'node:crypto';

export type WebhookHeaders = Headers | Readonly<Record<string, string | string[] | undefined>>;

/** The first value of header `name` (lower case), whatever form the headers come in. */
export function webhookHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/**
 * True when the digest a push sent equals the expected one, both in `encoding`; the bytes
 * are compared in constant time (digests of different lengths never match).
 */
export function digestsMatch(sent: string, expected: string, encoding: 'hex' | 'base64'): boolean {
  const given = Buffer.from(sent, encoding);
  const wanted = Buffer.from(expected, encoding);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
