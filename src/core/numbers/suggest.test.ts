import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFormat } from './formats/all.js';
import { computeGs1CheckDigit } from './formats/gs1.js';
import { computeS10CheckDigit } from './formats/s10.js';
import { computeUpsCheckDigit } from './formats/ups.js';
import { CONFUSIONS, isSuggestable, suggest } from './suggest.js';
import { hasValidChecksum } from './validate.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const alnum = (n: number) =>
  fc
    .array(fc.constantFrom(...'ABCDEFGHJKLMNPRTUVWXY0123456789'), { minLength: n, maxLength: n })
    .map((a) => a.join(''));

/** S10 numbers with a computed check digit, on well-known issuers. */
const s10 = fc
  .tuple(
    fc.constantFrom('RB', 'LP', 'EA', 'RR', 'CP', 'UA', 'LX', 'RX'),
    digits(8),
    fc.constantFrom('CN', 'GB', 'FR', 'US', 'DE', 'NL', 'PL', 'BR'),
  )
  .map(([si, serial, cc]) => `${si}${serial}${computeS10CheckDigit(serial)}${cc}`);

/** UPS 1Z numbers: 15-character body plus computed check digit. */
const ups = alnum(15).map((body) => `1Z${body}${computeUpsCheckDigit(body)}`);

/** USPS IMpb 22 digits (9400 + 17 data digits + GS1 check). */
const usps = digits(17).map((d) => {
  const data = `9400${d}`;
  return `${data}${computeGs1CheckDigit(data)}`;
});

/** SSCC-20 as Deutsche Post/DHL Paket prints it (00340434 + 11 digits + check). */
const sscc = digits(11).map((d) => {
  const data = `340434${d}`;
  return `00${data}${computeGs1CheckDigit(data)}`;
});

const checked = (id: string) => {
  const f = getFormat(id);
  if (f?.check === undefined) throw new Error(`format ${id} has no check`);
  return f.check;
};

function substitute(s: string, at: number, by: string): string {
  return s.slice(0, at) + by + s.slice(at + 1);
}

describe('suggest: examples', () => {
  it.each([
    ['RB123456784GB', 'RB123456785GB'], // check digit mistyped
    ['RB1234S6785GB', 'RB123456785GB'], // S for 5
    ['RB12345678SGB', 'RB123456785GB'], // S for 5 in the check digit
    ['LP17644502OCN', 'LP176445020CN'], // O for 0
    ['LPI76445020CN', 'LP176445020CN'], // I for 1
    ['RB213456785GB', 'RB123456785GB'], // neighbours swapped
    ['RB1233456785GB', 'RB123456785GB'], // a digit doubled
    ['1Z999AA10123456785', '1Z999AA10123456784'],
    ['9400111206206406260788', '9400111206206406260787'],
  ])('%s → %s', (input, expected) => {
    const out = suggest(input);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(5);
    for (const s of out) expect(hasValidChecksum(s)).toBe(true);
    // Mod-10 families have many equally close fixes; the original is among them.
    expect(suggest(input, 50)).toContain(expected);
  });

  it('ranks a swap above a substitution, and a neighbouring key above a far one', () => {
    const out = suggest('RB213456785GB', 50);
    expect(out[0]).toBe('RB123456785GB');
    const subs = suggest('RB123456784GB', 50);
    // 4 → 5 (neighbouring keys) comes before 1 → 8 (far apart) although it is later.
    expect(subs.indexOf('RB123456785GB')).toBeLessThan(subs.indexOf('RB823456784GB'));
  });

  it('finds a dropped character among the insertions', () => {
    // Any digit inserted anywhere may pass: the original is there, not necessarily first.
    expect(suggest('RB12345678GB', 30)).toContain('RB123456785GB');
    expect(suggest('940011120620640626078', 40)).toContain('9400111206206406260787');
  });

  it('puts the look-alike fix first', () => {
    expect(suggest('LP17644502OCN')[0]).toBe('LP176445020CN');
    expect(suggest('RB1234S6785GB')[0]).toBe('RB123456785GB');
  });

  it('gives nothing for valid numbers, junk or shapes without a check digit', () => {
    expect(suggest('RB123456785GB')).toEqual([]);
    expect(suggest('LP00123456789012')).toEqual([]);
    expect(suggest('HELLO')).toEqual([]);
    expect(suggest('')).toEqual([]);
    expect(suggest('RB123456784GB', 0)).toEqual([]);
    expect(isSuggestable('RB123456784GB')).toBe(true);
    expect(isSuggestable('RB123456785GB')).toBe(false);
  });

  it('respects the limit', () => {
    expect(suggest('9400111206206406260788', 2)).toHaveLength(2);
    expect(suggest('9400111206206406260788', 50).length).toBeGreaterThan(2);
  });
});

