/**
 * @module web/track/order-form
 * The order panel of the tracking page: the saved order (when there is one) and the
 * "add your order details" form, a plain POST that works without JavaScript. After a
 * refused post it shows what was typed and, per field, what is wrong. Pure.
 */
import { findShippingMethod, SHIPPING_METHODS } from '../../core/eta/services.js';
import type { Locale } from '../../core/i18n/locales.js';
import { RETAILERS } from '../content/retailers.js';
import { html, type SafeHtml } from '../html.js';
import { countryName, formatNumber } from '../i18n/format.js';
import { ORDER_UI } from '../i18n/order/index.js';
import { formatDay } from './format.js';
import {
  defaultProtectionDays,
  MAX_PROTECTION_DAYS,
  MIN_PROTECTION_DAYS,
  ORDER_RETAILERS,
  type OrderErrors,
  type OrderField,
  type OrderFormValues,
} from './order-input.js';
import type { OrderJson } from './order-view.js';

/** What the page needs to draw the panel. */
export interface OrderPanel {
  /** The order stored for this parcel, if any. */
  saved?: OrderJson | null;
  /** The shipping method stored on the parcel (an id), if any. */
  method?: string | null;
  /** The form's values: what was posted, else the saved order, else the defaults. */
  values: OrderFormValues;
  /** Set after a refused post. */
  errors?: OrderErrors;
}

const id = (field: OrderField): string => `order-${field}`;

/** The latest order day a buyer anywhere can pick: tomorrow in UTC (YYYY-MM-DD). */
export const latestOrderDay = (now: Date): string =>
  new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);

export const orderAction = (number: string, locale: Locale): string =>
  `/track/${encodeURIComponent(number)}/order?lang=${encodeURIComponent(locale)}`;

/**
 * The panel for a parcel with no order yet: AliExpress and its default protection, and the
 * parcel's shipping method when it is already known (the carrier said it).
 */
export function emptyOrderPanel(method: string | null = null): OrderPanel {
  const days = defaultProtectionDays('aliexpress');
  return {
    method,
    values: {
      retailer: 'aliexpress',
      ...(days ? { protectionDays: String(days) } : {}),
      ...(method ? { shippingMethod: method } : {}),
    },
  };
}

/** The shown name of a method id (the data's own name; the id when it is not known). */
const methodName = (id: string): string => findShippingMethod(id)?.name ?? id;

function range(min: number, max: number, locale: Locale): string {
  const a = formatNumber(min, locale);
  return min === max ? a : `${a}–${formatNumber(max, locale)}`;
}

