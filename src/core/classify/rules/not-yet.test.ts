/**
 * @module core/classify/rules/not-yet.test
 * The two repeat offenders of the held-out sets, checked as mechanisms rather than strings:
 * - a movement the text denies ("not yet", "noch nicht", "non … ancora", "尚未") is no
 *   movement, whichever verb the rule matched (negation.ts `notYet`, text.ts `guard`);
 * - a seller who still holds the parcel (waiting for it, or "not yet" next to the seller) is
 *   `info_received`, also under Cainiao `COMMON_INTRANSIT`, which is stamped on such advice.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../index.js';

const read = (lang: string, description: string, code?: string, source = 'sim') => {
  const c = classify({ description, language: lang, source, ...(code ? { code } : {}) });
  return `${c.status}/${c.milestone}/${c.reason}`;
};

const INFO = 'info_received/label_created/null';

/** A first step (pick-up, facility, origin warehouse, departure) denied in every language. */
const DENIED_FIRST_STEPS: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['en', 'The parcel has not arrived at our facility yet'],
  ['en', 'Your parcel has not yet been picked up by the courier'],
  ['en', 'Order has not left the warehouse yet'],
  ['en', 'Package not yet departed from origin'],
  ['de', 'Die Sendung ist noch nicht im Paketzentrum angekommen'],
  ['fr', "Votre colis n'a pas encore quitté l'entrepôt du vendeur"],
  ['fr', "Le colis n'est pas encore arrivé dans notre agence"],
  ['es', 'El paquete todavía no ha salido del almacén del vendedor'],
  ['pt', 'O objeto ainda não foi coletado pela transportadora'],
  ['pt', 'O pacote ainda não saiu do armazém do vendedor'],
  ['it', 'Il pacco non è ancora arrivato al centro di smistamento'],
  ['it', 'La spedizione non è stata ancora presa in carico'],
  ['pl', 'Przesyłka nie została jeszcze odebrana od nadawcy'],
  ['pl', 'Paczka jeszcze nie dotarła do sortowni'],
  ['ru', 'Отправление пока не принято в отделении'],
  ['tr', 'Gönderi henüz transfer merkezine ulaşmadı'],
  ['zh', '包裹尚未到达分拨中心'],
];

/** The seller still has it: waiting for the seller, or the seller has "not yet" acted. */
const SELLER_HOLDS: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['en', 'Waiting for the merchant to dispatch your order'],
  ['en', 'Seller has not shipped the item yet'],
  ['de', 'Wartet auf Übergabe durch den Verkäufer'],
  ['de', 'Das Paket wurde noch nicht vom Absender übergeben'],
  ['fr', 'En attente de la remise du colis par le vendeur'],
  ['es', 'Esperando a que el vendedor entregue el paquete'],
  ['pt', 'Aguardando o vendedor enviar o pacote'],
  ['it', 'In attesa che il venditore consegni il pacco al corriere'],
  ['pl', 'Oczekuje na przekazanie paczki przez sprzedawcę'],
  ['nl', 'Wacht op de verkoper om het pakket af te geven'],
  ['tr', 'Satıcının kargoyu teslim etmesi bekleniyor'],
  ['zh', '等待卖家将包裹交给物流公司'],
  ['zh', '卖家还未发货'],
];

describe('"not yet" denies the movement a rule matched', () => {
  it('a denied first step is the carrier advice, in every language', () => {
    for (const [lang, text] of DENIED_FIRST_STEPS) {
      expect(`${lang}: ${text} -> ${read(lang, text)}`).toBe(`${lang}: ${text} -> ${INFO}`);
    }
  });

  it('a denied later step is plain transit, a denied release is still customs', () => {
    expect(read('ru', 'Посылка ещё не передана в службу доставки')).toBe('in_transit/null/null');
    expect(read('en', 'Your parcel has not been released from customs yet')).toBe(
      'in_transit/import_customs/null',
    );
  });

  it('the same movements without the negation still move the parcel', () => {
    expect(read('en', 'Order has left the warehouse')).not.toBe(INFO);
    expect(read('de', 'Die Sendung ist im Paketzentrum angekommen')).not.toBe(INFO);
    expect(read('it', 'Il pacco è stato preso in carico')).toBe('in_transit/picked_up/null');
  });
});

describe('the seller still holds the parcel', () => {
  it('is info_received as text alone', () => {
    for (const [lang, text] of SELLER_HOLDS) {
      expect(`${lang}: ${text} -> ${read(lang, text)}`).toBe(`${lang}: ${text} -> ${INFO}`);
    }
  });

  it('is info_received under Cainiao COMMON_INTRANSIT too', () => {
    for (const [lang, text] of SELLER_HOLDS) {
      const got = read(lang, text, 'COMMON_INTRANSIT', 'cainiao');
      expect(`${lang}: ${text} -> ${got}`).toBe(`${lang}: ${text} -> ${INFO}`);
    }
  });

  it('COMMON_INTRANSIT with real movement stays in transit', () => {
    expect(read('en', 'Departed from sorting center', 'COMMON_INTRANSIT', 'cainiao')).not.toBe(
      INFO,
    );
  });
});
