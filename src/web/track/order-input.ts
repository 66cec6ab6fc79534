/**
 * @module web/track/order-input
 * Pure: the buyer's order details, checked the same way for the page's form (text fields)
 * and for `PUT /api/v1/track/:number/order` (JSON, zod). Order numbers are held to the
 * shapes core/numbers knows (an AliExpress order is 15–16 digits, an Alibaba one 17–19);
 * a carrier tracking number pasted by mistake is named as such. Nothing here stores.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from '../../core/classify/places.js';
import { SHIPPING_METHODS } from '../../core/eta/services.js';
import { analyze, matchLookalike } from '../../core/numbers/index.js';
import type { OrderDetails } from '../../store/orders.js';
import { RETAILERS } from '../content/retailers.js';

export const ORDER_RETAILERS = ['aliexpress', 'alibaba', 'other'] as const;
export type OrderRetailer = (typeof ORDER_RETAILERS)[number];

export const ORDER_FIELDS = [
  'retailer',
  'orderNumber',
  'orderDate',
  'protectionDays',
  'destinationCountry',
  'shippingMethod',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** Why a field was refused; the page words each one per locale. */
export type OrderProblem =
  | 'retailer'
  | 'orderAliexpress'
  | 'orderAlibaba'
  | 'orderOther'
  | 'orderIsTracking'
  | 'dateMissing'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateOld'
  | 'daysMissing'
  | 'daysRange'
  | 'country'
  | 'method';

export type OrderErrors = Partial<Record<OrderField, OrderProblem>>;

export type OrderCheck = { ok: true; details: OrderDetails } | { ok: false; errors: OrderErrors };

export const MIN_PROTECTION_DAYS = 1;
export const MAX_PROTECTION_DAYS = 365;
/** An order older than this is a typo in the year, not a parcel still on its way. */
const MAX_ORDER_AGE_DAYS = 2 * 366;
const DAY_MS = 86_400_000;

/** The ids of the known shipping methods (data/shipping-methods.json), in file order. */
export const SHIPPING_METHOD_IDS = SHIPPING_METHODS.map((m) => m.id) as [string, ...string[]];
const METHOD_IDS: ReadonlySet<string> = new Set(SHIPPING_METHOD_IDS);

/** The buyer-protection days a retailer gives by default (the shorter end, to be safe). */
export function defaultProtectionDays(retailer: string): number | undefined {
  if (retailer === 'aliexpress' || retailer === 'alibaba') {
    return RETAILERS[retailer].protectionDays.min;
  }
  return undefined;
}

/** The JSON body of `PUT /api/v1/track/:number/order`. */
export const orderBodySchema = z.strictObject({
  retailer: z.enum(ORDER_RETAILERS),
  orderNumber: z.string().max(64).nullable().optional(),
  orderDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  protectionDays: z
    .number()
    .int()
    .min(MIN_PROTECTION_DAYS)
    .max(MAX_PROTECTION_DAYS)
    .nullable()
    .optional(),
  destinationCountry: z.string().max(3).nullable().optional(),
  /** A method id; null when the buyer does not know it; absent leaves the stored one. */
  shippingMethod: z.enum(SHIPPING_METHOD_IDS).nullable().optional(),
});
export type OrderBody = z.infer<typeof orderBodySchema>;

const ZOD_PROBLEM: Record<OrderField, OrderProblem> = {
  retailer: 'retailer',
  orderNumber: 'orderOther',
  orderDate: 'dateInvalid',
  protectionDays: 'daysRange',
  destinationCountry: 'country',
  shippingMethod: 'method',
};

function orderNumberProblem(retailer: OrderRetailer, text: string): OrderProblem | undefined {
  const detection = analyze(text);
  // Digits alone fit many formats; letters and digits in a carrier's shape are a parcel.
  const isTracking =
    detection.kind === 'tracking' && detection.lookalike === undefined && /[A-Z]/i.test(text);
  const kind = matchLookalike(text)?.kind;
  if (retailer === 'aliexpress' && kind !== 'aliexpress_order') {
    return isTracking ? 'orderIsTracking' : 'orderAliexpress';
  }
  if (retailer === 'alibaba' && kind !== 'alibaba_order') {
    return isTracking ? 'orderIsTracking' : 'orderAlibaba';
  }
  if (retailer === 'other') {
    if (!/^[A-Za-z0-9][A-Za-z0-9\-_/.]{2,39}$/.test(text)) return 'orderOther';
    if (kind === 'email' || kind === 'phone' || kind === 'date' || kind === 'price') {
      return 'orderOther';
    }
    if (isTracking) return 'orderIsTracking';
  }
  return undefined;
}

