/**
 * @module core/numbers/formats/all
 * Every format family in one ordered list, and lookups by id. Adding a format: write its
 * FormatSpec in its family file, append it here, reference its id in data/carriers.json
 * and add ≥3 valid and ≥3 invalid examples to examples.ts.
 */

import type { NumberFormat } from '../types.js';
import { CAINIAO_FORMATS } from './cainiao.js';
import { COLISSIMO_FORMATS } from './colissimo.js';
import { CORREOS_FORMATS } from './correos.js';
import { DHL_FORMATS } from './dhl.js';
import { FEDEX_FORMATS } from './fedex.js';
import { FOURPX_FORMATS } from './fourpx.js';
import { GS1_FORMATS } from './gs1.js';
import { JT_FORMATS } from './jt.js';
import { PARCEL_NETWORK_FORMATS } from './parcel-networks.js';
import { POCZTA_POLSKA_FORMATS } from './poczta-polska.js';
import { POSTNL_FORMATS } from './postnl.js';
import { ROYAL_MAIL_FORMATS } from './royal-mail.js';
import { S10 } from './s10.js';
import type { FormatSpec } from './spec.js';
import { SUNYOU_FORMATS } from './sunyou.js';
import { UPS_FORMATS } from './ups.js';
import { USPS_FORMATS } from './usps.js';
import { YANWEN_FORMATS } from './yanwen.js';
import { YUNEXPRESS_FORMATS } from './yunexpress.js';

export const FORMAT_SPECS: readonly FormatSpec[] = [
  S10,
  ...UPS_FORMATS,
  ...FEDEX_FORMATS,
  ...DHL_FORMATS,
  ...GS1_FORMATS,
  ...USPS_FORMATS,
  ...COLISSIMO_FORMATS,
  ...CORREOS_FORMATS,
  ...POCZTA_POLSKA_FORMATS,
  ...CAINIAO_FORMATS,
  ...FOURPX_FORMATS,
  ...YUNEXPRESS_FORMATS,
  ...YANWEN_FORMATS,
  ...SUNYOU_FORMATS,
  ...JT_FORMATS,
  ...POSTNL_FORMATS,
  ...ROYAL_MAIL_FORMATS,
  ...PARCEL_NETWORK_FORMATS,
];

/** The public NumberFormat of every family. */
export const FORMATS: readonly NumberFormat[] = FORMAT_SPECS.map((s) => s.format);

const BY_ID = new Map<string, NumberFormat>();
for (const f of FORMATS) {
  if (BY_ID.has(f.id)) throw new Error(`duplicate number format id: ${f.id}`);
  BY_ID.set(f.id, f);
}

/** The format with this id, if any. */
export function getFormat(id: string): NumberFormat | undefined {
  return BY_ID.get(id);
}

/** Longest length any format accepts, plus one: the size of the dispatch table. */
export const MAX_LENGTH = Math.max(...FORMAT_SPECS.flatMap((s) => s.lengths)) + 1;

/** Index of a character code in 0–9A–Z, or -1. */
export function charSlot(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/**
 * Dispatch table: the formats that can match a given length and first character, at
 * index `length * 36 + charSlot(first)`, in FORMAT_SPECS order.
 */
export const SPECS_BY_SHAPE: readonly (readonly FormatSpec[])[] = (() => {
  const table: FormatSpec[][] = [];
  for (let i = 0; i < MAX_LENGTH * 36; i++) table.push([]);
  for (const spec of FORMAT_SPECS) {
    const slots = new Set([...spec.first].map((ch) => charSlot(ch.charCodeAt(0))));
    for (const len of new Set(spec.lengths)) {
      for (const slot of slots) {
        if (slot < 0) throw new Error(`format ${spec.format.id}: bad first character`);
        table[len * 36 + slot]!.push(spec);
      }
    }
  }
  return table;
})();
