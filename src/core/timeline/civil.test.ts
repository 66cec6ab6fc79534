import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, isoFromEpochMs } from './civil.js';
import { digest, hash64, start, text } from './hash.js';

describe('civil arithmetic', () => {
  it('formats instants exactly like Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000_000_000_000, max: 200_000_000_000_000 }), (ms) => {
        expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('counts days like Date.UTC', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const day = Math.min(d, daysInMonth(y, m));
          const date = new Date(0);
          date.setUTCFullYear(y, m - 1, day);
          date.setUTCHours(0, 0, 0, 0);
          expect(daysFromCivil(y, m, day)).toBe(date.getTime() / 86_400_000);
          expect(new Date(Date.UTC(2001, m, 0)).getUTCDate()).toBe(daysInMonth(2001, m));
        },
      ),
    );
  });

  it('knows leap years', () => {
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2023, 2),
      daysInMonth(1900, 2),
      daysInMonth(2000, 2),
    ]).toEqual([29, 28, 28, 29]);
  });
});

describe('hash', () => {
  it('is stable, 16 hex characters, and separates parts', () => {
    expect(hash64('abc')).toBe(hash64('abc'));
    expect(hash64('abc')).toMatch(/^[0-9a-f]{16}$/);
    start();
    text('ab');
    text('c');
    const a = digest();
    start();
    text('a');
    text('bc');
    expect(digest()).not.toBe(a);
  });

  it('rarely collides on similar inputs', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(hash64(`RB${i}CN|2024-03-05 10:00|picked up`));
    expect(keys.size).toBe(20_000);
  });
});
