import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.js';
import { advise } from './advise.js';
import { unfilled } from './format.js';
import {
  ACTION_KEYS,
  DEADLINE_KEYS,
  EVIDENCE_ITEMS,
  HEADLINE_KEYS,
  NOT_RECEIVED_ITEMS,
  NOTE_KEYS,
  PLACEHOLDERS,
  TEMPLATE_KEYS,
} from './keys.js';
import { order, shipment } from './testing.js';
import { ADVICE_TEXTS } from './texts/index.js';
import type { AdviceTexts } from './texts/types.js';
import type { AdviceOptions, AdviceShipment } from './types.js';

/** Every text of a locale as [path, text]. */
function entries(t: AdviceTexts): [string, string][] {
  const out: [string, string][] = [];
  for (const k of HEADLINE_KEYS) {
    out.push([`headline.${k}.0`, t.headline[k][0]], [`headline.${k}.1`, t.headline[k][1]]);
  }
  for (const k of ACTION_KEYS) out.push([`action.${k}`, t.action[k]]);
  for (const k of DEADLINE_KEYS) out.push([`deadline.${k}`, t.deadline[k]]);
  for (const k of TEMPLATE_KEYS) {
    out.push([`template.${k}.body`, t.template[k].body]);
    out.push([`template.${k}.subject`, t.template[k].subject ?? '']);
  }
  for (const k of NOT_RECEIVED_ITEMS) out.push([`notReceived.${k}`, t.notReceived[k]]);
  for (const k of EVIDENCE_ITEMS) out.push([`evidence.${k}`, t.evidence[k]]);
  for (const k of NOTE_KEYS) out.push([`note.${k}`, t.note[k]]);
  for (const k of PLACEHOLDERS) out.push([`missing.${k}`, t.missing[k]]);
  return out;
}

const slots = (text: string) => [...new Set(unfilled(text))].sort();
const EN = new Map(entries(ADVICE_TEXTS.en));

