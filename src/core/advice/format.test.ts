import { describe, expect, it } from 'vitest';
import { advise } from './advise.js';
import { formatDay } from './calendar.js';
import { fill, unfilled } from './format.js';
import { order, shipment } from './testing.js';
import { ADVICE_TEXTS } from './texts/index.js';

const missing = ADVICE_TEXTS.en.missing;

describe('fill', () => {
  it('replaces known placeholders and leaves unknown braces alone', () => {
    expect(
      fill(
        'Order {orderNumber} ({trackingNumber}) {other}',
        { orderNumber: '81', trackingNumber: 'LP1' },
        missing,
      ),
    ).toBe('Order 81 (LP1) {other}');
  });

  it('puts the stand-in for a missing or empty value', () => {
    expect(fill('Order {orderNumber}', {}, missing)).toBe('Order [order number]');
    expect(fill('Order {orderNumber}', { orderNumber: '' }, missing)).toBe('Order [order number]');
  });

  it('does not re-expand placeholders found inside values', () => {
    expect(fill('{orderNumber}', { orderNumber: '{trackingNumber}' }, missing)).toBe(
      '{trackingNumber}',
    );
  });

  it('lists what is left', () => {
    expect(unfilled('a {x} b {y}')).toEqual(['x', 'y']);
    expect(unfilled('none')).toEqual([]);
  });
});

describe('formatDay', () => {
  const d = { year: 2026, month: 3, day: 5 };
  it.each([
    ['en', 'March 5, 2026'],
    ['fr', '5 mars 2026'],
    ['es', '5 de marzo de 2026'],
    ['pt-BR', '5 de março de 2026'],
    ['pl', '5 marca 2026'],
    ['de', '5. März 2026'],
  ])('%s → %s', (locale, expected) => {
    expect(formatDay(d, locale)).toBe(expected);
  });

  it('ru', () => {
    expect(formatDay(d, 'ru')).toMatch(/^5 марта 2026/);
  });
});

describe('advise input', () => {
  it('refuses an invalid now with a clear error', () => {
    expect(() => advise(shipment(), order(), 'yesterday', 'en')).toThrow(/not a valid instant/);
  });

  it('accepts now as a Date, epoch ms or ISO text alike', () => {
    const iso = '2026-03-20T12:00:00Z';
    const a = advise(shipment(), order(), iso, 'en');
    expect(advise(shipment(), order(), new Date(iso), 'en')).toEqual(a);
    expect(advise(shipment(), order(), Date.parse(iso), 'en')).toEqual(a);
  });
});
