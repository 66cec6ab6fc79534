/**
 * @module store/ids
 * Prefixed, time-sortable ids (`shp_…`, `evt_…`, `ord_…`, `leg_…`, `whk_…`): a ULID-style body
 * of 10 Crockford base32 characters of epoch milliseconds followed by 16 characters (80 bits)
 * from crypto.randomBytes, lowercase. Ids made later sort after earlier ones (to the
 * millisecond), which keeps B-tree inserts local.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export const ID_PREFIXES = {
  shipment: 'shp',
  event: 'evt',
  order: 'ord',
  leg: 'leg',
  inbox: 'whk',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

let lastMs = -1;
let lastTime = '';

function encodeTime(ms: number): string {
  if (ms === lastMs) return lastTime;
  let out = '';
  let rest = Math.max(0, Math.floor(ms));
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  lastMs = ms;
  lastTime = out;
  return out;
}

// Random bytes are drawn 16 KiB at a time: one system call per 1,024 ids, not one per id.
const POOL_SIZE = 16 * 1024;
let pool = randomBytes(POOL_SIZE);
let offset = 0;

function encodeRandom(): string {
  if (offset + 16 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[(pool[offset + i] ?? 0) & 31];
  offset += 16;
  return out;
}

/** A new id for `kind`, e.g. newId('shipment') → 'shp_01jd…'. `now` only sets the sort order. */
export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(now)}${encodeRandom()}`;
}

const ID_PATTERN = /^[a-z]{3}_[0-9a-hjkmnp-tv-z]{26}$/;

/** True when `value` is an id of `kind` (shape only). */
export function isId(kind: IdKind, value: string): boolean {
  return value.startsWith(`${ID_PREFIXES[kind]}_`) && ID_PATTERN.test(value);
}
