/**
 * The order details' rules, shared by the form and the JSON API: shop-shaped order numbers,
 * real past dates, the shop's default protection, known country codes.
 */
import { describe, expect, it } from 'vitest';
import {
  cleanOrderNumber,
  defaultProtectionDays,
  formValuesOf,
  parseOrderForm,
  parseOrderJson,
} from './order-input.js';

const NOW = new Date('2026-03-25T12:00:00Z');

describe('parseOrderForm', () => {
  it('takes a good AliExpress order, cleaning the number and the country', () => {
    const r = parseOrderForm(
      {
        retailer: 'aliexpress',
        orderNumber: ' #8123-4567-8901-2345 ',
        orderDate: '2026-02-01',
        protectionDays: '75',
        destinationCountry: ' de ',
      },
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      details: {
        retailer: 'aliexpress',
        orderNumber: '8123456789012345',
        orderDate: Date.UTC(2026, 1, 1),
        protectionDays: 75,
        destinationCountry: 'DE',
      },
    });
  });

  it('uses the shop’s default protection when the field is empty, and needs one for another shop', () => {
    const alibaba = parseOrderForm({ retailer: 'alibaba', orderDate: '2026-02-01' }, NOW);
    expect(alibaba.ok && alibaba.details.protectionDays).toBe(defaultProtectionDays('alibaba'));
    expect(defaultProtectionDays('aliexpress')).toBe(60);
    const other = parseOrderForm({ retailer: 'other', orderDate: '2026-02-01' }, NOW);
    expect(other).toEqual({ ok: false, errors: { protectionDays: 'daysMissing' } });
  });

  it.each([
    [{ orderNumber: '81234567890123' }, { orderNumber: 'orderAliexpress' }],
    [{ orderNumber: 'RB123456785GB' }, { orderNumber: 'orderIsTracking' }],
    [{ orderDate: '' }, { orderDate: 'dateMissing' }],
    [{ orderDate: '2026-02-31' }, { orderDate: 'dateInvalid' }],
    [{ orderDate: '25/03/2026' }, { orderDate: 'dateInvalid' }],
    [{ orderDate: '2026-03-27' }, { orderDate: 'dateFuture' }],
    [{ orderDate: '2023-01-01' }, { orderDate: 'dateOld' }],
    [{ protectionDays: '0' }, { protectionDays: 'daysRange' }],
    [{ protectionDays: '366' }, { protectionDays: 'daysRange' }],
    [{ protectionDays: '6.5' }, { protectionDays: 'daysRange' }],
    [{ destinationCountry: 'XX' }, { destinationCountry: 'country' }],
    [{ destinationCountry: 'FRA' }, { destinationCountry: 'country' }],
    [{ retailer: 'temu' }, { retailer: 'retailer' }],
  ])('refuses %j', (change, errors) => {
    const base = { retailer: 'aliexpress', orderDate: '2026-02-01' };
    expect(parseOrderForm({ ...base, ...change }, NOW)).toEqual({ ok: false, errors });
  });

  it('reports every bad field at once, the order number even when the date is bad', () => {
    const r = parseOrderForm(
      { retailer: 'alibaba', orderNumber: '123', orderDate: 'soon', destinationCountry: 'Q1' },
      NOW,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        orderNumber: 'orderAlibaba',
        orderDate: 'dateInvalid',
        destinationCountry: 'country',
      },
    });
  });

  it('takes a UTC day ahead (already today further east), an empty number, UK for GB', () => {
    const r = parseOrderForm(
      {
        retailer: 'other',
        orderDate: '2026-03-26',
        protectionDays: '30',
        destinationCountry: 'uk',
      },
      NOW,
    );
    expect(r.ok && r.details).toMatchObject({ orderNumber: null, destinationCountry: 'GB' });
  });

  it('accepts another shop’s own ids but not an e-mail or a carrier number', () => {
    const check = (orderNumber: string) =>
      parseOrderForm(
        { retailer: 'other', orderNumber, orderDate: '2026-02-01', protectionDays: '30' },
        NOW,
      );
    expect(check('PO-211-0123456789').ok).toBe(true);
    expect(check('100200300').ok).toBe(true);
    expect(check('me@example.com')).toEqual({ ok: false, errors: { orderNumber: 'orderOther' } });
    expect(check('LP00054937353995')).toEqual({
      ok: false,
      errors: { orderNumber: 'orderIsTracking' },
    });
  });
});

describe('parseOrderJson', () => {
  it('checks types and unknown fields with the schema, then the same rules', () => {
    const good = parseOrderJson({ retailer: 'aliexpress', orderDate: '2026-02-01' }, NOW);
    expect(good.ok).toBe(true);
    const wrongType = parseOrderJson(
      { retailer: 'aliexpress', orderDate: '2026-02-01', protectionDays: '60' },
      NOW,
    );
    expect(wrongType).toMatchObject({ ok: false, errors: { protectionDays: 'daysRange' } });
    expect(wrongType.issues).toContain('protectionDays');
    const extra = parseOrderJson({ retailer: 'alibaba', orderDate: '2026-02-01', x: 1 }, NOW);
    expect(extra.ok).toBe(false);
    expect(extra.issues).toContain('"x"');
    expect(parseOrderJson(null, NOW).ok).toBe(false);
    const rule = parseOrderJson({ retailer: 'alibaba', orderDate: '2027-01-01' }, NOW);
    expect(rule).toEqual({ ok: false, errors: { orderDate: 'dateFuture' } });
  });
});

describe('form helpers', () => {
  it('cleans order numbers per shop and turns a stored order back into form values', () => {
    expect(cleanOrderNumber('alibaba', '№ 1234 5678 9012 3456 78')).toBe('123456789012345678');
    expect(cleanOrderNumber('other', '#ORD-1')).toBe('ORD-1');
    expect(
      formValuesOf({
        retailer: 'aliexpress',
        orderNumber: undefined,
        orderDate: Date.UTC(2026, 1, 1),
        protectionDays: 60,
        destinationCountry: null,
      }),
    ).toEqual({ retailer: 'aliexpress', orderDate: '2026-02-01', protectionDays: '60' });
  });
});
