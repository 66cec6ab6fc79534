import { describe, expect, it } from 'vitest';
import { detectLookalike, lookalikeAdvice, matchLookalike } from './lookalike.js';
import type { Lookalike } from './types.js';

describe('matchLookalike', () => {
  it.each<[string, Lookalike, boolean]>([
    ['8123456789012345', 'aliexpress_order', true],
    ['3045678901234567', 'aliexpress_order', true],
    ['8123 4567 8901 2345', 'aliexpress_order', true],
    ['#8123456789012345', 'aliexpress_order', true],
    ['500000000098888', 'aliexpress_order', false],
    ['123456789012345678', 'alibaba_order', false],
    ['123-1234567-1234567', 'shop_order', true],
    ['D01-1234567-1234567', 'shop_order', true],
    ['12-12345-12345', 'shop_order', true],
    ['PO-211-01234567890123456', 'shop_order', true],
    ['GSUNJ12A34B56C', 'shop_order', false],
    ['+1 415 555 2671', 'phone', true],
    ['+33 6 12 34 56 78', 'phone', true],
    ['+8613812345678', 'phone', true],
    ['0044 20 7946 0958', 'phone', true],
    ['(415) 555-2671', 'phone', true],
    ['415-555-2671', 'phone', true],
    ['020 7946 0958', 'phone', true],
    ['06 12 34 56 78', 'phone', true],
    ['13812345678', 'phone', false],
    ['0612345678', 'phone', false],
    ['2024-05-12', 'date', true],
    ['12/05/2024', 'date', true],
    ['12.05.24', 'date', true],
    ['5/12/2024', 'date', true],
    ['20240512', 'date', true],
    ['12 May 2024', 'date', true],
    ['May 12, 2024', 'date', true],
    ['2024年5月12日', 'date', true],
    ['$12.99', 'price', true],
    ['US $1,234.56', 'price', true],
    ['12,99 €', 'price', true],
    ['1 299,00 zł', 'price', true],
    ['R$ 59,90', 'price', true],
    ['¥88', 'price', true],
    ['1,234.56', 'price', true],
    ['buyer@example.com', 'email', true],
    ['90210', 'postal_code', true],
    ['90210-1234', 'postal_code', true],
    ['SW1A 1AA', 'postal_code', true],
    ['K1A 0B1', 'postal_code', true],
    ['1012 AB', 'postal_code', true],
    ['00-950', 'postal_code', true],
    ['01310-100', 'postal_code', true],
    ['100-0001', 'postal_code', true],
    ['101000', 'postal_code', true],
  ])('%s → %s (strong: %s)', (input, kind, strong) => {
    const m = matchLookalike(input);
    expect(m?.kind).toBe(kind);
    expect(m?.strong).toBe(strong);
  });

  it.each([
    'RB123456785GB',
    'LP00123456789012',
    '1Z999AA10123456784',
    '9400111206206406260787',
    '00340434292135100148',
    '9400 1112 0620 6406 2607 87',
    'LP 0012 3456 7890 12',
    '2024-13-45',
    'hello',
    '',
  ])('%s is not a lookalike', (input) => {
    expect(detectLookalike(input)).toBeUndefined();
  });
});

describe('lookalikeAdvice', () => {
  const kinds: Lookalike[] = [
    'aliexpress_order',
    'alibaba_order',
    'shop_order',
    'phone',
    'date',
    'price',
    'email',
    'postal_code',
  ];
  it.each(kinds)('%s has a key and two sentences', (kind) => {
    const advice = lookalikeAdvice(kind);
    expect(advice.key).toBe(`lookalike.${kind}`);
    expect(advice.what).toMatch(/^[A-Z].*\.$/);
    expect(advice.todo).toMatch(/^[A-Z].*\.$/);
  });
  it('says something different for every kind', () => {
    const texts = new Set(kinds.map((k) => lookalikeAdvice(k).what));
    expect(texts.size).toBe(kinds.length);
  });
  it('tells an AliExpress buyer where the tracking number is', () => {
    expect(lookalikeAdvice('aliexpress_order').todo).toMatch(/tracking number/);
  });
});
