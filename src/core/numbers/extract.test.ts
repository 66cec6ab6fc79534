import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAll } from './extract.js';
import { computeGs1CheckDigit } from './formats/gs1.js';
import { computeS10CheckDigit } from './formats/s10.js';
import { computeUpsCheckDigit } from './formats/ups.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

// --- tracking numbers to plant: [as written, normalized] ---------------------------------

const s10 = fc
  .tuple(
    fc.constantFrom('RB', 'LP', 'EA', 'RR', 'CP', 'UA', 'LX'),
    digits(8),
    fc.constantFrom('CN', 'GB', 'FR', 'US', 'DE', 'NL', 'BR'),
    fc.boolean(),
  )
  .map(([si, serial, cc, spaced]): [string, string] => {
    const n = `${si}${serial}${computeS10CheckDigit(serial)}${cc}`;
    const shown = spaced ? `${si} ${serial.slice(0, 4)} ${serial.slice(4)}${n[10]} ${cc}` : n;
    return [shown, n];
  });

const ups = fc
  .array(fc.constantFrom(...'ABCDEFGHJKLMNPRTUVWXY0123456789'), { minLength: 15, maxLength: 15 })
  .map((a): [string, string] => {
    const body = a.join('');
    const n = `1Z${body}${computeUpsCheckDigit(body)}`;
    return [n, n];
  });

const usps = fc.tuple(digits(17), fc.boolean()).map(([d, spaced]): [string, string] => {
  const data = `9400${d}`;
  const n = `${data}${computeGs1CheckDigit(data)}`;
  return [spaced ? (n.match(/.{1,4}/g) ?? []).join(' ') : n, n];
});

const sscc = digits(11).map((d): [string, string] => {
  const data = `340434${d}`;
  const n = `00${data}${computeGs1CheckDigit(data)}`;
  return [n, n];
});

const cainiao = fc.tuple(digits(12), fc.boolean()).map(([d, spaced]): [string, string] => {
  const n = `LP00${d}`;
  const shown = spaced
    ? `LP ${n.slice(2, 6)} ${n.slice(6, 10)} ${n.slice(10, 14)} ${n.slice(14)}`
    : n;
  return [shown, n];
});

const yun = digits(16).map((d): [string, string] => [`YT${d}`, `YT${d}`]);

const planted = fc.oneof(s10, ups, usps, sscc, cainiao, yun);

// --- prose with the figures that must NOT be taken --------------------------------------

