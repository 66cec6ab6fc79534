import { describe, expect, it } from 'vitest';
import { classify } from '../index.js';
import { classifyText, fold, likelyLanguages } from '../text.js';
import { LANGUAGES } from './index.js';

type Case = [
  text: string,
  status: string | null,
  milestone?: string | null,
  reason?: string | null,
];

const status = (description: string, language?: string) =>
  classify({ description, language }).status;

/** Negations and look-alikes: none of these is a delivery or a return. */
const TRAPS: Record<string, Case[]> = {
  en: [
    ['Item not delivered', 'failed_attempt'],
    ['Delivery attempted - nobody home', 'failed_attempt', 'out_for_delivery', 'recipient_absent'],
    ['Arrived at delivery office', 'in_transit', 'destination_facility'],
    ['Return to sender requested', 'in_transit', null, null],
    ['Ready for delivery', 'in_transit', 'destination_facility'],
    ['Your parcel will be delivered tomorrow', 'in_transit', null],
    ['Delivery scheduled for Monday', 'in_transit', null],
    ['Item returned from customs', 'in_transit', 'customs_released'],
    ['Being returned to sender', 'exception', 'returning', 'returning_to_sender'],
    ['Delivered to the airline', 'in_transit', 'departed_origin'],
    ['Delivered to parcel locker, ready for collection', 'available_for_pickup', 'pickup_point'],
    ['Refused by recipient', 'exception', null, 'refused'],
    ['Delivered', 'delivered', 'delivered'],
  ],
  zh: [
    ['快件未妥投', 'failed_attempt'],
    ['驿站已签收，请凭取件码取件', 'available_for_pickup'],
    ['已签收，签收人：本人', 'delivered'],
    ['已到达投递局，等待安排投递', 'in_transit', 'destination_facility'],
    ['已提交退回申请', 'in_transit', null],
  ],
  es: [
    [
      'No entregado - destinatario ausente',
      'failed_attempt',
      'out_for_delivery',
      'recipient_absent',
    ],
    ['Intento de entrega fallido', 'failed_attempt'],
    ['Entregado a la aerolínea', 'in_transit', 'departed_origin'],
    ['Disponible para recoger en oficina', 'available_for_pickup'],
    ['Entregado', 'delivered'],
  ],
  pt: [
    ['Objeto não entregue - destinatário ausente', 'failed_attempt'],
    ['Objeto aguardando retirada no endereço indicado', 'available_for_pickup'],
    ['Objeto devolvido pela alfândega, segue para entrega', 'in_transit'],
    ['Objeto entregue ao remetente', 'exception', 'returned', 'returned_to_sender'],
    ['Objeto entregue ao destinatário', 'delivered'],
  ],
  fr: [
    ["Votre colis n'a pas pu être livré", 'failed_attempt'],
    ['Avis de passage déposé', 'failed_attempt'],
    ['Votre colis est disponible dans votre point retrait', 'available_for_pickup'],
    ['Le livreur est en route', 'out_for_delivery'],
    ['Votre colis a été livré', 'delivered'],
  ],
  ru: [
    ['Неудачная попытка вручения', 'failed_attempt'],
    ['Прибыло в место вручения', 'in_transit', 'destination_facility'],
    ['Посылка не доставлена', 'failed_attempt'],
    ['Возвращено таможней', 'in_transit'],
    ['Вручение адресату', 'delivered'],
  ],
  pl: [
    ['Przesyłka nie została doręczona', 'failed_attempt'],
    ['Awizo - adresat nieobecny', 'failed_attempt'],
    ['Przesyłka gotowa do odbioru w Paczkomacie', 'available_for_pickup'],
    ['Przesyłka doręczona', 'delivered'],
  ],
  de: [
    ['Die Sendung konnte nicht zugestellt werden', 'failed_attempt'],
    ['Empfänger nicht angetroffen', 'failed_attempt', 'out_for_delivery', 'recipient_absent'],
    ['Die Sendung liegt in der Filiale zur Abholung bereit', 'available_for_pickup'],
    ['Die Sendung wurde zugestellt', 'delivered'],
  ],
  it: [
    ['Consegna non effettuata: destinatario assente', 'failed_attempt'],
    ['Spedizione in giacenza presso ufficio postale', 'available_for_pickup'],
    ['Consegnata alla compagnia aerea', 'in_transit', 'departed_origin'],
    ['Consegnato', 'delivered'],
  ],
  nl: [
    ['Pakket niet bezorgd: niemand thuis', 'failed_attempt'],
    ['Je pakket ligt klaar bij het PostNL-punt', 'available_for_pickup'],
    ['Retour naar afzender aangevraagd', 'in_transit', null],
    ['Bezorgd', 'delivered'],
  ],
  tr: [
    ['Gönderi teslim edilemedi', 'failed_attempt'],
    ['Gümrükten iade edildi', 'in_transit', 'customs_released'],
    ['Havayolu şirketine teslim edildi', 'in_transit', 'departed_origin'],
    ['Teslim edildi', 'delivered'],
  ],
};

