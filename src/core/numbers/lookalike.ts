/**
 * @module core/numbers/lookalike
 * Recognises what people paste by mistake instead of a tracking number, so Trackline can
 * say what it is and what to paste instead.
 *
 * Heuristics (documented, since no shop publishes its id format):
 * - AliExpress order numbers are 15–16 digits. Current ones are 16 digits starting with 8
 *   or 3; older ones are 15 digits (starting 5, 8 or 3). The last 4 digits are tied to the
 *   buyer account, so all orders of one buyer end alike. 16 digits: no tracking format we
 *   know is 16 bare digits, so this is a strong match. 15 digits collide with FedEx Ground
 *   (GS1 check), so that form is only a weak match.
 * - Alibaba.com (Trade Assurance) order numbers are long bare digit runs, seen as 17–19
 *   digits; weak, since 18/20-digit runs also hold SSCC and GS1 numbers.
 * - Amazon 3-7-7 (`123-1234567-1234567`, `D01-…` for digital), eBay 2-5-5
 *   (`12-12345-12345`), Temu `PO-123-…` (PO, dash, 3 digits, dash, 10–20 digits),
 *   Shein order ids (`GS` + 2–4 letters + 8–14 letters/digits; weak).
 * - Phones: `+` then 7–15 digits (E.164) with any separators; national forms with
 *   parentheses or groups (`(415) 555-2671`, `020 7946 0958`, `06 12 34 56 78`); a bare
 *   Chinese mobile number (11 digits, `1[3-9]…`) and a bare national number (trunk 0, then
 *   9–10 digits: `0612345678`) are weak.
 * - Dates, prices, e-mail addresses, postal codes (US ZIP/ZIP+4, 4–6 digits, UK, Canada,
 *   Netherlands, Poland, Brazil CEP, Japan).
 *
 * A *strong* lookalike is recognisable from its written shape alone and overrides any
 * tracking-format match; a *weak* one is only reported when nothing else fits.
 */
import type { Lookalike } from './types.js';