describe('advice texts', () => {
  it.each(LOCALES)('%s has a non-empty text for every key', (locale) => {
    for (const [path, text] of entries(ADVICE_TEXTS[locale])) {
      const optionalSubject = path.endsWith('.subject') && EN.get(path) === '';
      if (!optionalSubject) expect(text.trim(), `${locale} ${path}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses the same placeholders as English, all known', (locale) => {
    for (const [path, text] of entries(ADVICE_TEXTS[locale])) {
      expect(slots(text), `${locale} ${path}`).toEqual(slots(EN.get(path) ?? ''));
      for (const slot of slots(text)) expect(PLACEHOLDERS as readonly string[]).toContain(slot);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s is a translation, not a copy of English',
    (locale) => {
      const same = entries(ADVICE_TEXTS[locale]).filter(
        ([path, text]) => text.length > 12 && text === EN.get(path),
      );
      expect(same).toEqual([]);
    },
  );

  it('templates carry the tracking number, and seller messages the order number and a subject', () => {
    for (const locale of LOCALES) {
      for (const key of TEMPLATE_KEYS) {
        const t = ADVICE_TEXTS[locale].template[key];
        expect(t.body, `${locale} ${key}`).toContain('{trackingNumber}');
        if (key.startsWith('seller_')) {
          expect(t.body, `${locale} ${key}`).toContain('{orderNumber}');
          expect(t.subject, `${locale} ${key}`).toContain('{orderNumber}');
        }
        // A dispute text is typed into the order's own form: no subject line.
        if (key.startsWith('dispute_')) expect(t.subject, `${locale} ${key}`).toBeUndefined();
      }
    }
  });
});

const NOW = '2026-03-20T12:00:00Z';
const SITUATIONS: [string, Partial<AdviceShipment>, AdviceOptions?][] = [
  [
    'not found',
    {
      found: false,
      status: null,
      milestone: null,
      lastEventAt: null,
      trackingIssuedAt: '2026-03-01T00:00:00Z',
      suggestions: ['LP00612345678910'],
    },
  ],
  ['silent', { lastEventAt: '2026-02-10T00:00:00Z' }],
  [
    'no handover',
    { status: 'info_received', milestone: 'label_created', lastEventAt: '2026-03-10T00:00:00Z' },
  ],
  ['destination', { milestone: 'destination_facility', lastEventAt: '2026-03-15T00:00:00Z' }],
  ['lane', { lastEventAt: '2026-03-10T00:00:00Z', laneStageP90Ms: 5 * 86_400_000 }],
  [
    'not received',
    { status: 'delivered', milestone: 'delivered', since: '2026-03-18T10:00:00Z' },
    { notReceived: true },
  ],
  ['wrong place', { destinationCountry: 'ES' }],
  ['returned', { milestone: 'returned', reason: 'returned_to_sender', status: 'delivered' }],
  ['customs docs', { milestone: 'import_customs', reason: 'customs_documents_needed' }],
  ['customs refused', { milestone: 'import_customs', reason: 'customs_refused' }],
  ['wrong city', { status: 'out_for_delivery', lastPlace: { country: 'FR', city: 'Nice' } }],
];

describe('rendered advice', () => {
  for (const locale of LOCALES) {
    it.each(SITUATIONS)(`${locale}: %s has no unfilled placeholder`, (_name, s, opts) => {
      for (const o of [order({ orderDate: '2026-01-25', destinationCity: 'Lyon' }), undefined]) {
        const a = advise(shipment(s), o, NOW, locale, opts);
        const texts = [
          a.headline,
          a.explanation,
          ...a.actions.map((x) => x.text),
          ...a.deadlines.map((x) => x.text),
          ...a.templates.flatMap((x) => [x.subject ?? '', x.body]),
          ...a.notes.map((x) => x.text),
          ...a.checklists.flatMap((c) => c.items.map((i) => i.text)),
        ];
        for (const text of texts) expect(unfilled(text), text).toEqual([]);
      }
    });
  }

  it('fills templates with the order number, tracking number and dates in the locale', () => {
    const s = shipment({
      status: 'delivered',
      milestone: 'delivered',
      since: '2026-03-18T10:00:00Z',
    });
    const o = order({ orderNumber: '8199' });
    const fr = advise(s, o, NOW, 'fr', { notReceived: true });
    const body = fr.templates.find((t) => t.key === 'seller_not_received')?.body ?? '';
    expect(body).toContain('8199');
    expect(body).toContain('LP00612345678901');
    expect(body).toContain('18 mars 2026');
    const de = advise(s, o, NOW, 'de', { notReceived: true });
    expect(de.templates.find((t) => t.key === 'carrier_not_received')?.body).toContain(
      '18. März 2026',
    );
    const pl = advise(shipment(), order({ orderDate: '2026-01-25' }), NOW, 'pl');
    expect(pl.templates.find((t) => t.key === 'seller_protection_ending')?.subject).toContain(
      '26 marca 2026',
    );
  });

  it('uses stand-ins, not raw placeholders, when there is no order', () => {
    const a = advise(shipment({ lastEventAt: '2026-02-10T00:00:00Z' }), undefined, NOW, 'en');
    expect(a.templates[0]?.body).toContain('[order number]');
  });

  it('gives the evidence and not-received checklists in full', () => {
    const s = shipment({
      status: 'delivered',
      milestone: 'delivered',
      since: '2026-03-18T10:00:00Z',
    });
    const a = advise(s, order(), NOW, 'ru', { notReceived: true });
    expect(a.checklists.map((c) => c.key)).toEqual(['not_received', 'evidence']);
    expect(a.checklists[0]?.items.map((i) => i.key)).toEqual([...NOT_RECEIVED_ITEMS]);
    expect(a.checklists[1]?.items.map((i) => i.key)).toEqual([...EVIDENCE_ITEMS]);
  });

  it('explains a lane stall with the lane figure', () => {
    const s = shipment({ lastEventAt: '2026-03-10T12:00:00Z', laneStageP90Ms: 6 * 86_400_000 });
    const a = advise(s, order(), NOW, 'en');
    expect(a.explanation).toContain('10 days');
    expect(a.explanation).toContain('90%');
    expect(a.explanation).toContain('(6 days)');
  });
});
