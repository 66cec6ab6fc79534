import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

/** Status and milestone of a text-only event. */
function read(description: string, language: string) {
  const c = classify({ description, language, source: 'sim' });
  return `${c.status}/${c.milestone}`;
}

describe('a delivery verb pointing at a carrier is a hand-over, never a delivery', () => {
  const handovers: Array<[string, string]> = [
    ['en', 'Your parcel has been delivered to Evri for the final delivery'],
    ['en', 'Package handed over to DPD'],
    ['it', 'Spedizione consegnata a BRT per la consegna finale'],
    ['it', 'Il pacco è stato affidato a SDA'],
    ['it', 'Consegnato a BRT'],
    ['en', 'Delivered to Yodel'],
    ['fr', 'Livré à Chronopost'],
    ['pl', 'Doręczona do DPD'],
    ['es', 'Envío entregado a SEUR'],
    ['pt', 'Objeto entregue à CTT Expresso'],
    ['fr', 'Colis remis à Colissimo pour distribution'],
    ['de', 'Sendung wurde an DPD übergeben'],
    ['nl', 'Pakket overgedragen aan PostNL'],
    ['pl', 'Przesyłka przekazana do InPost'],
    ['tr', "Gönderiniz Yurtiçi Kargo'ya teslim edildi"],
    ['tr', "Kargonuz Aras Kargo'ya teslim edilmiştir"],
    ['ru', 'Отправление передано в СДЭК'],
  ];
  for (const [lang, text] of handovers) {
    it(`${lang}: ${text}`, () => {
      expect(read(text, lang)).not.toMatch(/^delivered/);
    });
  }

  const deliveries: Array<[string, string]> = [
    ['en', 'Delivered by DHL to the recipient'],
    ['en', 'Your parcel was delivered to your front door'],
    ['it', 'Consegnato al destinatario'],
    ['fr', 'Votre colis est livré à votre domicile'],
    ['tr', 'Teslim edildi'],
    ['de', 'Die Sendung wurde dem Empfänger zugestellt'],
  ];
  for (const [lang, text] of deliveries) {
    it(`${lang} stays delivered: ${text}`, () => {
      expect(read(text, lang)).toBe('delivered/delivered');
    });
  }
});

describe('a "delivered" code beside a text that says the delivery failed', () => {
  it('reads the failed attempt and its cause, not the code', () => {
    const c = classify({
      source: 'correios',
      carrier: 'correios',
      code: 'BDE-01',
      description: 'Carteiro não atendido - destinatário ausente',
      language: 'pt',
    });
    expect(c.status).toBe('failed_attempt');
    expect(c.status).not.toBe('delivered');
  });

  it('keeps the delivery when the text agrees', () => {
    const c = classify({
      source: 'correios',
      carrier: 'correios',
      code: 'BDE-01',
      description: 'Objeto entregue ao destinatário',
      language: 'pt',
    });
    expect(c.status).toBe('delivered');
  });
});