export interface LookalikeMatch {
  kind: Lookalike;
  /** True when the written shape alone is conclusive (see the module notes). */
  strong: boolean;
  /** Which rule fired, e.g. 'amazon', 'ebay', 'temu', 'e164'. */
  rule: string;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const AMAZON = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/i;
const EBAY = /^\d{2}-\d{5}-\d{5}$/;
const TEMU = /^PO-\d{3}-\d{10,20}$/i;
const SHEIN = /^GS[A-Z]{2,4}[A-Z0-9]{8,14}$/;
const CURRENCY =
  /(?:(?:us|ca|au|a|c|hk|nz|s)\s?\$|[$€£¥₽₹₩₺₫฿₱]|zł|r\$|kr|usd|eur|gbp|cny|rmb|rub|pln|brl|uah|kzt|chf|jpy|cad|aud)/i;
const CURRENCY_ALL = new RegExp(CURRENCY.source, 'gi');
const AMOUNT = /^\d{1,3}(?:[ ,.'\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$/;
const DECIMAL_PRICE = /^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d{1,3}(?:\.\d{3})*,\d{2}$/;
const DATE_NUMERIC = /^(\d{1,4})[-./](\d{1,2})[-./](\d{1,4})$/;
const DATE_WORDS = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTHS})\\.?,?\\s+\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4})$`,
  'i',
);
const DATE_CJK = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?$/;
const PHONE_E164 = /^(?:\+|00)[\d\s().\-\u00a0]{7,22}$/;
const PHONE_US = /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;
const PHONE_NATIONAL = /^\(?0\d{1,4}\)?(?:[\s.-]\d{2,4}){2,4}$/;
const PHONE_CN_MOBILE = /^1[3-9]\d{9}$/;
const PHONE_NATIONAL_BARE = /^0[1-9]\d{8,9}$/;
const POSTAL = [
  /^\d{5}(?:-\d{4})?$/, // US ZIP, DE, FR, ES, IT…
  /^\d{4}$/, // AT, BE, CH, DK, AU…
  /^\d{6}$/, // CN, RU, IN, SG…
  /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i, // UK
  /^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/i, // Canada
  /^\d{4}\s?[A-Z]{2}$/i, // Netherlands
  /^\d{2}-\d{3}$/, // Poland
  /^\d{5}-\d{3}$/, // Brazil CEP
  /^\d{3}-\d{4}$/, // Japan
];

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function validDate(a: number, b: number, c: number): boolean {
  // Accept y-m-d, d-m-y and m-d-y: one reading with a plausible year, month and day.
  const readings: [number, number, number][] = [
    [a, b, c],
    [c, b, a],
    [c, a, b],
  ];
  return readings.some(([y, m, d]) => {
    const year = y < 100 ? 2000 + y : y;
    return year >= 1990 && year <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  });
}

function isDate(text: string): boolean {
  if (DATE_WORDS.test(text) || DATE_CJK.test(text)) return true;
  const m = DATE_NUMERIC.exec(text);
  if (m) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const yearFirst = m[1]!.length === 4;
    const yearLast = m[3]!.length === 4 || m[3]!.length === 2;
    return (yearFirst || yearLast) && validDate(a, b, c);
  }
  if (/^(?:19|20)\d{6}$/.test(text)) {
    const m2 = Number(text.slice(4, 6));
    const d2 = Number(text.slice(6, 8));
    return m2 >= 1 && m2 <= 12 && d2 >= 1 && d2 <= 31;
  }
  return false;
}

function isPrice(text: string): boolean {
  if (CURRENCY.test(text)) {
    const rest = text
      .replace(CURRENCY_ALL, '')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    return rest.length > 0 && AMOUNT.test(rest);
  }
  return DECIMAL_PRICE.test(text);
}

/**
 * What `input` (the raw token, separators kept) is when it is not a tracking number;
 * undefined when it looks like none of the known mistakes.
 */
export function matchLookalike(input: string): LookalikeMatch | undefined {
  const text = input.trim().replace(/^#|^№\s*/, '');
  if (text.length === 0 || text.length > 64) return undefined;
  if (EMAIL.test(text)) return { kind: 'email', strong: true, rule: 'email' };
  if (AMAZON.test(text)) return { kind: 'shop_order', strong: true, rule: 'amazon' };
  if (EBAY.test(text)) return { kind: 'shop_order', strong: true, rule: 'ebay' };
  if (TEMU.test(text)) return { kind: 'shop_order', strong: true, rule: 'temu' };
  if (isDate(text)) return { kind: 'date', strong: true, rule: 'date' };
  if (isPrice(text)) return { kind: 'price', strong: true, rule: 'price' };
  for (const postal of POSTAL) {
    if (postal.test(text)) return { kind: 'postal_code', strong: true, rule: 'postal' };
  }
  if (PHONE_E164.test(text)) {
    const n = digitsOf(text).length - (text.startsWith('00') ? 2 : 0);
    if (n >= 7 && n <= 15) return { kind: 'phone', strong: true, rule: 'e164' };
  }
  if (PHONE_US.test(text)) return { kind: 'phone', strong: true, rule: 'us' };
  if (PHONE_NATIONAL.test(text)) {
    const n = digitsOf(text).length;
    if (n >= 9 && n <= 12) return { kind: 'phone', strong: true, rule: 'national' };
  }
  const compact = text.replace(/[\s\u00a0-]+/g, '');
  if (/^[38]\d{15}$/.test(compact)) {
    return { kind: 'aliexpress_order', strong: true, rule: 'aliexpress-16' };
  }
  if (/^[358]\d{14}$/.test(compact)) {
    return { kind: 'aliexpress_order', strong: false, rule: 'aliexpress-15' };
  }
  if (/^\d{17,19}$/.test(compact)) {
    return { kind: 'alibaba_order', strong: false, rule: 'alibaba' };
  }
  if (PHONE_CN_MOBILE.test(compact)) return { kind: 'phone', strong: false, rule: 'cn-mobile' };
  if (PHONE_NATIONAL_BARE.test(compact)) {
    return { kind: 'phone', strong: false, rule: 'national-bare' };
  }
  if (SHEIN.test(compact.toUpperCase())) {
    return { kind: 'shop_order', strong: false, rule: 'shein' };
  }
  return undefined;
}

/** The kind only; see matchLookalike for strength. */
export function detectLookalike(input: string): Lookalike | undefined {
  return matchLookalike(input)?.kind;
}

export interface LookalikeAdvice {
  /** Stable key for translations, e.g. 'lookalike.aliexpress_order'. */
  key: string;
  /** One short line: what it is. */
  what: string;
  /** One short line: what to do instead. */
  todo: string;
}

const ADVICE: Record<Lookalike, Omit<LookalikeAdvice, 'key'>> = {
  aliexpress_order: {
    what: 'This is an AliExpress order number: it names your purchase, not the parcel.',
    todo: 'Open the order in My Orders, then Track order, and copy the tracking number shown there once the seller has shipped.',
  },
  alibaba_order: {
    what: 'This looks like an Alibaba.com order number: it identifies the deal with your supplier.',
    todo: 'Ask the supplier for the carrier and tracking number, or open the order and look in its shipping section.',
  },
  shop_order: {
    what: 'This is an order id from an online shop, not a carrier number.',
    todo: "Open the order on the shop's site; the shipping details list the carrier and the tracking number.",
  },
  phone: {
    what: 'This is a phone number.',
    todo: 'Paste the tracking number from the shipping notice instead; carrier phone numbers are on the carrier card.',
  },
  date: {
    what: 'This is a date.',
    todo: 'Paste the tracking number itself, usually letters and digits such as LP… or RB…CN.',
  },
  price: {
    what: 'This is an amount of money.',
    todo: 'Paste the tracking number from the order or the shipping e-mail.',
  },
  email: {
    what: 'This is an e-mail address.',
    todo: 'Paste the tracking number, or the whole shipping e-mail so we can find it.',
  },
  postal_code: {
    what: 'This is a postal code.',
    todo: 'Paste the tracking number; the destination is read from the carrier.',
  },
};

/**
 * A short explanation of a lookalike and what to paste instead, in plain English: the
 * command line's words (`trackline detect`, `trackline track`). The web pages have their
 * own per-locale copies (web/i18n, `home.lookalike`).
 */
export function lookalikeAdvice(kind: Lookalike): LookalikeAdvice {
  return { key: `lookalike.${kind}`, ...ADVICE[kind] };
}
