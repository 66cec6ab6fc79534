/**
 * @module carriers/sim/phrases
 * What each leg of a simulated journey says, in the language the real leg uses: Chinese
 * at origin (Cainiao and China Post phrasing), English on line-haul and at the inward
 * office of exchange, and the destination carrier's language for the last mile. Each step
 * has the real code of that leg (see codes.ts). Placeholders: {city} {hub} {next} {number}
 * {carrier} {point}.
 */
import type { CodeFamily } from './lanes.js';

export type StepKey =
  | 'info'
  | 'outbound'
  | 'pickup'
  | 'origin_in'
  | 'origin_out'
  | 'handoff_postal'
  | 'export_start'
  | 'export_done'
  | 'handover_airline'
  | 'departed'
  | 'transit_hub'
  | 'arrived'
  | 'import_start'
  | 'customs_hold'
  | 'duties_due'
  | 'duties_paid'
  | 'import_done'
  | 'inward_out'
  | 'handoff'
  | DestKey;

export type DestKey =
  | 'dest_in'
  | 'delivery_office'
  | 'out'
  | 'failed'
  | 'pickup_ready'
  | 'collected'
  | 'delivered'
  | 'unclaimed'
  | 'returning'
  | 'returned';

export interface Phrase {
  code: string;
  text: string;
  language: string;
}

type Table = Partial<Record<StepKey, readonly [code: string, text: string]>>;

/** Origin-side families plus DHL Express, which speaks English end to end. */
export type LegFamily =
  | 'cainiao-origin'
  | 'cainiao-transit'
  | 'post-origin'
  | 'post-transit'
  | 'dhl';

const FAMILY_LANGUAGE: Record<LegFamily, string> = {
  'cainiao-origin': 'zh-CN',
  'cainiao-transit': 'en',
  'post-origin': 'zh-CN',
  'post-transit': 'en',
  dhl: 'en',
};

const FAMILIES: Record<LegFamily, Table> = {
  'cainiao-origin': {
    info: ['GWMS_ACCEPT', '【{city}】仓库已接单，等待拣货打包'],
    outbound: ['GWMS_OUTBOUND', '【{city}】包裹已打包出库'],
    pickup: ['PU_PICKUP_SUCCESS', '【{city}】已揽收'],
    origin_in: ['SC_INBOUND_SUCCESS', '已到达【{hub}分拨中心】'],
    origin_out: ['SC_OUTBOUND_SUCCESS', '离开【{hub}分拨中心】，下一站【{next}】'],
    handoff_postal: ['SC_HO_OUT_SUCCESS', '【{hub}】已交{carrier}，国际运单号：{number}'],
    export_start: ['CC_EX_START', '【{next}】出口清关开始'],
    export_done: ['CC_EX_SUCCESS', '【{next}】出口清关完成'],
    handover_airline: ['LH_HO_AIRLINE', '【{next}】已交航空公司'],
  },
  'cainiao-transit': {
    departed: ['LH_DEPART', 'Departed from departure country/region'],
    arrived: ['LH_ARRIVE', 'Arrived at destination country/region, {hub}'],
    import_start: ['CC_IM_START', 'Import customs clearance started'],
    customs_hold: ['CC_IM_EXCEPTION', 'Import customs clearance delay: held for inspection'],
    duties_due: ['CUS_TAX', 'Import duties and taxes assessed, payment required before release'],
    duties_paid: ['CC_IM_PROCESS', 'Duties paid, import customs clearance in progress'],
    import_done: ['CC_IM_SUCCESS', 'Import customs clearance complete'],
    handoff: [
      'GTMS_ACCEPT',
      'Handed over to last-mile carrier {carrier}, tracking number {number}',
    ],
  },
  'post-origin': {
    pickup: ['EMA', '【{city}】已收寄'],
    origin_in: ['EMB', '到达【{hub}】处理中心'],
    export_start: ['EXA', '【{hub}】已交出口海关'],
    export_done: ['EXC', '【{hub}】出口海关已放行'],
    departed: ['EMC', '离开【{hub}】，下一站【{next}】'],
  },
  'post-transit': {
    arrived: ['EMD', 'Arrived at inward office of exchange, {hub}'],
    import_start: ['EDB', 'Presented to import customs'],
    customs_hold: ['EME', 'Held by import customs for inspection'],
    import_done: ['EDC', 'Released by import customs'],
    inward_out: ['EMF', 'Departed inward office of exchange, {hub}'],
    handoff: [
      'GTMS_ACCEPT',
      'Handed over to last-mile carrier {carrier}, tracking number {number}',
    ],
  },
  dhl: {
    pickup: ['PU', 'Shipment picked up'],
    origin_in: ['PL', 'Processed at DHL sort facility {hub}'],
    departed: ['DF', 'Departed facility in {hub}'],
    transit_hub: ['AF', 'Arrived at DHL transit hub {next}'],
    arrived: ['AR', 'Arrived at DHL Delivery Facility {hub}'],
    import_start: ['CC', 'Customs status updated'],
    customs_hold: ['OH', 'Shipment is on hold: clearance delay'],
    import_done: ['CR', 'Clearance processing complete, released by customs at {hub}'],
    out: ['WC', 'Shipment is out with courier for delivery'],
    failed: ['NH', 'Delivery attempted; recipient not home'],
    delivered: ['OK', 'Delivered'],
  },
};

