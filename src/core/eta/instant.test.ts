import { describe, expect, it } from 'vitest';
import { isoOfMs, msOfIso } from './instant.js';

describe('ISO instants without Date', () => {
  it('writes what toISOString writes, year edges and leap days included', () => {
    const instants = [
      0, 951_782_400_000, 1_709_251_199_999, 1_772_323_200_000, 4_107_542_400_000,
      253_402_300_799_999,
    ];
    for (const ms of instants) expect(isoOfMs(ms)).toBe(new Date(ms).toISOString());
    expect(isoOfMs(951_782_400_000)).toBe('2000-02-29T00:00:00.000Z');
    // Outside the plain range Date answers: six-digit and negative years, invalid instants.
    expect(isoOfMs(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoOfMs(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(() => isoOfMs(Number.NaN)).toThrow(RangeError);
  });

  it('reads what Date.parse reads, odd forms and rolled-over dates included', () => {
    const texts = [
      '2026-03-01T12:00:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '0000-01-01T00:00:00.000Z',
      '2026-02-30T00:00:00.000Z',
      '2026-02-28T24:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-03-01T12:00:00+01:00',
      '2026-03-01 12:00:00.000Z',
      'not an instant',
    ];
    for (const t of texts) expect(Object.is(msOfIso(t), Date.parse(t))).toBe(true);
    expect(msOfIso('2026-03-01T12:00:00.000Z')).toBe(Date.UTC(2026, 2, 1, 12));
  });
});
