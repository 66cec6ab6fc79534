import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

function read(description: string, language: string, code?: string, source = 'sim') {
  const c = classify({ description, language, source, ...(code ? { code, carrier: source } : {}) });
  return `${c.status}/${c.milestone}`;
}

describe('a delivery verb pointing at a place that is not the buyer', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'Delivered to the sorting center', 'in_transit/'],
    ['en', 'Delivered to Agent for Final Delivery', 'in_transit/handed_to_last_mile'],
    ['nl', 'Afgeleverd bij de luchtvaartmaatschappij', 'in_transit/departed_origin'],
    ['pl', 'Dostarczono do sortowni Poczty Polskiej', 'in_transit/'],
    ['zh', '已投递至末端派送站', 'in_transit/'],
    [
      'pt',
      'Entregue no cacifo CTT. Use o código recebido por SMS para levantar',
      'available_for_pickup/pickup_point',
    ],
    [
      'fr',
      'Colis livré dans la consigne Pickup Station de la gare',
      'available_for_pickup/pickup_point',
    ],
    [
      'tr',
      'Kargonuz teslimat noktasına (PTT Kargomat) teslim edildi',
      'available_for_pickup/pickup_point',
    ],
  ];
  for (const [lang, text, want] of cases) {
    it(`${lang}: ${text}`, () => {
      expect(read(text, lang).startsWith(want)).toBe(true);
    });
  }

  it('leaves real deliveries and collections alone', () => {
    expect(read('Delivered, Parcel Locker', 'en')).toBe('delivered/delivered');
    expect(read('Collected by the recipient from the locker', 'en')).toBe('delivered/delivered');
    expect(read('Paczka odebrana z Paczkomatu', 'pl')).toBe('delivered/delivered');
    expect(read('Votre colis a été livré', 'fr')).toBe('delivered/delivered');
  });

  it('lets a pickup text overrule a "delivered" code', () => {
    const text =
      'Ihre Sendung wurde in die gewünschte Packstation zugestellt und kann dort abgeholt werden';
    expect(read(text, 'de', 'delivered', 'dhl')).toBe('available_for_pickup/pickup_point');
  });

  it('reads an Italian announced delivery as not done', () => {
    expect(read('La spedizione verrà consegnata domani', 'it')).not.toMatch(/^delivered/);
  });
});
