/**
 * @module core/classify/rules/families.test
 * Phrase families across languages (docs/labeling.md): each family is written several ways in
 * every language where carriers use it, so a rule that matches one string only fails here.
 * The second half checks that announced, conditional or failed versions of those deliveries
 * are never read as delivered.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../index.js';

type Family = { label: string; cases: ReadonlyArray<readonly [lang: string, text: string]> };

const read = (lang: string, description: string) => {
  const c = classify({ description, language: lang, source: 'sim' });
  return `${c.status}/${c.milestone}/${c.reason}`;
};

const FAMILIES: Record<string, Family> = {
  'delivered to a neighbour, a concierge or a safe place': {
    label: 'delivered/delivered/null',
    cases: [
      ['en', 'Delivered to your neighbour at number 14'],
      ['en', 'Left with a neighbour'],
      ['en', 'Parcel left in your safe place as requested'],
      ['en', 'Left in the agreed safe place: behind the bin'],
      ['en', 'Delivered to the concierge'],
      ['en', 'Handed to the building reception'],
      ['en', 'Received by the porter'],
      ['de', 'Die Sendung wurde bei Ihrem Nachbarn abgegeben'],
      ['de', 'Zugestellt an Nachbar: Müller'],
      ['de', 'Die Sendung wurde am Wunschablageort abgelegt'],
      ['de', 'Die Sendung wurde an den Hausmeister übergeben'],
      ['fr', 'Votre colis a été remis à votre voisin'],
      ['fr', "Colis remis au gardien de l'immeuble"],
      ['fr', 'Votre colis a été livré à votre concierge'],
      ['fr', 'Votre colis a été déposé chez votre voisin'],
      ['fr', "Votre colis a été remis à l'accueil"],
      ['es', 'Entregado al vecino'],
      ['es', 'Entregado al conserje del edificio'],
      ['es', 'Se ha dejado en el lugar seguro indicado'],
      ['it', 'Consegnata al vicino di casa'],
      ['it', 'Consegnata al portiere'],
      ['it', 'Lasciata in luogo sicuro'],
      ['nl', 'Bezorgd bij de buren'],
      ['nl', 'Afgegeven bij de buren op nummer 8'],
      ['nl', 'Pakket is op de afgesproken plek achtergelaten'],
      ['nl', 'Afgeleverd bij de receptie'],
      ['pl', 'Przesyłka doręczona do sąsiada'],
      ['pl', 'Przesyłka przekazana sąsiadowi'],
      ['pl', 'Paczka pozostawiona w bezpiecznym miejscu'],
      ['pt', 'Objeto entregue ao porteiro'],
      ['pt', 'Entregue ao vizinho'],
      ['ru', 'Вручено соседу'],
      ['ru', 'Оставлено у двери'],
      ['tr', 'Gönderi komşuya teslim edildi'],
      ['tr', 'Gönderi kapıcıya teslim edildi'],
      ['zh', '已由邻居代收'],
      ['zh', '快件已放在门口'],
      ['zh', '已由门卫代收'],
    ],
  },
  'a scheduled delivery is a waiting form (in_transit, no milestone)': {
    label: 'in_transit/null/null',
    cases: [
      ['de', 'Die Zustellung ist für Montag geplant'],
      ['de', 'Zustellung voraussichtlich morgen'],
      ['de', 'Ihre Sendung wird morgen zugestellt'],
      ['de', 'Lieferung für den 12.05. vorgesehen'],
      ['pl', 'Doręczenie zaplanowane na jutro'],
      ['pl', 'Planowane doręczenie: poniedziałek'],
      ['pl', 'Przesyłka zostanie doręczona jutro'],
      ['pl', 'Dostawa przewidziana na 14 maja'],
      ['en', 'Scheduled for delivery tomorrow'],
      ['en', 'Delivery is planned for Monday'],
      ['en', 'Your parcel will be delivered on Friday'],
      ['en', 'Expected delivery: tomorrow'],
      ['es', 'La entrega está prevista para mañana'],
      ['es', 'Entrega programada para el lunes'],
      ['fr', 'Livraison prévue demain'],
      ['fr', 'Votre colis sera livré lundi'],
      ['it', 'La consegna è programmata per lunedì'],
      ['nl', 'Bezorging gepland op maandag'],
      ['nl', 'We bezorgen je pakket morgen'],
      ['pt', 'Entrega prevista para amanhã'],
      ['ru', 'Доставка запланирована на завтра'],
      ['tr', 'Teslimat yarın için planlandı'],
      ['zh', '预计明天送达'],
      ['en', 'Delivery appointment booked for 14 Dec, 08:00-12:00'],
      ['en', 'We will deliver your parcel on 16 December'],
      ['ru', 'Курьер доставит заказ 16 декабря'],
      ['ru', 'Курьер привезёт посылку в пятницу'],
      ['fr', 'Le livreur livrera votre colis le 16 décembre'],
      ['it', 'Il corriere consegnerà il pacco il 16 dicembre'],
      ['pt', 'O carteiro entregará o objeto em 16 de dezembro'],
      ['es', 'El mensajero entregará tu pedido el 16 de diciembre'],
      ['pl', 'Kurier dostarczy paczkę 16 grudnia'],
      ['tr', "Kurye siparişinizi 16 Aralık'ta teslim edecek"],
    ],
  },
  'duties, taxes or fees to pay': {
    label: 'exception/import_customs/customs_payment_due',
    cases: [
      ['en', 'VAT of EUR 12.40 must be paid before delivery'],
      ['en', 'Import charges payable by receiver'],
      ['en', 'Customs fee of £5.00 is due'],
      ['en', 'Please pay the import duty to release your parcel'],
      ['en', 'Duties and taxes outstanding'],
      ['de', 'Einfuhrabgaben sind zu zahlen'],
      ['de', 'Zollgebühren müssen vor der Zustellung bezahlt werden'],
      ['de', 'Es fallen Einfuhrabgaben von 4,50 EUR an'],
      ['fr', 'Des droits de douane sont à acquitter'],
      ['fr', 'Taxes à payer avant livraison'],
      ['fr', 'Frais de dédouanement à régler'],
      ['it', 'È richiesto il pagamento dei dazi'],
      ['it', 'Dazi doganali da pagare'],
      ['it', "In attesa del pagamento dell'IVA"],
      ['nl', 'Invoerrechten moeten worden betaald'],
      ['nl', 'Er moeten nog invoerkosten betaald worden'],
      ['nl', 'Btw en inklaringskosten nog te betalen'],
      ['es', 'Pendiente de pago de aranceles'],
      ['es', 'Debe abonar los impuestos de importación'],
      ['pt', 'Aguardando pagamento dos impostos'],
      ['pt', 'Pagamento de tributos pendente'],
      ['pl', 'Należy opłacić cło'],
      ['ru', 'Требуется оплата таможенной пошлины'],
      ['tr', 'Gümrük vergisi ödenmesi gerekiyor'],
      ['zh', '请支付进口关税'],
      ['pl', 'Wymagana dopłata cła i podatku VAT przed doręczeniem'],
      ['pl', 'Do zapłaty: cło i VAT'],
      ['pl', 'Konieczna opłata podatku importowego'],
      ['nl', 'Er moeten invoerrechten en btw worden betaald voordat we kunnen bezorgen'],
      ['nl', 'De douanekosten moeten eerst door jou worden betaald'],
      ['pt', 'Aguardando pagamento do despacho postal. Pague para que o objeto seja liberado.'],
      ['pt', 'Pague os impostos para que o objeto seja liberado pela alfândega'],
      ['es', 'Pague los aranceles para que su envío sea liberado de la aduana'],
      ['it', 'Paga i dazi: la spedizione sarà svincolata dalla dogana dopo il pagamento'],
      ['en', 'Pay the duties so your parcel can be released from customs'],
      ['fr', 'Réglez les droits pour que votre colis soit dédouané'],
      ['de', 'Bitte zahlen Sie die Einfuhrabgaben, damit die Sendung freigegeben werden kann'],
    ],
  },
  'departure from the origin country': {
    label: 'in_transit/departed_origin/null',
    cases: [
      ['de', 'Die Sendung hat das Ausgangsland verlassen'],
      ['de', 'Die Sendung hat das Herkunftsland verlassen'],
      ['it', "La spedizione ha lasciato il paese d'origine"],
      ['it', 'Partita dal paese di origine'],
      ['nl', 'Zending heeft het land van herkomst verlaten'],
      ['fr', "Votre colis a quitté le pays d'expédition"],
      ['es', 'Ha salido del país de origen'],
      ['pt', 'Objeto saiu do país de origem'],
      ['pl', 'Przesyłka opuściła kraj nadania'],
      ['tr', 'Gönderi çıkış ülkesinden ayrıldı'],
      ['tr', 'Gönderi yurt dışına sevk edildi'],
      ['en', 'The parcel has left the country of origin'],
      ['ru', 'Покинуло страну отправления'],
      ['es', 'Salida de la oficina de cambio con destino al extranjero'],
      ['es', 'Envío despachado desde el país de origen'],
      ['ru', 'Отправлено из страны отправителя'],
      ['ru', 'Вывезено из страны отправления'],
      ['tr', 'Gönderi yurt dışına çıkış yaptı'],
    ],
  },
  'arrival in the destination country': {
    label: 'in_transit/arrived_destination/null',
    cases: [
      ['nl', 'Zending is in Nederland aangekomen'],
      ['nl', 'Pakket in België aangekomen'],
      ['de', 'Die Sendung ist in Österreich eingetroffen'],
      ['de', 'Die Sendung ist in Deutschland angekommen'],
      ['it', 'La spedizione è arrivata in Italia'],
      ['fr', 'Votre colis est arrivé en France'],
      ['es', 'El envío ha llegado a España'],
      ['pl', 'Przesyłka dotarła do Polski'],
      ['en', 'Your parcel has arrived in the UK'],
      ['es', 'Llegada a España. En tránsito hacia la aduana'],
      ['en', 'Arrived in the UK, in transit to customs'],
    ],
  },
  'handover to the local carrier': {
    label: 'in_transit/handed_to_last_mile/null',
    cases: [
      ['zh', '已交由当地派送商派送'],
      ['zh', '已转交当地快递公司派送'],
      ['zh', '包裹已移交本地承运商'],
      ['en', 'Handed over to the local delivery company'],
      ['de', 'An den lokalen Zustellpartner übergeben'],
      ['fr', 'Confié à notre partenaire de livraison local'],
      ['it', 'Affidata al corriere locale'],
      ['es', 'Entregado al operador local para su reparto'],
      ['nl', 'Overgedragen aan de lokale bezorger'],
      ['pl', 'Przekazano lokalnemu przewoźnikowi'],
      ['de', 'Übergabe an Hermes zur Zustellung'],
      ['de', 'Die Sendung wurde zur Zustellung an GLS übergeben'],
      ['es', 'Tu paquete ya está en manos de SEUR para la entrega final'],
      ['es', 'Entregado a Correos Express para la entrega'],
      ['it', 'Affidata a SDA per la consegna'],
      ['it', 'Spedizione affidata a BRT per la consegna finale'],
      ['pl', 'Przekazano do doręczenia przez InPost'],
      ['pl', 'Przesyłka przekazana do doręczenia przez DPD Polska'],
      ['pt', 'Objeto encaminhado para entrega pela transportadora parceira'],
      ['pt', 'Objeto repassado à Jadlog para entrega'],
      ['nl', 'Aangeboden aan PostNL voor verdere bezorging'],
      ['fr', 'Colis remis à Colissimo pour la livraison'],
      ['en', 'Handed over to Evri for final delivery'],
      ['en', 'Your parcel is now with Yodel for delivery'],
    ],
  },
  'on the way back to the sender': {
    label: 'exception/returning/returning_to_sender',
    cases: [
      ['de', 'Die Sendung befindet sich auf dem Rückweg zum Absender'],
      ['de', 'Die Sendung wird an den Absender zurückgesendet'],
      ['de', 'Rücksendung an den Absender eingeleitet'],
      ['en', 'Your parcel is on its way back to the sender'],
      ['nl', 'Pakket is onderweg terug naar de afzender'],
      ['fr', "Votre colis est sur le chemin du retour vers l'expéditeur"],
      ['it', 'La spedizione sta tornando al mittente'],
      ['es', 'El envío está siendo devuelto al remitente'],
      ['pl', 'Przesyłka wraca do nadawcy'],
    ],
  },
  'with the driver, due today': {
    label: 'out_for_delivery/out_for_delivery/null',
    cases: [
      ['en', 'With our driver - expect it today'],
      ['en', 'Your parcel is with our courier'],
      ['en', 'We expect to deliver your item today'],
      ['it', 'Affidata al corriere per la consegna'],
      ['pl', 'Przekazano do doręczenia przez naszego kuriera'],
      ['es', 'En manos del repartidor para su entrega'],
      ['ru', 'Курьер доставит заказ сегодня'],
      ['pl', 'Kurier doręczy paczkę dziś'],
    ],
  },
  'waiting for the buyer at a counter': {
    label: 'available_for_pickup/pickup_point/null',
    cases: [
      ['en', 'Waiting for you at the Co-op Post Office'],
      ['en', 'Your parcel is waiting for you at the locker'],
      ['en', 'Ready for you to collect at Bolton Post Office'],
      ['fr', 'Votre colis a été déposé dans votre bureau de poste, il vous attend'],
      ['fr', 'Votre colis est disponible dans votre bureau de poste'],
    ],
  },
  'prepared by the sender, not yet handed over': {
    label: 'info_received/label_created/null',
    cases: [
      ['fr', "Votre colis est en préparation chez l'expéditeur"],
      ['fr', "L'expéditeur prépare votre colis"],
      ['fr', 'Colis en cours de préparation par le vendeur'],
      ['en', 'The seller is getting your package ready'],
      ['en', 'Your order is being packed by the seller'],
      ['de', 'Sendungsdaten wurden übermittelt, die Sendung ist noch nicht eingeliefert'],
      ['de', 'Die Sendung wurde noch nicht beim Paketshop abgegeben'],
      ['pl', 'Przesyłka nie została jeszcze nadana'],
      ['it', 'Spedizione non ancora consegnata al corriere dal mittente'],
      ['es', 'El paquete aún no ha sido entregado por el remitente'],
      ['nl', 'Pakket is nog niet door de afzender aangeleverd'],
      [
        'en',
        'Electronic shipment notification received; the shipment has not yet been handed over to DHL',
      ],
      ['en', 'The parcel has not been handed over to us yet'],
      [
        'en',
        "Hello, your parcel's details have been sent to us by the retailer. We'll be in touch as soon as it reaches us.",
      ],
      ['en', 'The sender has told us your parcel is on its way to us'],
      ['it', 'Spedizione registrata, in attesa di presa in carico'],
      ['it', 'In attesa del ritiro da parte del corriere'],
      ['de', 'Warten auf Einlieferung durch den Absender'],
      ['es', 'Pendiente de recogida por el transportista'],
      ['nl', 'In afwachting van aanlevering door de afzender'],
      ['fr', "L'expéditeur nous a transmis les informations de votre colis"],
    ],
  },
  'customs need a missing document': {
    label: 'exception/import_customs/customs_documents_needed',
    cases: [
      ['es', 'Retenido en aduana: falta la factura comercial del destinatario'],
      ['en', 'Held at customs: commercial invoice missing'],
      ['de', 'Beim Zoll: Handelsrechnung fehlt'],
      ['fr', 'Retenu en douane : facture manquante'],
      ['it', 'Fermo in dogana: manca la fattura'],
      ['nl', 'Douane: factuur ontbreekt'],
      ['pt', 'Retido na alfândega: falta a fatura'],
    ],
  },
  'lithium batteries and other goods airlines refuse': {
    label: 'exception/null/prohibited_item',
    cases: [
      ['en', 'Item cannot be sent: contains lithium batteries that airlines do not accept'],
      ['en', 'Lithium battery not permitted on air mail'],
      ['de', 'Lithium-Akkus sind im Luftversand nicht zugelassen'],
      ['fr', 'Contient des batteries au lithium, envoi impossible'],
      ['es', 'Contiene baterías de litio: no se puede enviar'],
      ['it', 'Contiene batterie al litio, non spedibile'],
      ['nl', 'Bevat lithiumbatterijen, niet toegestaan'],
      ['pl', 'Przesyłka zawiera baterie litowe'],
      ['pt', 'Contém baterias de lítio, não pode ser enviado'],
      ['ru', 'Содержит литиевые батареи'],
      ['tr', 'Lityum pil içerdiği için gönderilemez'],
      ['zh', '含锂电池，无法寄递'],
    ],
  },
  'sorted at a centre the text calls the origin': {
    label: 'in_transit/origin_facility/null',
    cases: [
      ['es', 'Llegada al centro de clasificación de origen'],
      ['fr', 'Colis trié dans notre agence de départ'],
      ['it', 'In lavorazione presso il centro di smistamento di origine'],
      ['nl', 'Het pakket is gesorteerd in het sorteercentrum van vertrek'],
      ['pt', 'Objeto em tratamento no centro de triagem de origem'],
      ['tr', 'Çıkış transfer merkezinde işlem gördü'],
      ['en', 'Processed at the origin sorting centre'],
    ],
  },
  'the recipient was not found at home': {
    label: 'failed_attempt/out_for_delivery/recipient_absent',
    cases: [
      [
        'de',
        'Leider konnten wir Sie nicht antreffen. Eine Benachrichtigungskarte wurde eingeworfen.',
      ],
      ['de', 'Empfänger nicht angetroffen, Benachrichtigung eingeworfen'],
    ],
  },
  'a return request is not a return': {
    label: 'in_transit/null/null',
    cases: [
      ['en', 'Delivery change requested: return to sender'],
      ['en', 'Recipient requested return to sender'],
    ],
  },
};

/** Announced, conditional or failed: none of these is a delivery. */
const NOT_DELIVERED: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['en', 'Could not be left in a safe place'],
  ['en', 'Safe place not available, card left'],
  ['en', 'Your parcel will be left with a neighbour if you are out'],
  ['en', 'We could not leave it with a neighbour'],
  ['en', 'Your parcel can be left with a neighbour'],
  ['de', 'Die Sendung wird an einen Nachbarn übergeben'],
  ['de', 'Die Sendung konnte nicht beim Nachbarn abgegeben werden'],
  ['de', 'Die Sendung wird am Ablageort abgelegt'],
  ['fr', 'Votre colis sera remis à votre gardien'],
  ['fr', 'Votre colis pourra être déposé chez votre voisin'],
  ['fr', "Votre colis n'a pas pu être remis à votre gardien"],
  ['nl', 'Pakket kan bij de buren worden afgegeven'],
  ['nl', 'Pakket wordt bij de buren bezorgd'],
  ['nl', 'Pakket kon niet op de afgesproken plek worden achtergelaten'],
  ['it', 'Non è stato possibile lasciarla al portiere'],
  ['it', 'Sarà consegnata al portiere'],
  ['es', 'No se ha dejado con el vecino'],
  ['pl', 'Przesyłka zostanie przekazana sąsiadowi'],
  ['pl', 'Przesyłka nie została pozostawiona u sąsiada'],
  ['ru', 'Будет передано соседу'],
  ['ru', 'Не оставлено у двери'],
  ['zh', '将放在门口'],
  ['tr', 'Gönderi komşuya teslim edilecek'],
];

describe('phrase families', () => {
  for (const [name, family] of Object.entries(FAMILIES)) {
    it(name, () => {
      for (const [lang, text] of family.cases) {
        expect(`${lang}: ${read(lang, text)}`).toBe(`${lang}: ${family.label}`);
      }
    });
  }

  it('announced, conditional or failed deliveries are never delivered', () => {
    for (const [lang, text] of NOT_DELIVERED) {
      const c = classify({ description: text, language: lang, source: 'sim' });
      expect(`${lang}: ${text} -> ${c.status}`).not.toBe(`${lang}: ${text} -> delivered`);
    }
  });

  it('"déposé dans un bureau de poste" is the sender\'s drop-off unless it waits for the buyer', () => {
    expect(read('fr', 'Votre colis a été déposé dans un bureau de poste')).toBe(
      'in_transit/picked_up/null',
    );
    expect(read('fr', 'Votre colis a été déposé dans un bureau de poste, il vous attend')).toBe(
      'available_for_pickup/pickup_point/null',
    );
  });
});
