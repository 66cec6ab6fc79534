import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { UI } from '../i18n/index.js';
import { adviceFromView, adviceShipmentOf, etaFromView, milestonesOf } from './assist.js';
import { customsHeld, delivered, inTransit, notFound, returned } from './fixtures.js';
import { buildTrackPage } from './page.js';

const now = new Date('2026-03-20T12:00:00.000Z');

describe('the real estimate and advice on the tracking page', () => {
  it('maps a view to the assistant’s inputs', () => {
    expect(milestonesOf(inTransit).map((m) => m.milestone)).toEqual([
      'picked_up',
      'departed_origin',
      'import_customs',
    ]);
    const s = adviceShipmentOf(inTransit, now);
    expect(s).toMatchObject({
      found: true,
      originCountry: 'CN',
      lastMileNumber: 'CJ123456785FR',
      lastMileCarrier: 'colissimo',
      lastPlace: { country: 'FR', city: 'Roissy' },
    });
    expect(adviceShipmentOf(notFound, now).suggestions).toContain('RB123456785GB');
  });

  it('renders every fixture in every language with the engine’s own estimate and advice', () => {
    for (const view of [inTransit, delivered, customsHeld, returned, notFound]) {
      for (const locale of LOCALES) {
        const eta = etaFromView(view, now);
        const advice = adviceFromView(view, locale, now);
        const body = buildTrackPage(view, { locale, now, eta, advice }).value;
        expect(body).toContain(UI[locale].track.level[advice.level].replace(/'/g, '&#39;'));
        if (eta) expect(body).toContain(`<time datetime="${eta.latest}">`);
      }
    }
    expect(etaFromView(inTransit, now)?.basis.kind).toBe('prior');
    expect(adviceFromView(returned, 'en', now).level).toBe('act');
  });

  it('gives no delivery window before the first scan', () => {
    expect(notFound.shipment.events).toHaveLength(0);
    expect(etaFromView(notFound, now)).toBeNull();
    const body = buildTrackPage(notFound, { locale: 'en', now, eta: null }).value;
    expect(body).toContain(UI.en.track.noEta.replace(/'/g, '&#39;'));
    expect(body).not.toContain('class="eta-window"');
  });
});
