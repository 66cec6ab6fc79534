/**
 * @module web/pages/contacts
 * /contacts: local post offices and customs authorities by country (data/contacts.json).
 */
import type { CountryContacts } from '../content/contacts.js';
import { html } from '../html.js';
import { countryName } from '../i18n/format.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

function tel(phone: string) {
  const digits = phone.split('/')[0]?.replace(/[^\d+]/g, '') ?? '';
  return html`<a href="tel:${digits}">${phone}</a>`;
}

export function contactsPage(
  ctx: PageContext,
  contacts: readonly CountryContacts[],
  carrierName: (id: string) => string | undefined,
): string {
  const t = ctx.ui.contacts;
  const rows = [...contacts].sort((a, b) =>
    countryName(a.country, ctx.locale).localeCompare(
      countryName(b.country, ctx.locale),
      ctx.locale,
    ),
  );
  return layout({
    ctx,
    title: t.title,
    description: t.intro,
    body: html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${rows.length === 0 ? html`<p class="panel">${t.missing}</p>` : ''}
${rows.map(
  (c) => html`<section class="panel" id="${c.country}">
<h2>${countryName(c.country, ctx.locale)}</h2>
<h3>${t.postOffice}</h3>
${
  c.postOffice.length === 0
    ? html`<p class="muted">${t.none}</p>`
    : html`<ul>${c.postOffice.map((p) => {
        const name = carrierName(p.carrier);
        return html`<li>${name ? html`<a href="${href(`/carriers/${encodeURIComponent(p.carrier)}`, ctx.locale)}">${name}</a>` : p.carrier}: ${tel(p.phone)}</li>`;
      })}</ul>`
}
<h3>${t.customs}</h3>
${
  c.customs.length === 0
    ? html`<p class="muted">${t.none}</p>`
    : html`<ul>${c.customs.map((p) => html`<li>${p.label ? html`${p.label}: ` : ''}${tel(p.phone)}</li>`)}</ul>`
}
</section>`,
)}`,
  });
}