/** Destination texts by language (the base subtag: fr, es, pl, de, en, pt, ru, nl, it). */
const DEST_TEXT: Record<string, Record<DestKey, string>> = {
  fr: {
    dest_in: 'Votre colis est arrivé sur notre plateforme de tri de {city}.',
    delivery_office: 'Votre colis est arrivé sur son site de distribution de {city}.',
    out: 'Votre colis est en cours de livraison.',
    failed:
      "Votre colis n'a pas pu être livré : destinataire absent. Un avis de passage a été déposé.",
    pickup_ready: 'Votre colis est disponible dans votre point de retrait : {point}.',
    collected: 'Votre colis a été retiré par le destinataire en point de retrait.',
    delivered: 'Votre colis est livré.',
    unclaimed: "Votre colis n'a pas été retiré dans le délai de mise à disposition.",
    returning: "Votre colis est en cours de retour vers l'expéditeur.",
    returned: "Votre colis a été livré à l'expéditeur.",
  },
  es: {
    dest_in: 'Clasificado en el centro de tratamiento de {city}.',
    delivery_office: 'Llegada a la oficina de reparto de {city}.',
    out: 'En proceso de entrega.',
    failed: 'Entrega fallida: destinatario ausente. Se ha dejado un aviso.',
    pickup_ready: 'Disponible para recoger en {point}.',
    collected: 'Entregado: recogido por el destinatario en {point}.',
    delivered: 'Entregado.',
    unclaimed: 'No recogido en el plazo establecido.',
    returning: 'En devolución al remitente.',
    returned: 'Devuelto y entregado al remitente.',
  },
  pl: {
    dest_in: 'Przesyłka dotarła do oddziału ({city}).',
    delivery_office: 'Przesyłka wysłana z oddziału ({city}).',
    out: 'Przesyłka przekazana kurierowi do doręczenia.',
    failed: 'Nieudana próba doręczenia: adresat nieobecny. Pozostawiono awizo.',
    pickup_ready: 'Przesyłka czeka na odbiór w punkcie {point}.',
    collected: 'Przesyłka odebrana przez adresata.',
    delivered: 'Przesyłka doręczona.',
    unclaimed: 'Upłynął termin odbioru przesyłki.',
    returning: 'Przesyłka w drodze do nadawcy (zwrot).',
    returned: 'Przesyłka zwrócona do nadawcy.',
  },
  de: {
    dest_in: 'Die Sendung wurde im Paketzentrum {city} bearbeitet.',
    delivery_office: 'Die Sendung ist in der Zustellbasis {city} eingetroffen.',
    out: 'Die Sendung wurde in das Zustellfahrzeug geladen.',
    failed:
      'Der Empfänger wurde nicht angetroffen. Eine Benachrichtigungskarte wurde hinterlassen.',
    pickup_ready: 'Die Sendung liegt zur Abholung bereit: {point}.',
    collected: 'Die Sendung wurde vom Empfänger abgeholt.',
    delivered: 'Die Sendung wurde erfolgreich zugestellt.',
    unclaimed: 'Die Sendung wurde nicht innerhalb der Lagerfrist abgeholt.',
    returning: 'Die Sendung wird an den Absender zurückgesendet.',
    returned: 'Die Sendung wurde an den Absender zugestellt.',
  },
  en: {
    dest_in: 'Arrived at regional sorting facility, {city}',
    delivery_office: 'Arrived at delivery office, {city}',
    out: 'Out for delivery',
    failed: 'Delivery attempted - no one available, notice left',
    pickup_ready: 'Available for pickup at {point}',
    collected: 'Delivered, collected by the recipient at {point}',
    delivered: 'Delivered, left in mailbox',
    unclaimed: 'Not collected within the holding period',
    returning: 'Being returned to sender',
    returned: 'Returned to sender: received by the shipper',
  },
  pt: {
    dest_in: 'Objeto recebido na unidade de tratamento, {city}',
    delivery_office: 'Objeto recebido na unidade de distribuição, {city}',
    out: 'Objeto saiu para entrega ao destinatário',
    failed: 'Tentativa de entrega não efetuada: destinatário ausente',
    pickup_ready: 'Objeto aguardando retirada no endereço indicado: {point}',
    collected: 'Objeto entregue ao destinatário (retirado na agência)',
    delivered: 'Objeto entregue ao destinatário',
    unclaimed: 'Objeto não retirado no prazo',
    returning: 'Objeto em devolução ao remetente',
    returned: 'Objeto devolvido e entregue ao remetente',
  },
  ru: {
    dest_in: 'Сортировка, {city}',
    delivery_office: 'Прибыло в место вручения, {city}',
    out: 'Передано почтальону для доставки',
    failed: 'Неудачная попытка вручения: адресат отсутствует',
    pickup_ready: 'Ожидает адресата в месте вручения: {point}',
    collected: 'Вручение адресату в отделении',
    delivered: 'Вручение адресату',
    unclaimed: 'Истёк срок хранения',
    returning: 'Возврат отправителю',
    returned: 'Вручение отправителю',
  },
  nl: {
    dest_in: 'Zending is gesorteerd in {city}',
    delivery_office: 'Zending is aangekomen bij het bezorgcentrum {city}',
    out: 'Zending wordt vandaag bezorgd',
    failed: 'Bezorgpoging mislukt: ontvanger niet thuis, kaartje achtergelaten',
    pickup_ready: 'Zending ligt klaar om op te halen bij {point}',
    collected: 'Zending is opgehaald door de ontvanger',
    delivered: 'Zending is bezorgd',
    unclaimed: 'Zending is niet opgehaald binnen de bewaartermijn',
    returning: 'Zending wordt teruggestuurd naar de afzender',
    returned: 'Zending is terugbezorgd bij de afzender',
  },
  it: {
    dest_in: 'La spedizione è in lavorazione presso il centro di smistamento di {city}',
    delivery_office: "La spedizione è arrivata all'ufficio di recapito di {city}",
    out: 'La spedizione è in consegna',
    failed: 'Mancata consegna: destinatario assente. È stato lasciato un avviso',
    pickup_ready: 'La spedizione è disponibile per il ritiro presso {point}',
    collected: 'La spedizione è stata ritirata dal destinatario',
    delivered: 'La spedizione è stata consegnata',
    unclaimed: 'Giacenza scaduta: spedizione non ritirata',
    returning: 'La spedizione è in restituzione al mittente',
    returned: 'La spedizione è stata restituita al mittente',
  },
};

