/**
 * @module core/classify/codes/index
 * Which code table answers for a source or carrier, and the lookup itself: each table is
 * compiled once into a Map with case-insensitive keys, so a code hit is one Map lookup.
 */
import type { CodeEntry, CodeTable } from '../label.js';
import { AFTERSHIP_CODES } from './aftership.js';
import { CAINIAO_CODES } from './cainiao.js';
import { CORREIOS_CODES } from './correios.js';
import { DHL_CODES } from './dhl.js';
import { FEDEX_CODES } from './fedex.js';
import { LAPOSTE_CODES } from './laposte.js';
import { POSTNL_CODES } from './postnl.js';
import { ROYALMAIL_CODES } from './royalmail.js';
import { SEVENTEEN_TRACK_CODES } from './seventeen-track.js';
import { UPS_CODES } from './ups.js';
import { UPU_CODES } from './upu.js';
import { USPS_CODES } from './usps.js';

export {
  AFTERSHIP_CODES,
  CAINIAO_CODES,
  CORREIOS_CODES,
  DHL_CODES,
  FEDEX_CODES,
  LAPOSTE_CODES,
  POSTNL_CODES,
  ROYALMAIL_CODES,
  SEVENTEEN_TRACK_CODES,
  UPS_CODES,
  UPU_CODES,
  USPS_CODES,
};

interface SourceTable {
  /** Rule prefix, e.g. 'upu' in 'upu:EMI'. */
  id: string;
  map: ReadonlyMap<string, CodeEntry>;
  /** Candidate keys (lowercase) for a raw code, most specific first. */
  keys: (code: string) => string[];
}

const lower = (code: string) => [code.trim().toLowerCase()];

function table(id: string, codes: CodeTable, keys = lower): SourceTable {
  const map = new Map<string, CodeEntry>();
  for (const [code, entry] of Object.entries(codes)) map.set(code.toLowerCase(), entry);
  return { id, map, keys };
}

/** UPS: 'I:OT', 'I/OT', 'I OT' → ['i:ot', 'i']; 'OT' → its pair key; 'I' → 'i'. */
const upsPairs = new Map<string, string>();
for (const code of Object.keys(UPS_CODES)) {
  const [, pair] = code.toLowerCase().split(':');
  if (pair) upsPairs.set(pair, code.toLowerCase());
}
function upsKeys(code: string): string[] {
  const parts = code
    .trim()
    .toLowerCase()
    .split(/[\s:/|_-]+/);
  const [type, status] = parts;
  if (type && status) return [`${type}:${status}`, type];
  const only = type ?? '';
  return [upsPairs.get(only) ?? only, only];
}

/** Correios: 'BDE-01', 'BDE/1', 'BDE 01', 'BDE01' → ['bde-01', 'bde']. */
function correiosKeys(code: string): string[] {
  const m = /^([a-z]+)[\s:/_-]*(\d{1,2})?$/.exec(code.trim().toLowerCase());
  if (!m) return lower(code);
  const base = m[1]!;
  return m[2] ? [`${base}-${m[2].padStart(2, '0')}`, base] : [base];
}

/** Numeric codes: PostNL drops leading zeros, USPS pads to two digits. */
const postnlKeys = (code: string) => {
  const c = code.trim().toLowerCase();
  return /^\d+$/.test(c) ? [String(Number(c))] : [c];
};
const uspsKeys = (code: string) => {
  const c = code.trim().toLowerCase();
  return /^\d$/.test(c) ? [`0${c}`] : [c];
};

const UPU = table('upu', UPU_CODES);
const CAINIAO = table('cainiao', CAINIAO_CODES);
const AFTERSHIP = table('aftership', AFTERSHIP_CODES);
const SEVENTEEN = table('17track', SEVENTEEN_TRACK_CODES);
const TABLES: Readonly<Record<string, SourceTable>> = {
  upu: UPU,
  cainiao: CAINIAO,
  aftership: AFTERSHIP,
  '17track': SEVENTEEN,
  dhl: table('dhl', DHL_CODES),
  ups: table('ups', UPS_CODES, upsKeys),
  fedex: table('fedex', FEDEX_CODES),
  usps: table('usps', USPS_CODES, uspsKeys),
  laposte: table('laposte', LAPOSTE_CODES),
  correios: table('correios', CORREIOS_CODES, correiosKeys),
  postnl: table('postnl', POSTNL_CODES, postnlKeys),
  royalmail: table('royalmail', ROYALMAIL_CODES),
};

/** Source or carrier id (any spelling) → table id. */
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:upu|s10|emsevt|chinapost|chinaems|ems|post|posts|ptc)$/, 'upu'],
  [/^(?:cainiao|aliexpress|ae$|alibaba)/, 'cainiao'],
  [/^(?:aftership)/, 'aftership'],
  [/^(?:17track|seventeentrack|17)/, '17track'],
  [/^(?:dhl)/, 'dhl'],
  [/^(?:ups)/, 'ups'],
  [/^(?:fedex|fdx)/, 'fedex'],
  [/^(?:usps)/, 'usps'],
  [/^(?:laposte|colissimo|chronopost)/, 'laposte'],
  [/^(?:correiosbr|correiosbrazil|correios$|brazilpost)/, 'correios'],
  [/^(?:postnl)/, 'postnl'],
  [/^(?:royalmail|rm$|parcelforce)/, 'royalmail'],
];

const tableCache = new Map<string, SourceTable | undefined>();

function tableFor(id: string | undefined): SourceTable | undefined {
  if (!id) return undefined;
  if (tableCache.has(id)) return tableCache.get(id);
  const key = id.toLowerCase().replace(/[^a-z0-9]/g, '');
  let found: SourceTable | undefined;
  for (const [re, table] of ALIASES) {
    if (re.test(key)) {
      found = TABLES[table];
      break;
    }
  }
  // Source and carrier ids are a small closed set; the bound only guards against abuse.
  if (tableCache.size < 1024) tableCache.set(id, found);
  return found;
}

/** Tables whose code shapes are distinctive enough to try when the source is unknown. */
const SHAPED: ReadonlyArray<readonly [RegExp, SourceTable]> = [
  [/^E[MDX][A-Z]$/i, UPU],
  [/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{3,}$/, CAINIAO],
  [/^[A-Za-z]+(?:_\d{3})?$/, AFTERSHIP],
  [/^[A-Za-z]+(?:_[A-Za-z]+)?$/, SEVENTEEN],
];

export interface CodeHit {
  entry: CodeEntry;
  /** e.g. 'upu:EMI'. */
  rule: string;
}

function find(t: SourceTable, code: string): CodeHit | undefined {
  for (const key of t.keys(code)) {
    const entry = t.map.get(key);
    if (entry) return { entry, rule: `${t.id}:${code.trim()}` };
  }
  return undefined;
}

/** The entry for a code: the source's table, then the carrier's, then by code shape. */
export function lookupCode(code: string, source?: string, carrier?: string): CodeHit | undefined {
  if (code.trim() === '') return undefined;
  const bySource = tableFor(source);
  const byCarrier = tableFor(carrier);
  for (const t of [bySource, byCarrier]) {
    if (!t) continue;
    const hit = find(t, code);
    if (hit) return hit;
  }
  for (const [shape, t] of SHAPED) {
    if (t === bySource || t === byCarrier || !shape.test(code.trim())) continue;
    const hit = find(t, code);
    if (hit) return hit;
  }
  return undefined;
}
