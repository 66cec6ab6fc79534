/**
 * @module errors
 * The one catalogue of Trackline error codes. Each code has an HTTP status and a message
 * template (`%s` is replaced by the details). docs/errors.md lists the same codes; a test
 * holds the two in step.
 */

export const ERRORS = {
  TRK_ERR_BAD_REQUEST: { status: 400, message: 'The request is not valid: %s' },
  TRK_ERR_NUMBER_EMPTY: { status: 400, message: 'No tracking number was given.' },
  TRK_ERR_TOO_MANY_NUMBERS: {
    status: 400,
    message: 'Too many numbers at once: %s. Paste at most 40.',
  },
  TRK_ERR_ORDER_INVALID: { status: 400, message: 'The order details are not valid: %s' },
  TRK_ERR_WEBHOOK_SIGNATURE: {
    status: 401,
    message: 'The webhook signature does not match for source %s.',
  },
  TRK_ERR_OPERATOR_AUTH: {
    status: 401,
    message: 'The operator pages need the operator token (HTTP Basic password or Bearer).',
  },
  TRK_ERR_OPERATOR_LOCAL_ONLY: {
    status: 403,
    message:
      'The operator pages answer only on the machine Trackline runs on, because no operator token is set (TRACKLINE_OPERATOR_TOKEN).',
  },
  TRK_ERR_CROSS_SITE: {
    status: 403,
    message: 'This form was sent from another site; open the page here and send it again.',
  },
  TRK_ERR_NOT_FOUND: { status: 404, message: 'There is no page at %s.' },
  TRK_ERR_PARCEL_NOT_FOUND: { status: 404, message: 'No parcel is known under %s.' },
  TRK_ERR_CARRIER_UNSUPPORTED: {
    status: 422,
    message: 'No configured source can track %s.',
  },
  TRK_ERR_RATE_LIMITED: { status: 429, message: 'Too many requests; try again in %s seconds.' },
  TRK_ERR_CONFIG_INVALID: { status: 500, message: 'Configuration is not valid: %s' },
  TRK_ERR_INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  TRK_ERR_SOURCE_UNAVAILABLE: {
    status: 503,
    message: 'The carrier source %s is not answering right now.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An error with a catalogue code: rendered as JSON or an HTML page by the web layer. */
export class TracklineError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const entry = ERRORS[code];
    super(entry.message.replace('%s', detail ?? ''), options);
    this.name = 'TracklineError';
    this.code = code;
    this.status = entry.status;
  }
}

export function isTracklineError(error: unknown): error is TracklineError {
  return error instanceof TracklineError;
}
