import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchFormats } from '../validate.js';
import { charSlot, FORMAT_SPECS, FORMATS, getFormat, SPECS_BY_SHAPE } from './all.js';
import { computeCorreosCheckLetter } from './correos.js';
import { computeDhlExpressCheckDigit, mod7Of } from './dhl.js';
import { EXAMPLES } from './examples.js';
import { computeFedexExpressCheckDigit, fedex12CheckOf } from './fedex.js';
import { computeGs1CheckDigit, gs1CheckOf } from './gs1.js';
import { computeS10CheckDigit, s10CheckOf } from './s10.js';
import { computeUpsCheckDigit } from './ups.js';

/** Matches of `n` for one format id that the format accepts (shape + check). */
function accepted(n: string, formatId: string): boolean {
  return matchFormats(n).some((m) => m.formatId === formatId && m.checksum !== 'invalid');
}

describe('format table examples', () => {
  for (const [formatId, ex] of Object.entries(EXAMPLES)) {
    describe(formatId, () => {
      it.each(ex.valid)('accepts %s', (n) => {
        const f = getFormat(formatId)!;
        expect(f.pattern.test(n)).toBe(true);
        if (f.check) expect(f.check(n)).toBe(true);
        expect(accepted(n, formatId)).toBe(true);
      });
      it.each(ex.invalid)('rejects %s', (n) => {
        expect(accepted(n, formatId)).toBe(false);
      });
    });
  }

  it('has examples for every format, and only for real formats', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(FORMATS.map((f) => f.id).sort());
  });

  it('returns a failing check digit as an invalid match rather than dropping it', () => {
    const m = matchFormats('RB123456784GB');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ formatId: 's10', carrierId: 'royal-mail', checksum: 'invalid' });
  });
});

describe('check-digit algorithms (reference worked examples)', () => {
  it('S10: plain, remainder-0 and remainder-1 cases', () => {
    expect(computeS10CheckDigit('12345678')).toBe(5);
    expect(computeS10CheckDigit('28704377')).toBe(5); // Σ mod 11 = 0 → 5
    expect(computeS10CheckDigit('17644502')).toBe(0); // Σ mod 11 = 1 → 0
    expect(computeS10CheckDigit('47312482')).toBe(9);
    expect(computeS10CheckDigit('1234567')).toBe(-1);
  });
  it('UPS, FedEx, DHL, GS1, Correos', () => {
    expect(computeUpsCheckDigit('5R8939035756712')).toBe(7);
    expect(computeFedexExpressCheckDigit('98657878885')).toBe(5);
    expect(computeDhlExpressCheckDigit('331881002')).toBe(5);
    expect(computeGs1CheckDigit('0034043429213510014')).toBe(8);
    expect(computeGs1CheckDigit('1234567890')).toBe(5);
    expect(computeCorreosCheckLetter('PK6Q1D0710032430128440')).toBe('H');
  });
});

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
const replaceAt = (s: string, i: number, ch: string) => s.slice(0, i) + ch + s.slice(i + 1);
const upper = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c));

