/**
 * @module core/numbers/registry
 * The carrier registry (data/carriers.json) with typed access. The JSON is checked when
 * this module loads: a malformed entry, a duplicate id, two operators for one S10 country
 * or a format id that no format family defines throws at start, not in production traffic.
 */

import carriersJson from '../../../data/carriers.json' with { type: 'json' };
import { getFormat } from './formats/all.js';
import type { CarrierKind } from './types.js';

/** One carrier as the product knows it. */
export interface Carrier {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 home country, null for global networks. */
  country: string | null;
  kind: CarrierKind;
  website: string;
  /** Official tracking page; contains `{number}` when trackingUrlHasNumber. */
  trackingUrl: string;
  trackingUrlHasNumber: boolean;
  phone?: string;
  email?: string;
  /** Ids of the NumberFormats this carrier's numbers use. */
  formats: readonly string[];
  /** For designated postal operators: the S10 issuer country whose numbers it issues. */
  s10Country: string | null;
  /**
   * True for entries that stand for "we cannot tell" (e.g. `unknown-postal`, an S10 number
   * whose suffix no operator here issues): detection may name them, directories hide them.
   */
  placeholder: boolean;
}

const KINDS: ReadonlySet<string> = new Set([
  'origin_consolidator',
  'postal_operator',
  'express',
  'last_mile',
  'aggregator',
]);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CC_RE = /^[A-Z]{2}$/;

function fail(i: number, msg: string): never {
  throw new Error(`data/carriers.json entry ${i}: ${msg}`);
}

function str(o: Record<string, unknown>, k: string, i: number): string {
  const v = o[k];
  if (typeof v !== 'string' || v.length === 0) fail(i, `${k} must be a non-empty string`);
  return v;
}

function optStr(o: Record<string, unknown>, k: string, i: number): string | undefined {
  const v = o[k];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length === 0) fail(i, `${k} must be a non-empty string`);
  return v;
}

function cc(o: Record<string, unknown>, k: string, i: number): string | null {
  const v = o[k];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string' || !CC_RE.test(v)) fail(i, `${k} must be ISO alpha-2 or null`);
  return v;
}

/** Checks the parsed JSON and returns typed, frozen carriers. Exported for tests. */
export function parseCarriers(raw: unknown): readonly Carrier[] {
  if (!Array.isArray(raw)) throw new Error('data/carriers.json must be an array');
  const ids = new Set<string>();
  const s10 = new Set<string>();
  return Object.freeze(
    raw.map((entry: unknown, i): Carrier => {
      if (typeof entry !== 'object' || entry === null) fail(i, 'not an object');
      const o = entry as Record<string, unknown>;
      const id = str(o, 'id', i);
      if (!ID_RE.test(id)) fail(i, `id "${id}" is not kebab-case`);
      if (ids.has(id)) fail(i, `duplicate carrier id "${id}"`);
      ids.add(id);
      const kind = str(o, 'kind', i);
      if (!KINDS.has(kind)) fail(i, `unknown kind "${kind}"`);
      const trackingUrl = str(o, 'trackingUrl', i);
      const hasNumber = o['trackingUrlHasNumber'] ?? true;
      if (typeof hasNumber !== 'boolean') fail(i, 'trackingUrlHasNumber must be a boolean');
      if (hasNumber !== trackingUrl.includes('{number}')) {
        fail(i, 'trackingUrlHasNumber disagrees with the {number} placeholder');
      }
      const formats = o['formats'];
      if (!Array.isArray(formats)) fail(i, 'formats must be an array');
      for (const f of formats) {
        if (typeof f !== 'string' || getFormat(f) === undefined) {
          fail(i, `format id "${String(f)}" does not exist`);
        }
      }
      const placeholder = o['placeholder'] ?? false;
      if (typeof placeholder !== 'boolean') fail(i, 'placeholder must be a boolean');
      const s10Country = cc(o, 's10Country', i);
      if (s10Country !== null) {
        if (s10.has(s10Country)) fail(i, `second operator for S10 country ${s10Country}`);
        s10.add(s10Country);
      }
      const carrier: Carrier = {
        id,
        name: str(o, 'name', i),
        country: cc(o, 'country', i),
        kind: kind as CarrierKind,
        website: str(o, 'website', i),
        trackingUrl,
        trackingUrlHasNumber: hasNumber,
        formats: Object.freeze([...(formats as string[])]),
        s10Country,
        placeholder,
      };
      const phone = optStr(o, 'phone', i);
      const email = optStr(o, 'email', i);
      if (phone !== undefined) carrier.phone = phone;
      if (email !== undefined) carrier.email = email;
      return Object.freeze(carrier);
    }),
  );
}

/** Every carrier, in file order. */
export const CARRIERS: readonly Carrier[] = parseCarriers(carriersJson);

const BY_ID = new Map(CARRIERS.map((c) => [c.id, c]));
const BY_S10 = new Map(
  CARRIERS.filter((c) => c.s10Country !== null).map((c) => [c.s10Country!, c]),
);

/** The carrier with this id, if any. */
export function getCarrier(id: string): Carrier | undefined {
  return BY_ID.get(id);
}

/** The designated operator issuing S10 numbers with this country suffix, if known. */
export function carrierForS10Country(countryCode: string): Carrier | undefined {
  return BY_S10.get(countryCode.toUpperCase());
}

/** Display name of a carrier id (the id itself when unknown, which tests forbid). */
export function carrierName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}

/** Official tracking link for a number, or the tracking page when it takes no number. */
export function trackingUrlFor(carrier: Carrier, normalized: string): string {
  return carrier.trackingUrlHasNumber
    ? carrier.trackingUrl.replace('{number}', encodeURIComponent(normalized))
    : carrier.trackingUrl;
}
