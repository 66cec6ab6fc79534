/**
 * @module log
 * The process logger (pino). Secrets never reach logs: credential-shaped keys are redacted
 * wherever they appear in a logged object, and URLs are logged without their query.
 */
import { type DestinationStream, type Logger, pino } from 'pino';

/** Keys whose values are never written, at any depth up to three levels. */
const SECRET_KEYS = [
  'authorization',
  'apiKey',
  'api_key',
  'apikey',
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'token',
  'accessToken',
  'access_token',
  'cookie',
  'DHL-API-Key',
  'X-Okapi-Key',
  '17token',
  'as-api-key',
];

const redactPaths = SECRET_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const dot = k.startsWith('[') ? '' : '.';
  return [k, `*${dot}${k}`, `*.*${dot}${k}`, `*.*.*${dot}${k}`];
});

export type { Logger };

export function createLogger(
  level: string,
  destination?: DestinationStream,
  base: Record<string, unknown> = {},
): Logger {
  return pino(
    {
      level,
      base: { app: 'trackline', ...base },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** A URL as it may be logged: origin and path only, since queries can carry keys. */
export function loggableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '[unparseable url]';
  }
}