/** The order number as stored: no leading '#', and digits only for the two retailers. */
export function cleanOrderNumber(retailer: OrderRetailer, input: string): string {
  const text = input.trim().replace(/^(?:#|№)\s*/, '');
  return retailer === 'other' ? text : text.replace(/[\s\u00a0-]+/g, '');
}

function dayProblem(iso: string, now: Date): { problem?: OrderProblem; ms?: number } {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    return { problem: 'dateInvalid' };
  }
  // A day ahead of UTC is still "today" somewhere.
  if (ms > now.getTime() + DAY_MS) return { problem: 'dateFuture' };
  if (ms < now.getTime() - MAX_ORDER_AGE_DAYS * DAY_MS) return { problem: 'dateOld' };
  return { ms };
}

/** Checks a body already shaped by the schema; the rules no schema can say. */
export function checkOrder(body: OrderBody, now: Date): OrderCheck {
  const errors: OrderErrors = {};
  const orderNumber = body.orderNumber ? cleanOrderNumber(body.retailer, body.orderNumber) : '';
  if (orderNumber) {
    const problem = orderNumberProblem(body.retailer, orderNumber);
    if (problem) errors.orderNumber = problem;
  }
  const day = dayProblem(body.orderDate, now);
  if (day.problem) errors.orderDate = day.problem;
  const protectionDays = body.protectionDays ?? defaultProtectionDays(body.retailer);
  if (protectionDays === undefined) errors.protectionDays = 'daysMissing';
  let country = body.destinationCountry?.trim().toUpperCase() || undefined;
  if (country === 'UK') country = 'GB';
  if (country !== undefined && !COUNTRY_CODES.has(country)) errors.destinationCountry = 'country';
  const method = body.shippingMethod;
  if (method && !METHOD_IDS.has(method)) errors.shippingMethod = 'method';
  if (Object.keys(errors).length > 0 || day.ms === undefined || protectionDays === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    details: {
      retailer: body.retailer,
      orderNumber: orderNumber || null,
      orderDate: day.ms,
      protectionDays,
      destinationCountry: country ?? null,
      ...(method !== undefined ? { shippingMethod: method || null } : {}),
    },
  };
}

/** A JSON body: schema first (shape and types), then checkOrder. */
export function parseOrderJson(body: unknown, now: Date): OrderCheck & { issues?: string } {
  const parsed = orderBodySchema.safeParse(body);
  if (!parsed.success) {
    const errors: OrderErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && (ORDER_FIELDS as readonly string[]).includes(field)) {
        errors[field as OrderField] ??= ZOD_PROBLEM[field as OrderField];
      }
    }
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      .join('; ');
    return { ok: false, errors, issues };
  }
  return checkOrder(parsed.data, now);
}

/** The text fields of the page's form, as posted (every value a string, maybe empty). */
export type OrderFormValues = Partial<Record<OrderField, string>>;

/** The form's fields: empty means absent; the same rules as the JSON body. */
export function parseOrderForm(values: OrderFormValues, now: Date): OrderCheck {
  const text = (f: OrderField) => values[f]?.trim() ?? '';
  const errors: OrderErrors = {};
  const retailer = text('retailer');
  if (!(ORDER_RETAILERS as readonly string[]).includes(retailer)) errors.retailer = 'retailer';
  const date = text('orderDate');
  if (!date) errors.orderDate = 'dateMissing';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.orderDate = 'dateInvalid';
  const days = text('protectionDays');
  const n = /^\d{1,4}$/.test(days) ? Number(days) : Number.NaN;
  if (days && !(n >= MIN_PROTECTION_DAYS && n <= MAX_PROTECTION_DAYS)) {
    errors.protectionDays = 'daysRange';
  }
  if (text('orderNumber').length > 64) errors.orderNumber = 'orderOther';
  if (text('destinationCountry').length > 3) errors.destinationCountry = 'country';
  const method = text('shippingMethod');
  if (method && !METHOD_IDS.has(method)) errors.shippingMethod = 'method';
  const body: OrderBody = {
    retailer: (errors.retailer ? 'other' : retailer) as OrderRetailer,
    orderDate: date,
    ...(text('orderNumber') ? { orderNumber: text('orderNumber') } : {}),
    ...(days && !errors.protectionDays ? { protectionDays: n } : {}),
    ...(text('destinationCountry') ? { destinationCountry: text('destinationCountry') } : {}),
    // Our form always sends the select: empty is "I don't know", which clears the method;
    // a post without the field leaves the stored one.
    ...(values.shippingMethod === undefined
      ? {}
      : { shippingMethod: method && !errors.shippingMethod ? method : null }),
  };
  // A bad date is told as such; the other fields are still checked (against today).
  const probe = errors.orderDate ? { ...body, orderDate: now.toISOString().slice(0, 10) } : body;
  const checked = checkOrder(probe, now);
  if (checked.ok && Object.keys(errors).length === 0) return checked;
  const later = checked.ok ? {} : checked.errors;
  // A bad retailer was checked as 'other'; say only what is wrong with the retailer then.
  if (errors.retailer) delete later.protectionDays;
  return { ok: false, errors: { ...later, ...errors } };
}

/** The form's values for an order already stored (to edit it). */
export function formValuesOf(order: {
  retailer: string;
  orderNumber?: string | undefined;
  orderDate: number | null;
  protectionDays: number | null;
  destinationCountry: string | null;
  shippingMethod?: string | null | undefined;
}): OrderFormValues {
  const out: OrderFormValues = { retailer: order.retailer };
  if (order.orderNumber) out.orderNumber = order.orderNumber;
  if (order.orderDate !== null) {
    out.orderDate = new Date(Number(order.orderDate)).toISOString().slice(0, 10);
  }
  if (order.protectionDays !== null) out.protectionDays = String(order.protectionDays);
  if (order.destinationCountry) out.destinationCountry = order.destinationCountry;
  if (order.shippingMethod) out.shippingMethod = order.shippingMethod;
  return out;
}
