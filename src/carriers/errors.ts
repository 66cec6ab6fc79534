/**
 * @module carriers/errors
 * Typed transport errors. Only these leave a client, and each steers scheduling: auth →
 * disable the source and alert; rate-limited → wait Retry-After; unavailable → back off and
 * retry; expired → stop polling the number.
 */

export class CarrierAuthError extends Error {
  constructor(
    readonly sourceId: string,
    message = 'the source refused our credentials',
  ) {
    super(`${sourceId}: ${message}`);
    this.name = 'CarrierAuthError';
  }
}

export class CarrierRateLimitError extends Error {
  constructor(
    readonly sourceId: string,
    /** How long to wait before the next call, in ms (from Retry-After when sent). */
    readonly retryAfterMs: number,
  ) {
    super(`${sourceId}: rate limited, retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'CarrierRateLimitError';
  }
}

export class CarrierUnavailableError extends Error {
  constructor(
    readonly sourceId: string,
    message = 'the source is not answering',
    options?: { cause?: unknown },
  ) {
    super(`${sourceId}: ${message}`, options);
    this.name = 'CarrierUnavailableError';
  }
}

export class TrackingNumberExpiredError extends Error {
  constructor(
    readonly sourceId: string,
    readonly trackingNumber: string,
  ) {
    super(`${sourceId}: ${trackingNumber} is no longer tracked by the source`);
    this.name = 'TrackingNumberExpiredError';
  }
}

/** Reads a Retry-After header (seconds or an HTTP date) into ms; `fallbackMs` when absent. */
export function retryAfterMs(header: string | null, nowMs: number, fallbackMs: number): number {
  if (!header) return fallbackMs;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - nowMs);
}
