/**
 * @module core/eta/services
 * The shipping methods of data/shipping-methods.json, typed and looked up by id, name or
 * alias. A method the seeds name without a figure takes its class band.
 */
import raw from '../../../data/shipping-methods.json' with { type: 'json' };
import { SERVICE_CLASSES, type ServiceClass } from './types.js';

/** A band of days with the context a seed gives it. */
export interface DayBand {
  context: string;
  minDays?: number;
  maxDays?: number;
  businessDays?: boolean;
  seed: string | null;
}

export interface ShippingMethod {
  id: string;
  name: string;
  aliases: readonly string[];
  class: ServiceClass;
  /** Band used as the prior; null when the seeds give no figure. */
  minDays: number | null;
  maxDays: number | null;
  /** The seed says "and more" ("20–40+ days"). */
  openEnded?: boolean;
  businessDays?: boolean;
  guaranteed?: boolean;
  notesKey: string;
  seed: string | null;
  bands: readonly DayBand[];
}

/** The band a method is estimated with, and where it came from. */
export interface PriorBand {
  minDays: number;
  maxDays: number;
  openEnded: boolean;
  /** 'service': the method's own band; 'class': its class band; 'unknown': the broad band. */
  from: 'service' | 'class' | 'unknown';
}

interface RawFile {
  classes: Record<string, { minDays: number; maxDays: number }>;
  unknown: { minDays: number; maxDays: number };
  services: ShippingMethod[];
}

const data = raw as unknown as RawFile;

function check(file: RawFile): void {
  for (const s of file.services) {
    if (!SERVICE_CLASSES.includes(s.class)) throw new Error(`shipping method ${s.id}: bad class`);
    if ((s.minDays === null) !== (s.maxDays === null) || (s.minDays ?? 0) > (s.maxDays ?? 0)) {
      throw new Error(`shipping method ${s.id}: bad band`);
    }
  }
  for (const c of SERVICE_CLASSES) {
    if (!file.classes[c]) throw new Error(`shipping methods: no band for class ${c}`);
  }
}
check(data);

/** Every method, in file order. */
export const SHIPPING_METHODS: readonly ShippingMethod[] = data.services;

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byName = new Map<string, ShippingMethod>();
for (const s of SHIPPING_METHODS) {
  for (const n of [s.id, s.name, ...s.aliases]) byName.set(fold(n), s);
}

/** Names already looked up, as given (null: no such method); bounded, names come from data. */
const found = new Map<string, ShippingMethod | null>();
const FOUND_MAX = 1024;

/** The method named by an id, a name or an alias (case and punctuation ignored). */
export function findShippingMethod(name: string | undefined): ShippingMethod | undefined {
  if (name === undefined) return undefined;
  const known = found.get(name);
  if (known !== undefined) return known ?? undefined;
  const method = byName.get(fold(name));
  if (found.size >= FOUND_MAX) found.clear();
  found.set(name, method ?? null);
  return method;
}

/** The band of a class. */
export function classBand(cls: ServiceClass): { minDays: number; maxDays: number } {
  const band = data.classes[cls];
  if (!band) throw new Error(`no band for class ${cls}`);
  return band;
}

/** The band to estimate a method with: its own, else its class's, else the broad one. */
export function priorBand(method: ShippingMethod | undefined): PriorBand {
  if (!method) return { ...data.unknown, openEnded: false, from: 'unknown' };
  if (method.minDays !== null && method.maxDays !== null) {
    return {
      minDays: method.minDays,
      maxDays: method.maxDays,
      openEnded: method.openEnded === true,
      from: 'service',
    };
  }
  return { ...classBand(method.class), openEnded: false, from: 'class' };
}
