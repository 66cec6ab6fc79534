/**
 * @module core/numbers/types
 * The contract of tracking-number intelligence. Pure data shapes; the functions live in
 * normalize.ts, validate.ts (formats/), detect.ts, suggest.ts, extract.ts, analyze.ts.
 */

/** Result of a check-digit test: 'none' when the format has no check digit. */
export type Checksum = 'valid' | 'invalid' | 'none';

/** What a pasted token is, as far as we can tell. */
export type InputKind = 'tracking' | 'order_number' | 'phone' | 'unknown';

/** Kinds of carrier in the registry (data/carriers.json). */
export type CarrierKind =
  | 'origin_consolidator'
  | 'postal_operator'
  | 'express'
  | 'last_mile'
  | 'aggregator';

/**
 * One number format a carrier uses: a shape (regex over the normalized number) and,
 * when the family has one, a check-digit rule. `formats/<family>.ts` implements it.
 */
export interface NumberFormat {
  /** Stable id, e.g. 's10', 'ups-1z', 'fedex-express-12', 'usps-impb'. */
  id: string;
  /** Family name shown to people, e.g. 'UPU S10', 'UPS 1Z'. */
  label: string;
  /** Full-match pattern over the normalized number (uppercase, no separators). */
  pattern: RegExp;
  /** Check-digit test; absent for formats without one. */
  check?: (normalized: string) => boolean;
}

/** One way to read a normalized number: a format and the carrier it points to. */
export interface FormatMatch {
  formatId: string;
  carrierId: string;
  /** Service or product the number tells us, e.g. 'EMS', 'Registered letter', 'Ground'. */
  service?: string;
  checksum: Checksum;
  /** ISO 3166-1 alpha-2 country the number tells us (S10 issuer), when it does. */
  country?: string;
  /** 0..1 before ranking: how specific the shape is and whether a checksum passed. */
  confidence: number;
}

/** A ranked candidate as shown to people and in `trackline detect --json`. */
export interface Candidate {
  carrierId: string;
  carrierName: string;
  service?: string;
  /** 0..1, candidates sorted by it, highest first. */
  confidence: number;
  checksum: Checksum;
  country?: string;
}

/** Things people paste by mistake, recognised so we can say what they are. */
export type Lookalike =
  | 'aliexpress_order'
  | 'alibaba_order'
  | 'shop_order'
  | 'phone'
  | 'date'
  | 'price'
  | 'email'
  | 'postal_code';

/** Everything we know about one pasted token: the `trackline detect --json` element. */
export interface Detection {
  input: string;
  normalized: string;
  kind: InputKind;
  candidates: Candidate[];
  /** "Did you mean …?" numbers one slip away that pass their check digit, best first. */
  suggestions: string[];
  /** When the token is not a tracking number but something we recognise. */
  lookalike?: Lookalike;
}