function describedBy(field: OrderField, hint: boolean, errors: OrderErrors | undefined) {
  const ids = [hint ? `${id(field)}-hint` : '', errors?.[field] ? `${id(field)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

function fieldError(field: OrderField, errors: OrderErrors | undefined, locale: Locale) {
  const problem = errors?.[field];
  if (!problem) return '';
  return html`<span class="error" id="${id(field)}-error">${ORDER_UI[locale].problems[problem]}</span>`;
}

function invalid(field: OrderField, errors: OrderErrors | undefined): SafeHtml | '' {
  return errors?.[field] ? html` aria-invalid="true"` : '';
}

/** The form's fields for the values nobody typed (no order yet), by locale and values. */
const blankFields = new Map<string, SafeHtml>();
const MAX_BLANK_FIELDS = 1_000;

function form(number: string, panel: OrderPanel, locale: Locale, latest: string): SafeHtml {
  const v = panel.values;
  const e = panel.errors;
  const open = html`<form method="post" action="${orderAction(number, locale)}" class="order-form">`;
  // A panel with nothing typed in is the same for every parcel: written once, kept.
  const blank = !e && !v.orderNumber && !v.orderDate && !v.destinationCountry;
  if (!blank) return html`${open}${fields(v, e, locale, latest)}`;
  const key = JSON.stringify([locale, latest, v.retailer, v.protectionDays, v.shippingMethod]);
  let known = blankFields.get(key);
  if (!known) {
    known = fields(v, e, locale, latest);
    if (blankFields.size >= MAX_BLANK_FIELDS) blankFields.clear();
    blankFields.set(key, known);
  }
  return html`${open}${known}`;
}

/** Everything in the form after its opening tag. */
function fields(
  v: OrderFormValues,
  e: OrderErrors | undefined,
  locale: Locale,
  latest: string,
): SafeHtml {
  const t = ORDER_UI[locale];
  const ae = RETAILERS.aliexpress.protectionDays;
  const ab = RETAILERS.alibaba.protectionDays;
  const label = (f: OrderField, optional = false) =>
    html`<label for="${id(f)}">${t.labels[f]}${optional ? html` <span class="muted">${t.optional}</span>` : ''}</label>`;
  return html`
<p>${label('retailer')}
<select id="${id('retailer')}" name="retailer"${describedBy('retailer', false, e)}${invalid('retailer', e)}>${ORDER_RETAILERS.map(
    (r) =>
      html`<option value="${r}"${v.retailer === r ? html` selected` : ''}>${t.retailers[r]}</option>`,
  )}</select>
${fieldError('retailer', e, locale)}</p>
<p>${label('orderNumber', true)}
<input id="${id('orderNumber')}" name="orderNumber" type="text" maxlength="64" autocomplete="off" spellcheck="false" value="${v.orderNumber ?? ''}"${describedBy('orderNumber', true, e)}${invalid('orderNumber', e)}>
<span class="muted hint" id="${id('orderNumber')}-hint">${t.orderNumberHint}</span>
${fieldError('orderNumber', e, locale)}</p>
<p>${label('orderDate')}
<input id="${id('orderDate')}" name="orderDate" type="date" required max="${latest}" value="${v.orderDate ?? ''}"${describedBy('orderDate', false, e)}${invalid('orderDate', e)}>
${fieldError('orderDate', e, locale)}</p>
<p>${label('protectionDays')}
<input id="${id('protectionDays')}" name="protectionDays" type="number" inputmode="numeric" min="${MIN_PROTECTION_DAYS}" max="${MAX_PROTECTION_DAYS}" step="1" value="${v.protectionDays ?? ''}"${describedBy('protectionDays', true, e)}${invalid('protectionDays', e)}>
<span class="muted hint" id="${id('protectionDays')}-hint">${t.protectionHint(range(ae.min, ae.max, locale), range(ab.min, ab.max, locale))}</span>
${fieldError('protectionDays', e, locale)}</p>
<p>${label('destinationCountry', true)}
<input id="${id('destinationCountry')}" name="destinationCountry" type="text" maxlength="2" size="3" pattern="[A-Za-z]{2}" autocomplete="country" value="${v.destinationCountry ?? ''}"${describedBy('destinationCountry', true, e)}${invalid('destinationCountry', e)}>
<span class="muted hint" id="${id('destinationCountry')}-hint">${t.destinationHint}</span>
${fieldError('destinationCountry', e, locale)}</p>
<p>${label('shippingMethod', true)}
<select id="${id('shippingMethod')}" name="shippingMethod"${describedBy('shippingMethod', true, e)}${invalid('shippingMethod', e)}>
<option value=""${v.shippingMethod ? '' : html` selected`}>${t.methodUnknown}</option>${SHIPPING_METHODS.map(
    (m) =>
      html`<option value="${m.id}"${v.shippingMethod === m.id ? html` selected` : ''}>${m.name}</option>`,
  )}</select>
<span class="muted hint" id="${id('shippingMethod')}-hint">${t.methodHint}</span>
${fieldError('shippingMethod', e, locale)}</p>
<p><button type="submit">${t.save}</button></p>
</form>`;
}

function summary(order: OrderJson, method: string | null, locale: Locale): SafeHtml {
  const t = ORDER_UI[locale];
  const shop =
    order.retailer === 'aliexpress' || order.retailer === 'alibaba' || order.retailer === 'other'
      ? t.retailers[order.retailer]
      : order.retailer;
  return html`<dl class="facts order-summary">
<dt>${t.labels.retailer}</dt><dd>${shop}</dd>
<dt>${t.labels.orderNumber}</dt><dd>${order.orderNumber ? html`<code>${order.orderNumber}</code>` : html`<span class="muted">${t.noNumber}</span>`}</dd>
${order.orderDate ? html`<dt>${t.labels.orderDate}</dt><dd><time datetime="${order.orderDate}">${formatDay(order.orderDate, locale)}</time></dd>` : ''}
${order.protectionDays !== null ? html`<dt>${t.labels.protectionDays}</dt><dd>${formatNumber(order.protectionDays, locale)}</dd>` : ''}
${order.destinationCountry ? html`<dt>${t.labels.destinationCountry}</dt><dd>${countryName(order.destinationCountry, locale)}</dd>` : ''}
${method ? html`<dt>${t.labels.shippingMethod}</dt><dd>${methodName(method)}</dd>` : ''}
</dl>`;
}

function errorList(errors: OrderErrors, locale: Locale): SafeHtml {
  const t = ORDER_UI[locale];
  const fields = (Object.keys(errors) as OrderField[]).filter((f) => errors[f]);
  return html`<div class="warn form-errors" role="alert" id="order-errors">
<p><strong>${t.errorsHeading}</strong></p>
<ul>${fields.map((f) => {
    const problem = errors[f];
    return problem
      ? html`<li><a href="#${id(f)}">${t.labels[f]}</a>: ${t.problems[problem]}</li>`
      : '';
  })}</ul>
</div>`;
}

/**
 * The whole panel (section id="order"). `latest` bounds the date picker (YYYY-MM-DD): the
 * day after today in UTC, since it is already that day further east.
 */
export function orderBlock(
  number: string,
  panel: OrderPanel,
  locale: Locale,
  latest: string,
): SafeHtml {
  const t = ORDER_UI[locale];
  const saved = panel.saved ?? undefined;
  const refused = panel.errors && Object.keys(panel.errors).length > 0 ? panel.errors : undefined;
  const body = form(number, panel, locale, latest);
  return html`<section class="panel order" id="order" aria-labelledby="order-h">
<h2 id="order-h">${saved ? t.savedHeading : t.heading}</h2>
${saved ? summary(saved, panel.method ?? null, locale) : html`<p>${t.intro}</p>`}
${refused ? errorList(refused, locale) : ''}
${saved && !refused ? html`<details><summary>${t.change}</summary>${body}</details>` : body}
</section>`;
}
