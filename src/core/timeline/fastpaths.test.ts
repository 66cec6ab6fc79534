/**
 * @module core/timeline/fastpaths.test
 * The hot-path shortcuts of the timeline engine give the results of the plain
 * computations they replace: report keys are those the first implementation produced,
 * whole-second instants are Date's, the fast wall-clock reader agrees with the regular
 * expression, and id-based similarity is the Dice coefficient of the token sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromEpochMs } from './civil.js';
import { parseWallClock } from './clock.js';
import { hash64 } from './hash.js';
import { merge } from './merge.js';
import { ev } from './testing.js';
import { similarity, textInfo } from './text.js';

describe('report keys', () => {
  it('are the keys the first implementation gave (keys are stored: they must not move)', () => {
    expect(hash64('abc')).toBe('fb0015c6b7708574');
    expect(hash64('')).toBe('267ece0d37afb4e9');
    expect(hash64('RB123456789CN|2024-03-05 10:00|picked up')).toBe('c34648572d23519d');
    const events = [
      ev({
        time: '2024-03-05 14:22:10',
        text: 'Arrived at sorting center',
        status: 'in_transit',
        milestone: 'origin_facility',
        place: 'Shenzhen, CN',
      }),
      ev({
        source: '17track',
        leg: 'RB123456789CN',
        time: { local: '2024-03-05 22:23:00' },
        text: '[Shenzhen] Arrived at sorting center',
        status: 'in_transit',
        milestone: 'origin_facility',
        place: 'Shenzhen, CN',
      }),
      ev({
        source: 'la-poste',
        leg: '6A 1234-5678901',
        time: { local: '2024-03-31 02:30:00', zone: 'Europe/Paris' },
        text: 'Colis livré',
        status: 'delivered',
        milestone: 'delivered',
        place: 'Lyon, FR',
        code: 'DI1',
      }),
      ev({
        source: 'usps',
        time: { local: '05/03/2024 09:15' },
        text: 'Accepted at USPS Origin Facility',
        status: 'in_transit',
        milestone: 'picked_up',
        place: 'Denver, US',
      }),
    ];
    const got = merge(events).map((e) => [
      e.key,
      e.at.instant,
      e.at.offset,
      e.at.zone,
      e.provenance.map((p) => p.key),
    ]);
    expect(got).toEqual([
      [
        '12799a03d5f26602',
        '2024-03-05T14:22:10.000Z',
        '+00:00',
        'UTC+00:00',
        ['12799a03d5f26602', 'a112ff42d5d149a1'],
      ],
      [
        '37468b4789167271',
        '2024-03-05T16:15:00.000Z',
        '-07:00',
        'America/Denver',
        ['37468b4789167271'],
      ],
      [
        '893f6b7a6878fef7',
        '2024-03-31T01:30:00.000Z',
        '+02:00',
        'Europe/Paris',
        ['893f6b7a6878fef7'],
      ],
    ]);
  });
});

describe('isoFromEpochMs', () => {
  it('formats whole seconds (the cached path) exactly like Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000, max: 250_000_000_000 }), (s) => {
        expect(isoFromEpochMs(s * 1000)).toBe(new Date(s * 1000).toISOString());
      }),
      { numRuns: 3000 },
    );
  });
});

/** The general reader's pattern (clock.ts), which the fast path must agree with. */
const YMD =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

describe('parseWallClock fast path', () => {
  it('reads what the regular expression reads, and rejects what it rejects', () => {
    const char = fc.constantFrom(...'0123456789-: T/a'.split(''));
    const shaped = fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([y, mo, d, h, mi, s]) => {
        const p = (n: number): string => String(n).padStart(2, '0');
        return `${y}-${p(mo)}-${p(d)} ${p(h)}:${p(mi)}:${p(s)}`;
      });
    const noisy = fc
      .tuple(shaped, fc.integer({ min: 0, max: 18 }), char)
      .map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
    fc.assert(
      fc.property(
        fc.oneof(
          shaped,
          noisy,
          noisy.map((s) => s.slice(0, 16)),
        ),
        (text) => {
          const m = YMD.exec(text.trim());
          const got = parseWallClock(text);
          if (!m) {
            expect(got).toBeNull();
            return;
          }
          const [, y, mo, d, h, mi, s] = m;
          const want = {
            year: Number(y),
            month: Number(mo),
            day: Number(d),
            hour: Number(h ?? 0),
            minute: Number(mi ?? 0),
            second: Number(s ?? 0),
          };
          const valid =
            want.month >= 1 &&
            want.month <= 12 &&
            want.day >= 1 &&
            want.day <= 28 &&
            want.hour <= 23 &&
            want.minute <= 59 &&
            want.second <= 59;
          if (valid) expect(got).toMatchObject(want);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('similarity', () => {
  it('is the Dice coefficient of the token sets', () => {
    const word = fc.constantFrom(
      'arrived',
      'at',
      'sorting',
      'center',
      'départ',
      '已签收',
      'colis',
      'the',
    );
    const text = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = textInfo(x);
        const b = textInfo(y);
        let common = 0;
        for (const t of a.tokens) if (b.tokens.has(t)) common++;
        const dice =
          a.normalized === b.normalized
            ? 1
            : a.tokens.size === 0 || b.tokens.size === 0
              ? 0
              : (2 * common) / (a.tokens.size + b.tokens.size);
        expect(similarity(a, b)).toBe(dice);
      }),
      { numRuns: 1000 },
    );
  });
});
