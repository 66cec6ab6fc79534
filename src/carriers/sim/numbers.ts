/**
 * @module carriers/sim/numbers
 * The tracking numbers the simulator issues and recognises: Cainiao LP numbers, UPU S10
 * numbers (real check digit), DHL Express waybills (mod 7) and last-mile shapes of the
 * destination carriers (Colissimo, Correos, InPost, DHL Paket SSCC, USPS IMpb, PostNL 3S).
 * Check digits come from core/numbers so a simulated number passes our own validation.
 */
import { computeCorreosCheckLetter } from '../../core/numbers/formats/correos.js';
import { computeDhlExpressCheckDigit } from '../../core/numbers/formats/dhl.js';
import { computeGs1CheckDigit } from '../../core/numbers/formats/gs1.js';
import { computeS10CheckDigit } from '../../core/numbers/formats/s10.js';
import type { Rng } from './prng.js';

/** Shapes of number the simulator can mint for a last-mile leg. */
export type LastMileShape =
  | 'colissimo'
  | 'correos'
  | 'inpost'
  | 'dhl-paket'
  | 'usps'
  | 'postnl'
  | 's10';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function letters(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick([...LETTERS]);
  return s;
}

/** Cainiao LP number: LP + 14 digits (real ones mostly start LP00). */
export function mintLp(rng: Rng): string {
  return 'LP00' + rng.digits(12);
}

/** A UPU S10 number with the right check digit. */
export function mintS10(rng: Rng, prefix: string, country: string): string {
  const serial = rng.digits(8);
  return prefix + serial + String(computeS10CheckDigit(serial)) + country;
}

/** A DHL Express 10-digit waybill (check = first nine mod 7). */
export function mintDhlExpress(rng: Rng): string {
  const data = String(rng.int(1, 9)) + rng.digits(8);
  return data + String(computeDhlExpressCheckDigit(data));
}

/** A last-mile number of the given shape; `country` is used by the S10 shape. */
export function mintLastMile(rng: Rng, shape: LastMileShape, country: string): string {
  switch (shape) {
    case 'colissimo': {
      const data = rng.digits(10);
      return '6A' + data + String(computeGs1CheckDigit(data));
    }
    case 'correos': {
      const head = 'PQ' + letters(rng, 1) + rng.digits(1) + letters(rng, 2) + rng.digits(16);
      return head + computeCorreosCheckLetter(head);
    }
    case 'inpost':
      return '6' + rng.digits(23);
    case 'dhl-paket': {
      const data = '00340434' + rng.digits(11);
      return data + String(computeGs1CheckDigit(data));
    }
    case 'usps': {
      const data = '9400' + rng.digits(17);
      return data + String(computeGs1CheckDigit(data));
    }
    case 'postnl':
      return '3S' + letters(rng, 4) + rng.digits(9);
    case 's10':
      return mintS10(rng, 'NX', country);
  }
}

/** The primary numbers a journey can be generated from, by their shape. */
export type PrimaryKind = 'lp' | 's10' | 'dhl-express';

const LP_RE = /^LP\d{14}$/;
const S10_CN_RE = /^[A-Z]{2}\d{9}CN$/;
const DHL_RE = /^\d{10}$/;

/** Which kind of journey a number starts, or null when the simulator does not know it. */
export function primaryKind(number: string): PrimaryKind | null {
  if (LP_RE.test(number)) return 'lp';
  if (S10_CN_RE.test(number)) {
    const serial = number.slice(2, 10);
    if (computeS10CheckDigit(serial) !== Number(number[10])) return null;
    // E = EMS, L = ePacket, R/C/U = China Post; other prefixes are not primary here.
    return /^[ELRCU]/.test(number) ? 's10' : null;
  }
  if (DHL_RE.test(number)) {
    return computeDhlExpressCheckDigit(number.slice(0, 9)) === Number(number[9])
      ? 'dhl-express'
      : null;
  }
  return null;
}

/** Upper-case, strip spaces and dashes: how the simulator reads a number it is given. */
export function normalizeNumber(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase();
}
