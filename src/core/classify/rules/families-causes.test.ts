/**
 * @module core/classify/rules/families-causes.test
 * Phrase families added from holdout-4 (docs/labeling.md, "Decisions"), each in several
 * languages: due today, a named delivery date, weather that stops a delivery, the cause
 * beside a failed delivery, collections by the buyer, holding periods that ran out, customs
 * passed or payments due, the local carrier, take-off, arrival before customs and refusals
 * that announce a return.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../index.js';

type Family = { label: string; cases: ReadonlyArray<readonly [lang: string, text: string]> };

const read = (lang: string, description: string) => {
  const c = classify({ description, language: lang, source: 'sim' });
  return `${c.status}/${c.milestone}/${c.reason}`;
};

const FAMILIES: Record<string, Family> = {
  'due today, even when only expected, is the round': {
    label: 'out_for_delivery/out_for_delivery/null',
    cases: [
      ['de', 'Die Sendung wird voraussichtlich heute zugestellt'],
      ['de', 'Zustellung heute zwischen 10 und 12 Uhr'],
      ['fr', 'Votre colis sera livré aujourd’hui'],
      ['es', 'Tu pedido se entrega hoy'],
      ['es', 'Tu envío llega HOY'],
      ['pt', 'Seu pedido chega hoje'],
      ['it', 'Il pacco sarà consegnato oggi'],
      ['nl', 'Je pakket wordt vandaag bezorgd'],
      ['pl', 'Paczka zostanie doręczona dzisiaj'],
      ['tr', 'Kargonuz bugün teslim edilecek'],
      ['ru', 'Посылка будет доставлена сегодня'],
      ['zh', '包裹预计今天送达'],
    ],
  },
  'a named later day or window is the waiting form': {
    label: 'in_transit/null/null',
    cases: [
      ['de', 'Ihr Paket kommt morgen zw. 9-12 Uhr'],
      ['de', 'Ihr Paket kommt am Montag'],
      ['pl', 'Planowana data doręczenia: wtorek'],
      ['pt', 'Data prevista de entrega: sexta-feira'],
      ['fr', 'Date de livraison prévue : vendredi'],
      ['it', 'Data di consegna prevista: venerdì'],
      ['nl', 'Verwachte bezorgdatum: vrijdag'],
      ['tr', 'Tahmini teslim tarihi: Cuma'],
      ['ru', 'Ожидаемая дата доставки: пятница'],
      ['zh', '预计送达时间：周五'],
    ],
  },
  'a delivery moved to another day is a delay': {
    label: 'in_transit/null/delayed',
    cases: [
      ['en', 'Your delivery has been rescheduled'],
      ['pt', 'Sua entrega foi reagendada para segunda-feira'],
      ['es', 'Tu entrega ha sido reprogramada para el lunes'],
      ['fr', 'Votre livraison a été reprogrammée à lundi'],
      ['it', 'La consegna è stata riprogrammata a lunedì'],
      ['nl', 'Je bezorging is opnieuw ingepland voor maandag'],
      ['tr', 'Teslimatınız pazartesiye ertelendi'],
      ['de', 'Die Zustellung wurde auf Montag verschoben'],
      ['ru', 'Доставка перенесена на понедельник'],
      ['zh', '派送已延期至周一'],
    ],
  },
  'weather that stops a delivery is a weather delay': {
    label: 'in_transit/null/weather',
    cases: [
      ['en', 'Package will not be delivered today due to a snowstorm'],
      ['de', 'Die Sendung kann wegen Hochwasser heute nicht zugestellt werden'],
      ['fr', 'Votre colis ne pourra pas être livré aujourd’hui en raison des intempéries'],
      ['es', 'No podemos entregar tu paquete hoy por el temporal'],
    ],
  },
  'a failed delivery takes the address problem beside it': {
    label: 'failed_attempt/out_for_delivery/address_problem',
    cases: [
      ['en', 'Item not delivered - the address does not exist'],
      ['pt', 'Tentamos entregar, mas o endereço não foi localizado'],
      ['tr', 'Adres bilgisi eksik olduğundan teslimat gerçekleşmedi'],
    ],
  },
  'nobody answered the door': {
    label: 'failed_attempt/out_for_delivery/recipient_absent',
    cases: [
      ['en', 'Delivery attempted - no one answered the door'],
      ['en', "We tried to deliver your parcel but couldn't get an answer"],
    ],
  },
  'collected by the buyer at a pickup place': {
    label: 'delivered/delivered/null',
    cases: [
      ['de', 'Ihre Sendung wurde in der Postfiliale abgeholt'],
      ['de', 'Die Sendung wurde im Paketshop abgeholt'],
      ['nl', 'Je pakket is opgehaald bij het PostNL-punt'],
      ['en', 'Your parcel has been collected from the Parcelshop'],
    ],
  },
  'the holding period at the pickup place ran out': {
    label: 'exception/pickup_point/unclaimed',
    cases: [
      ['nl', 'Bewaartermijn bij het pakketpunt is verlopen'],
      ['de', 'Lagerfrist in der Filiale abgelaufen'],
      ['en', 'Holding period at the pickup point has expired'],
      ['fr', 'Délai de garde en point relais dépassé'],
      ['es', 'Plazo de recogida en la oficina vencido'],
      ['it', 'Giacenza scaduta presso il punto di ritiro'],
      ['pl', 'Upłynął termin odbioru w Paczkomacie'],
    ],
  },
  'waiting at a service point': {
    label: 'available_for_pickup/pickup_point/null',
    cases: [
      ['nl', 'Je pakket ligt voor je klaar bij een DHL ServicePoint'],
      ['nl', 'Je pakket ligt klaar bij het PostNL-punt'],
      ['en', 'Your parcel is ready for you at the DHL ServicePoint'],
      ['de', 'Ihr Paket liegt für Sie im Paketshop bereit'],
    ],
  },
  'passed customs': {
    label: 'in_transit/customs_released/null',
    cases: [
      ['fr', 'Votre colis a passé le contrôle douanier'],
      ['en', 'Your parcel has passed customs inspection'],
      ['de', 'Die Sendung hat den Zoll passiert'],
      ['es', 'El envío ha pasado el control aduanero'],
      ['pt', 'O objeto passou pela fiscalização aduaneira'],
      ['it', 'Il pacco ha superato il controllo doganale'],
      ['nl', 'Je pakket is door de douane gekomen'],
      ['pl', 'Przesyłka przeszła kontrolę celną'],
      ['pl', 'Zwolnienie z kontroli celnej'],
      ['tr', 'Gönderi gümrük kontrolünden geçti'],
      ['ru', 'Посылка прошла таможенный контроль'],
    ],
  },
  'being cleared is still customs': {
    label: 'in_transit/import_customs/null',
    cases: [
      ['de', 'Die Sendung wird gerade verzollt'],
      ['en', 'Your parcel is being cleared through customs'],
    ],
  },
  'duties or VAT to pay before release': {
    label: 'exception/import_customs/customs_payment_due',
    cases: [
      ['es', 'Aduana: es necesario pagar el IVA antes de la entrega'],
      ['pt', 'É necessário pagar o imposto para liberar o objeto'],
    ],
  },
  'an invoice or document to send to customs': {
    label: 'exception/import_customs/customs_documents_needed',
    cases: [
      ['pt', 'Aguarda desalfandegamento - é preciso enviar a nota fiscal'],
      ['es', 'Es necesario enviar la factura de compra a la aduana'],
    ],
  },
  'handed to the local carrier, in either word order': {
    label: 'in_transit/handed_to_last_mile/null',
    cases: [
      ['pl', 'Przekazano przewoźnikowi lokalnemu (InPost)'],
      ['tr', 'Yerel kargo firmasına (Aras) devredildi'],
      ['it', 'Pacco trasferito a BRT per l’ultimo miglio'],
      ['zh', '清关完成，已移交当地派送商'],
      ['es', 'Entregado al transportista local (Correos)'],
      ['ru', 'Передано местному перевозчику (Почта России)'],
    ],
  },
  'the plane took off from the origin': {
    label: 'in_transit/departed_origin/null',
    cases: [
      ['es', 'El paquete ha despegado desde China'],
      ['pt', 'O avião decolou da China'],
      ['it', 'Il pacco è decollato dalla Cina'],
      ['de', 'Das Paket ist aus China abgeflogen'],
      ['nl', 'Het vliegtuig is vertrokken uit China'],
      ['tr', 'Uçak Çin’den havalandı'],
    ],
  },
  'arrived, awaiting customs, is the arrival': {
    label: 'in_transit/arrived_destination/null',
    cases: [
      ['en', 'Arrived in the destination country, awaiting customs clearance'],
      ['zh', '包裹已到达目的国，等待清关'],
    ],
  },
  'a refusal wins over the return it announces': {
    label: 'exception/null/refused',
    cases: [
      ['es', 'Devuelto: el destinatario rechazó el paquete'],
      ['ru', 'Возврат отправителю: отказ получателя'],
    ],
  },
};

describe('phrase families from holdout-4', () => {
  for (const [name, family] of Object.entries(FAMILIES)) {
    it(name, () => {
      for (const [lang, text] of family.cases) {
        expect(`${lang}: ${text} -> ${read(lang, text)}`).toBe(
          `${lang}: ${text} -> ${family.label}`,
        );
      }
    });
  }

  it('"returned no information" is no return', () => {
    const c = classify({
      description: 'Carrier returned no data for this number',
      code: 'NotFound_Other',
      source: '17track',
      language: 'en',
    });
    expect(c.status).toBeNull();
  });

  it('a doorstep failure without weather stays a failed attempt', () => {
    expect(read('en', 'Package could not be delivered today')).toBe(
      'failed_attempt/out_for_delivery/null',
    );
  });
});