describe('text rules', () => {
  for (const [lang, cases] of Object.entries(TRAPS)) {
    it(`${lang}: negations and look-alikes are not what they resemble`, () => {
      for (const [text, want, milestone, reason] of cases) {
        const got = classify({ description: text, language: lang });
        expect(got.status, text).toBe(want);
        if (milestone !== undefined) expect(got.milestone, text).toBe(milestone);
        if (reason !== undefined) expect(got.reason, text).toBe(reason);
        expect(got.rule.startsWith('text:'), text).toBe(true);
      }
    });
  }

  it('every supported language has rules, unique rule ids, and compiles', () => {
    expect(LANGUAGES.map((l) => l.lang).sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'tr', 'zh'].sort(),
    );
    for (const def of LANGUAGES) {
      const ids = def.rules.map((r) => r[0]);
      expect(new Set(ids).size, def.lang).toBe(ids.length);
      expect(ids).toContain('delivered');
      expect(ids).toContain('not-delivered');
    }
  });

  it('detects the language from the text when none is given', () => {
    expect(likelyLanguages('包裹已签收', fold('包裹已签收'))[0]).toBe('zh');
    expect(likelyLanguages('Вручение адресату', fold('Вручение адресату'))[0]).toBe('ru');
    expect(likelyLanguages('Przesyłka doręczona', fold('Przesyłka doręczona'))[0]).toBe('pl');
    expect(
      likelyLanguages(
        'Objeto entregue ao destinatário',
        fold('Objeto entregue ao destinatário'),
      )[0],
    ).toBe('pt');
    expect(
      likelyLanguages('Die Sendung wurde zugestellt', fold('Die Sendung wurde zugestellt'))[0],
    ).toBe('de');
    expect(status('Die Sendung konnte nicht zugestellt werden')).toBe('failed_attempt');
    expect(status('Votre colis a été livré')).toBe('delivered');
    expect(status('Przesyłka nie została doręczona')).toBe('failed_attempt');
  });

  it('a language tag with a region is understood', () => {
    expect(status('Objeto entregue ao destinatário', 'pt-BR')).toBe('delivered');
  });

  it('generic rules are less sure than specific ones', () => {
    const generic = classifyText('Shipment in transit', 'en');
    const specific = classifyText('Out for delivery', 'en');
    expect(generic?.confidence).toBeLessThan(specific?.confidence ?? 0);
    expect(generic?.confidence).toBeCloseTo(0.6);
  });

  it('text nothing recognises gives nothing', () => {
    expect(classifyText('', 'en')).toBeUndefined();
    expect(classifyText('   ', undefined)).toBeUndefined();
    expect(classifyText('qwerty zxcv', undefined)).toBeUndefined();
  });
});
