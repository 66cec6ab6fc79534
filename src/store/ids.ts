/**
 * @module store/ids
 * Prefixed, time-sortable ids (`shp_…`, `evt_…`, `ord_…`, `leg_…`, `whk_…`): a ULID-style body
 * of 10 Crockford base32 characters of epoch milliseconds followed by 16 characters (79 random
 * bits from crypto.randomBytes), lowercase. Ids made later sort after earlier ones, which keeps
 * B-tree inserts local.
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

/** The random part of the last id, as 16 base32 digits, for monotonic ids within one ms. */
const lastRandom = new Uint8Array(16);

function drawRandom(): void {
  if (offset + 16 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  for (let i = 0; i < 16; i++) lastRandom[i] = (pool[offset + i] ?? 0) & 31;
  offset += 16;
  // Leave headroom so a run of increments within one millisecond never wraps.
  lastRandom[0] = (lastRandom[0] ?? 0) & 15;
}

/** Adds one to the random part (base 32, carrying left). */
function incrementRandom(): void {
  for (let i = 15; i >= 0; i--) {
    const digit = (lastRandom[i] ?? 0) + 1;
    if (digit < 32) {
      lastRandom[i] = digit;
      return;
    }
    lastRandom[i] = 0;
  }
}

const ALPHABET_CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const randomCodes: number[] = new Array(16).fill(0);

function encodeRandom(): string {
  for (let i = 0; i < 16; i++) randomCodes[i] = ALPHABET_CODES[lastRandom[i] ?? 0] ?? 48;
  return String.fromCharCode(...randomCodes);
}

/**
 * A new id for `kind`, e.g. newId('shipment') → 'shp_01jd…'. `now` only sets the sort order.
 * Ids made in the same millisecond by this process count up from a random start (the ULID
 * monotonic rule), so a batch of new rows appends to the end of a primary-key B-tree instead
 * of landing on random pages.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  const ms = Math.max(0, Math.floor(now));
  if (ms === lastMs) incrementRandom();
  else drawRandom();
  return `${ID_PREFIXES[kind]}_${encodeTime(ms)}${encodeRandom()}`;
}

const ID_PATTERN = /^[a-z]{3}_[0-9a-hjkmnp-tv-z]{26}$/;

/** True when `value` is an id of `kind` (shape only). */
export function isId(kind: IdKind, value: string): boolean {
  return value.startsWith(`${ID_PREFIXES[kind]}_`) && ID_PATTERN.test(value);
}