describe('property: computed check digits validate', () => {
  it('every FedEx 96, USPS IMpb (bare or routed) and Yanwen YP number passes its check', () => {
    fc.assert(
      fc.property(
        digits(5),
        digits(14),
        digits(19),
        digits(5),
        digits(8),
        (h, d14, d19, zip, ser) => {
          expect(
            getFormat('fedex-ground-96')!.check!(`96${h}${d14}${computeGs1CheckDigit(d14)}`),
          ).toBe(true);
          const data = `93${d19}`;
          const impb = data + computeGs1CheckDigit(data);
          expect(getFormat('usps-impb')!.check!(impb)).toBe(true);
          expect(getFormat('usps-impb')!.check!(`420${zip}${impb}`)).toBe(true);
          expect(getFormat('usps-impb')!.check!(`420${zip}1234${impb}`)).toBe(true);
          expect(getFormat('yanwen-yp')!.check!(`UG${ser}${computeS10CheckDigit(ser)}YP`)).toBe(
            true,
          );
        },
      ),
    );
  });

  it('every S10 built with computeS10CheckDigit passes its check', () => {
    const s10 = getFormat('s10')!;
    fc.assert(
      fc.property(digits(8), (serial) =>
        s10.check!(`RR${serial}${computeS10CheckDigit(serial)}FR`),
      ),
    );
  });
  it('every GS1 number (USPS 20, SSCC, FedEx 15, Colissimo) passes its check', () => {
    fc.assert(
      fc.property(digits(19), digits(14), digits(10), (d19, d14, d10) => {
        expect(getFormat('usps-20')!.check!(d19 + computeGs1CheckDigit(d19))).toBe(true);
        expect(getFormat('fedex-ground-15')!.check!(d14 + computeGs1CheckDigit(d14))).toBe(true);
        expect(getFormat('colissimo')!.check!(`6A${d10}${computeGs1CheckDigit(d10)}`)).toBe(true);
        const sscc = `00${d19.slice(2)}`;
        expect(getFormat('gs1-sscc')!.check!(sscc + computeGs1CheckDigit(sscc))).toBe(true);
      }),
    );
  });
  it('every UPS 1Z, FedEx 12, DHL 10 and Correos 23 number passes its check', () => {
    const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const body15 = fc.array(alnum, { minLength: 15, maxLength: 15 }).map((a) => a.join(''));
    fc.assert(
      fc.property(body15, digits(11), digits(9), digits(16), (b, d11, d9, d16) => {
        expect(getFormat('ups-1z')!.check!(`1Z${b}${computeUpsCheckDigit(b)}`)).toBe(true);
        expect(
          getFormat('fedex-express-12')!.check!(d11 + computeFedexExpressCheckDigit(d11)),
        ).toBe(true);
        expect(getFormat('dhl-express-10')!.check!(d9 + computeDhlExpressCheckDigit(d9))).toBe(
          true,
        );
        const c = `PK6Q1D${d16}`;
        expect(getFormat('correos-23')!.check!(c + computeCorreosCheckLetter(c))).toBe(true);
      }),
    );
  });
});

/**
 * Single-character substitutions. What each algorithm guarantees differs, and the tests
 * assert exactly that:
 * - GS1 3-1: weights 1 and 3 are units mod 10, so EVERY single-digit substitution fails.
 * - S10: weights are units mod 11, so the remainder always changes — but remainders 0
 *   and 6 both give check digit 5, so a substitution moving between them goes unseen.
 * - FedEx 12: same idea, remainders 0 and 10 both give check digit 0.
 * - UPS: at weight-2 positions a change by 5 is invisible (2·5 ≡ 0 mod 10).
 * - DHL mod 7: a change by 7 at any position is invisible (7 ≡ 0 mod 7).
 * - Correos: a change of the char-code sum by ±23 is invisible.
 */