const phone = fc.oneof(
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `+1 ${a} ${b} ${c}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc
    .tuple(digits(2), digits(2), digits(2), digits(2))
    .map(([a, b, c, d]) => `06 ${a} ${b} ${c} ${d}`),
  digits(8).map((d) => `+86 138${d}`),
  digits(8).map((d) => `138${d}`),
  digits(9).map((d) => `0${1 + (Number(d[0]) % 9)}${d.slice(1)}`),
  fc.tuple(digits(4), digits(4)).map(([a, b]) => `+44 20 ${a} ${b}`),
);
const orderNumber = fc.oneof(
  fc.tuple(fc.constantFrom('8', '3'), digits(15)).map(([a, d]) => `${a}${d}`),
  fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(digits(2), digits(5), digits(5)).map(([a, b, c]) => `${a}-${b}-${c}`),
  digits(14).map((d) => `PO-211-${d}`),
);
const date = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 2019, max: 2030 }),
  )
  .chain(([d, m, y]) => {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    return fc.constantFrom(
      `${dd}/${mm}/${y}`,
      `${y}-${mm}-${dd}`,
      `${dd}.${mm}.${y}`,
      `${y}${mm}${dd}`,
      `${d} May ${y}`,
    );
  });
const price = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
  .chain(([a, c]) => {
    const cents = String(c).padStart(2, '0');
    return fc.constantFrom(
      `US $${a}.${cents}`,
      `€${a},${cents}`,
      `${a.toLocaleString('en')}.${cents}`,
      `${a} ₽`,
      `R$ ${a},${cents}`,
    );
  });
const misc = fc.constantFrom(
  'at 14:30',
  'postcode 75001',
  'SW1A 1AA',
  'IBAN DE89 3704 0044 0532 0130 00',
  'id 5f3a9b2c7d1e4f60a1b2',
  'ref 0x7FF3A9B2C7D1E4F6',
  '2 x 3 pcs',
  '100%',
  'v2.14.3',
  'store 912345678',
);
const label = fc.constantFrom(
  'Tracking number:',
  'Your parcel',
  'shipped with',
  'Order number:',
  'Order #',
  'Call us on',
  'Delivered on',
  'Total:',
  'Your package',
  'Zamówienie nr',
  'Номер заказа',
  '订单号',
);
const word = fc.constantFrom(
  'the',
  'parcel',
  'was',
  'handed',
  'to',
  'carrier',
  'delivery',
  'expected',
  'within',
  'days',
  'seller',
  'customs',
  'please',
  'contact',
  'us',
  'your',
  'order',
  'tracking',
  'will',
  'update',
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 10 }), fc.constantFrom('.', '!', '?', ','))
  .map(([ws, end]) => ws.join(' ') + end);
const noise = fc.oneof(
  sentence,
  fc.tuple(label, phone).map(([l, p]) => `${l} ${p}.`),
  fc.tuple(label, orderNumber).map(([l, o]) => `${l} ${o}.`),
  fc.tuple(label, date).map(([l, d]) => `${l} ${d}.`),
  fc.tuple(label, price).map(([l, p]) => `${l} ${p}.`),
  misc,
);
const prose = fc.array(noise, { minLength: 1, maxLength: 25 });

describe('extractAll: examples', () => {
  it('finds numbers written in groups, with their offsets', () => {
    const text = 'Hi! Tracking: LP 0012 3456 7890 12, then RB 1234 56785 GB (registered).';
    const found = extractAll(text);
    expect(found.map((f) => f.normalized)).toEqual(['LP00123456789012', 'RB123456785GB']);
    for (const f of found) expect(text.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
    expect(found[0]!.candidates[0]?.carrierId).toBe('cainiao');
    expect(found[1]!.checksum).toBe('valid');
  });

  it('takes bare-digit numbers only beside a shipping word, or when 20+ digits long', () => {
    expect(extractAll('FedEx tracking 986578788855 arrives Monday')).toHaveLength(1);
    expect(extractAll('Room 986578788855 is on the left')).toHaveLength(0);
    expect(extractAll('Ref 00340434292135100148')).toHaveLength(1);
  });

  it('refuses order numbers, phones, IBANs, hex ids, full-width text aside', () => {
    expect(extractAll('Order number: 3318810025 (parcel on its way)')).toEqual([]);
    expect(extractAll('Your AliExpress order 8123456789012345 has shipped')).toEqual([]);
    expect(extractAll('Courier phone +1 3318810025')).toEqual([]);
    expect(extractAll('IBAN DE89 3704 0044 0532 0130 00 for the refund')).toEqual([]);
    expect(extractAll('id 5f3a9b2c7d1e4f60a1b2 in the log')).toEqual([]);
    expect(extractAll('运单号：ＲＢ１２３４５６７８５ＧＢ')[0]?.normalized).toBe('RB123456785GB');
  });

  it('reports each number once and nothing for a wrong check digit', () => {
    expect(extractAll('RB123456785GB and again RB123456785GB')).toHaveLength(1);
    expect(extractAll('Tracking RB123456784GB')).toEqual([]);
    expect(extractAll('')).toEqual([]);
  });
});

describe('extractAll: messages as buyers receive them', () => {
  it.each<[string, string[]]>([
    [
      'Заказ № 8187654321098765 отправлен. Трек-номер: RR123456785CN. Телефон: 8 800 100 00 00',
      ['RR123456785CN'],
    ],
    [
      '您的订单 3012345678901234 已发货，运单号：ＬＰ００１２３４５６７８９０１２，客服电话 400-820-8888',
      ['LP00123456789012'],
    ],
    [
      'Votre colis 6A12345678905 est en route. Suivi : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678905. Le 12.05.2024 à 14h30.',
      ['6A12345678905'],
    ],
    [
      'Shipped via UPS 1Z 999 AA1 01 2345 678 4 on Mon, May 12. Order #112-3456789-1234567. Amount: $45.67.',
      ['1Z999AA10123456784'],
    ],
    [
      'Your DHL shipment 3318810025 is out for delivery. Waybill: 8487135506. Call 0800 123 4567',
      ['3318810025', '8487135506'],
    ],
    [
      'Sendungsnummer 00340434292135100148 - DHL Paket. Bestellung 1234567890. IBAN DE89370400440532013000',
      ['00340434292135100148'],
    ],
    [
      'tracking: lp00123456789012 and yt2229521272164446',
      ['LP00123456789012', 'YT2229521272164446'],
    ],
    [
      'Order 8123456789012345 went with Cainiao LP00123456789012, then Correos PK6Q1D0710032430128440H.',
      ['LP00123456789012', 'PK6Q1D0710032430128440H'],
    ],
  ])('%s', (text, expected) => {
    expect(extractAll(text).map((e) => e.normalized)).toEqual(expected);
  });
});

describe('extractAll: properties', () => {
  it('finds every number planted in prose, and nothing else', () => {
    fc.assert(
      fc.property(
        prose,
        fc.array(fc.tuple(planted, fc.nat()), { minLength: 1, maxLength: 5 }),
        (parts, plants) => {
          const pieces = [...parts];
          for (const [[shown], at] of plants) pieces.splice(at % (pieces.length + 1), 0, shown);
          const text = pieces.join(' ');
          const found = extractAll(text).map((f) => f.normalized);
          const expected = new Set(plants.map(([[, n]]) => n));
          expect(new Set(found)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing in prose full of dates, prices, phones and order numbers', () => {
    fc.assert(
      fc.property(prose, (parts) => {
        expect(extractAll(parts.join(' '))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