/** Codes per destination family; a missing key falls back to UPU (and the SIM_* codes). */
const DEST_CODES: Record<CodeFamily, Partial<Record<DestKey, string>>> = {
  upu: {
    dest_in: 'EDD',
    delivery_office: 'EMG',
    out: 'EDG',
    failed: 'EMH',
    pickup_ready: 'EDH',
    collected: 'EMI',
    delivered: 'EMI',
    unclaimed: 'SIM_UNCLAIMED',
    returning: 'SIM_RETURNING',
    returned: 'SIM_RETURNED',
  },
  laposte: {
    dest_in: 'ET3',
    out: 'MD2',
    failed: 'ND1',
    pickup_ready: 'AG1',
    collected: 'DI1',
    delivered: 'DI1',
    unclaimed: 'PB1',
    returning: 'RE1',
    returned: 'DI2',
  },
  inpost: {
    dest_in: 'adopted_at_sorting_center',
    delivery_office: 'sent_from_sorting_center',
    out: 'out_for_delivery',
    failed: 'avizo',
    pickup_ready: 'ready_to_pickup',
    collected: 'delivered',
    delivered: 'delivered',
    unclaimed: 'pickup_time_expired',
    returned: 'returned_to_sender',
  },
  usps: {
    dest_in: 'PC',
    delivery_office: '07',
    out: 'OF',
    failed: '02',
    pickup_ready: '16',
    collected: '01',
    delivered: '01',
    returning: '09',
  },
  postnl: { dest_in: '5', out: '7', pickup_ready: '12', collected: '22', delivered: '11' },
  royalmail: { out: 'EVGPD', failed: 'EVKNA', pickup_ready: 'EVKLC' },
};

/** The phrase an origin/transit family uses for a step, or undefined when it has none. */
export function legPhrase(family: LegFamily, key: StepKey): Phrase | undefined {
  const entry = FAMILIES[family][key];
  return entry && { code: entry[0], text: entry[1], language: FAMILY_LANGUAGE[family] };
}

/** The destination carrier's phrase for a last-mile step, in the lane's language. */
export function destPhrase(family: CodeFamily, language: string, key: DestKey): Phrase {
  const base = language.split('-')[0] ?? 'en';
  const texts = DEST_TEXT[base] ?? DEST_TEXT['en']!;
  const code = DEST_CODES[family][key] ?? DEST_CODES.upu[key]!;
  return { code, text: texts[key], language };
}

/** Fills {placeholders}; unknown ones are left as they are. */
export function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