describe('property: single substitutions', () => {
  const sub = fc.record({ pos: fc.nat(), to: digit });

  it('GS1: every substitution of a data or check digit fails', () => {
    fc.assert(
      fc.property(digits(19), sub, (d19, { pos, to }) => {
        const n = d19 + computeGs1CheckDigit(d19);
        const i = pos % 20;
        fc.pre(n[i] !== String(to));
        expect(getFormat('usps-20')!.check!(replaceAt(n, i, String(to)))).toBe(false);
      }),
    );
  });

  it('USPS IMpb: every substitution in the data part fails, behind a routing prefix too', () => {
    fc.assert(
      fc.property(digits(19), digits(5), sub, (d, zip, { pos, to }) => {
        const data = `94${d}`;
        const n = `420${zip}${data}${computeGs1CheckDigit(data)}`;
        const i = 10 + (pos % 20); // data digits after "420"+ZIP+"94"
        fc.pre(n[i] !== String(to));
        expect(getFormat('usps-impb')!.check!(replaceAt(n, i, String(to)))).toBe(false);
      }),
    );
  });

  it('S10: a serial substitution fails unless it moves Σ mod 11 between 0 and 6', () => {
    fc.assert(
      fc.property(digits(8), sub, (serial, { pos, to }) => {
        const i = pos % 8;
        fc.pre(serial[i] !== String(to));
        const n = `LP${serial}${computeS10CheckDigit(serial)}CN`;
        const m = replaceAt(n, 2 + i, String(to));
        const pair = [sumMod11(n), sumMod11(m)].sort((a, b) => a - b).join(',');
        expect(getFormat('s10')!.check!(m)).toBe(pair === '0,6');
        expect(s10CheckOf(m, 2)).not.toBe(-1);
      }),
    );
  });

  it('S10: substituting the check digit always fails', () => {
    fc.assert(
      fc.property(digits(8), digit, (serial, to) => {
        const c = computeS10CheckDigit(serial);
        fc.pre(c !== to);
        expect(getFormat('s10')!.check!(`RR${serial}${to}GB`)).toBe(false);
      }),
    );
  });

  it('FedEx 12: a substitution fails unless it moves Σ mod 11 between 0 and 10', () => {
    fc.assert(
      fc.property(digits(11), sub, (d11, { pos, to }) => {
        const i = pos % 11;
        fc.pre(d11[i] !== String(to));
        const n = d11 + computeFedexExpressCheckDigit(d11);
        const m = replaceAt(n, i, String(to));
        const pair = [fedexSum(n), fedexSum(m)].sort((a, b) => a - b).join(',');
        expect(getFormat('fedex-express-12')!.check!(m)).toBe(pair === '0,10');
        expect(fedex12CheckOf(m, 0)).toBe(fedexSum(m) % 10);
      }),
    );
  });

  it('UPS: a digit substitution fails unless it is a change by 5 at a weight-2 position', () => {
    fc.assert(
      fc.property(digits(15), sub, (body, { pos, to }) => {
        const i = pos % 15;
        fc.pre(body[i] !== String(to));
        const n = `1Z${body}${computeUpsCheckDigit(body)}`;
        const m = replaceAt(n, 2 + i, String(to));
        const invisible = i % 2 === 1 && Math.abs(Number(body[i]) - to) === 5;
        expect(getFormat('ups-1z')!.check!(m)).toBe(invisible);
      }),
    );
  });

  it('DHL mod 7: a substitution fails unless it changes the digit by 7', () => {
    fc.assert(
      fc.property(digits(9), sub, (d9, { pos, to }) => {
        const i = pos % 9;
        fc.pre(d9[i] !== String(to));
        const n = d9 + mod7Of(d9, 0, 9);
        const m = replaceAt(n, i, String(to));
        expect(getFormat('dhl-express-10')!.check!(m)).toBe(Math.abs(Number(d9[i]) - to) === 7);
      }),
    );
  });

  it('Correos: a substitution fails unless it changes the char-code sum by ±23', () => {
    fc.assert(
      fc.property(digits(16), fc.nat(), upper, (d16, pos, ch) => {
        const data = `PK6Q1D${d16}`;
        const i = 2 + (pos % 4); // the free letter/digit block
        fc.pre(data[i] !== ch);
        const m = replaceAt(data + computeCorreosCheckLetter(data), i, ch);
        const delta = Math.abs(data.charCodeAt(i) - ch.charCodeAt(0));
        expect(getFormat('correos-23')!.check!(m)).toBe(delta === 23);
      }),
    );
  });
});

const S10_W = [8, 6, 4, 2, 3, 5, 9, 7];
function sumMod11(n: string): number {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(n[2 + i]) * S10_W[i]!;
  return s % 11;
}
function fedexSum(n: string): number {
  const w = [3, 1, 7];
  let s = 0;
  for (let i = 0; i < 11; i++) s += Number(n[i]) * w[i % 3]!;
  return s % 11;
}

it('gs1CheckOf refuses non-digits', () => {
  expect(gs1CheckOf('12A4', 0, 4)).toBe(-1);
});

describe('fast shape functions equal their patterns', () => {
  const chars = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  for (const spec of FORMAT_SPECS) {
    if (spec.shape === undefined) continue;
    it(`${spec.format.id}: shape(n) === pattern.test(n) at its lengths`, () => {
      const shape = spec.shape!;
      const near = fc
        .constantFrom(...EXAMPLES[spec.format.id]!.valid)
        .chain((v) => fc.record({ v: fc.constant(v), i: fc.nat(v.length - 1), c: chars }));
      const mutated = near.map(({ v, i, c }) => v.slice(0, i) + c + v.slice(i + 1));
      const random = fc
        .constantFrom(...spec.lengths)
        .chain((len) => fc.array(chars, { minLength: len, maxLength: len }))
        .map((a) => a.join(''));
      fc.assert(
        fc.property(fc.oneof(mutated, random), (n) => {
          expect(shape(n)).toBe(spec.format.pattern.test(n));
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('dispatch table', () => {
  it('lists each format under every length and first character its examples use', () => {
    for (const spec of FORMAT_SPECS) {
      for (const n of EXAMPLES[spec.format.id]!.valid) {
        expect(spec.lengths, n).toContain(n.length);
        expect(spec.first, n).toContain(n[0]);
        expect(SPECS_BY_SHAPE[n.length * 36 + charSlot(n.charCodeAt(0))], n).toContain(spec);
      }
    }
  });
});