describe('suggest: properties', () => {
  const families: [string, string, fc.Arbitrary<string>][] = [
    ['S10', 's10', s10],
    ['UPS 1Z', 'ups-1z', ups],
    ['USPS IMpb', 'usps-impb', usps],
    ['SSCC (DHL Paket)', 'dhl-paket-sscc', sscc],
  ];

  it.each(families)('%s: generated numbers validate', (_label, id, arb) => {
    const check = checked(id);
    fc.assert(fc.property(arb, (n) => check(n) && hasValidChecksum(n)));
  });

  it.each(families.slice(2))(
    '%s: every single digit substitution fails the check',
    (_label, id, arb) => {
      const check = checked(id);
      fc.assert(
        fc.property(arb, (n) => {
          for (let i = 0; i < n.length; i++) {
            for (const d of '0123456789') {
              if (d !== n[i]) expect(check(substitute(n, i, d))).toBe(false);
            }
          }
        }),
        { numRuns: 50 },
      );
    },
  );

  // S10 and UPS checks have blind spots (S10: remainders 0 and 6 both give check 5; UPS: a
  // digit changed by 5 under weight 2; letters sharing (ASCII − 3) mod 10), so for them the
  // property is: whenever a substitution fails the check, suggest recovers the original.
  it.each(families)('%s: suggest recovers the original after one substitution', (_l, id, arb) => {
    const check = checked(id);
    fc.assert(
      fc.property(arb, fc.nat(), fc.nat(), (n, pos, pick) => {
        const at = pos % n.length;
        const c = n[at]!;
        const pool = c >= '0' && c <= '9' ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        const by = pool.replace(c, '')[pick % (pool.length - 1)]!;
        const mutated = substitute(n, at, by);
        fc.pre(!check(mutated) && !hasValidChecksum(mutated));
        expect(suggest(mutated, 100)).toContain(n);
      }),
      { numRuns: 150 },
    );
  });

  it.each(families)('%s: a look-alike slip is undone first', (_l, _id, arb) => {
    const swaps: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z' };
    fc.assert(
      fc.property(arb, fc.nat(), (n, pos) => {
        const at = [...n].findIndex((c, i) => i >= pos % n.length && swaps[c] !== undefined);
        fc.pre(at >= 0);
        const mutated = substitute(n, at, swaps[n[at]!]!);
        fc.pre(!hasValidChecksum(mutated));
        // Other look-alike fixes of the mutated number may pass the check too (a mod-10
        // check lets one change in ten through); the original comes before anything else.
        let lookalikeFixes = 0;
        for (let i = 0; i < mutated.length; i++) {
          const by = CONFUSIONS[mutated[i]!];
          if (by !== undefined && hasValidChecksum(substitute(mutated, i, by))) lookalikeFixes++;
        }
        const out = suggest(mutated, 100);
        expect(out).toContain(n);
        expect(out.indexOf(n)).toBeLessThan(lookalikeFixes);
      }),
      { numRuns: 150 },
    );
  });

  it.each(families)('%s: swapped neighbours are recovered', (_l, id, arb) => {
    const check = checked(id);
    fc.assert(
      fc.property(arb, fc.nat(), (n, pos) => {
        const at = pos % (n.length - 1);
        fc.pre(n[at] !== n[at + 1]);
        const mutated = n.slice(0, at) + n[at + 1] + n[at] + n.slice(at + 2);
        fc.pre(!check(mutated) && !hasValidChecksum(mutated));
        expect(suggest(mutated, 100)).toContain(n);
      }),
      { numRuns: 100 },
    );
  });
});
