import { describe, expect, it } from 'vitest';
import { formatOffset, parseOffset, parseWallClock } from './clock.js';

describe('parseWallClock', () => {
  it.each([
    ['2024-03-05 14:22:10', [2024, 3, 5, 14, 22, 10]],
    ['2024-03-05T14:22', [2024, 3, 5, 14, 22, 0]],
    ['2024/3/5 4:05:09', [2024, 3, 5, 4, 5, 9]],
    ['05/03/2024 14:22', [2024, 3, 5, 14, 22, 0]],
    ['08-11-2022 10:13:20', [2022, 11, 8, 10, 13, 20]],
    ['20240423 091519', [2024, 4, 23, 9, 15, 19]],
    ['2024-03-05', [2024, 3, 5, 0, 0, 0]],
  ])('reads %s', (text, [year, month, day, hour, minute, second]) => {
    expect(parseWallClock(text)).toMatchObject({ year, month, day, hour, minute, second });
  });

  it.each(['2024-02-30 10:00', '2024-13-01 10:00', '2024-03-05 25:00', 'yesterday', ''])(
    'refuses %j',
    (text) => {
      expect(parseWallClock(text)).toBeNull();
    },
  );

  it('keeps an offset written in the text', () => {
    expect(parseWallClock('2022-09-14T08:47:00+01:00')?.offsetMinutes).toBe(60);
  });
});

describe('offsets', () => {
  it.each([
    ['+08:00', 480],
    ['+0800', 480],
    ['GMT+8', 480],
    ['GMT+08:00', 480],
    ['UTC-3', -180],
    ['-03:30', -210],
    ['Z', 0],
    ['GMT', 0],
  ])('parses %s', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
    expect(parseOffset(formatOffset(minutes))).toBe(minutes);
  });

  it('refuses nonsense', () => {
    expect(parseOffset('Beijing')).toBeNull();
    expect(parseOffset('+25:00')).toBeNull();
  });
});
