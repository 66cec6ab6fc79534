/**
 * @module core/classify/negation.test
 * The final safety rule (negation.ts), per language: negated, waiting and announced
 * deliveries are never "delivered"; plain deliveries still are. Sentences written for this
 * test (not from the corpus), tried with and without a language tag, plus generated ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './index.js';
import { CUE_LANGUAGES, CUE_PATTERNS, cueOf, returnDenied } from './negation.js';
import { scan } from './prefilter.js';
import { fold } from './text.js';

/** [sentence, status it must get]; null: anything but "delivered" (unclassified is fine). */
const TABLE: Record<string, [string, string | null][]> = {
  en: [
    ['Parcel was not delivered', 'failed_attempt'],
    ['We were unable to deliver your package today', 'failed_attempt'],
    ['The driver could not deliver the item', 'failed_attempt'],
    ["Couldn't deliver: access to building denied", 'failed_attempt'],
    ['Delivery failed - business closed', 'failed_attempt'],
    ['Delivery was unsuccessful', 'failed_attempt'],
    ['Undeliverable as addressed', null],
    ['Delivered to the Post Office, awaiting collection by the addressee', 'available_for_pickup'],
    ['Ready to be collected at the parcel shop', 'available_for_pickup'],
    ['Your parcel will be delivered on Friday', 'in_transit'],
    ['Expected delivery: tomorrow by 9pm', 'in_transit'],
    ['Delivered', 'delivered'],
    ['Delivered to neighbour at number 12', 'delivered'],
    ['Left in the safe place you chose; no signature required', 'delivered'],
  ],
  fr: [
    ["Le colis n'a pas été livré", 'failed_attempt'],
    ['Votre colis ne peut pas être livré aujourd’hui', 'failed_attempt'],
    ['Livraison impossible : adresse inaccessible', 'failed_attempt'],
    ['Échec de la livraison', 'failed_attempt'],
    ['Colis non distribué', 'failed_attempt'],
    ["Le facteur n'a pas pu remettre votre colis", 'failed_attempt'],
    ['Livré en point relais, en attente de retrait', 'available_for_pickup'],
    ['Votre colis est prêt à être retiré au bureau de poste', 'available_for_pickup'],
    ['Votre colis sera livré demain', 'in_transit'],
    ['Livraison prévue le 12/03', 'in_transit'],
    ['Votre colis a été livré', 'delivered'],
    ['Colis remis au destinataire', 'delivered'],
  ],
  es: [
    ['El paquete no fue entregado', 'failed_attempt'],
    ['No se pudo entregar el envío', 'failed_attempt'],
    ['Entrega fallida: dirección incompleta', 'failed_attempt'],
    ['Intento de entrega sin éxito', 'failed_attempt'],
    ['Imposible entregar, destinatario ausente', 'failed_attempt'],
    ['Envío no entregado', 'failed_attempt'],
    ['Depositado en oficina, pendiente de recogida', 'available_for_pickup'],
    ['Entregado en punto de recogida: listo para recoger', 'available_for_pickup'],
    ['Tu envío será entregado mañana', 'in_transit'],
    ['Entrega prevista el lunes', 'in_transit'],
    ['Entregado al destinatario', 'delivered'],
    ['Su envío ha sido entregado', 'delivered'],
  ],
  pt: [
    ['Objeto não entregue', 'failed_attempt'],
    ['Não foi possível entregar o objeto', 'failed_attempt'],
    ['A entrega não foi realizada', 'failed_attempt'],
    ['Tentativa de entrega sem sucesso', 'failed_attempt'],
    ['Encomenda não pôde ser entregue ao destinatário', 'failed_attempt'],
    ['Entrega falhou: carteiro não encontrou o endereço', 'failed_attempt'],
    ['Objeto aguardando retirada na agência', 'available_for_pickup'],
    ['Encomenda disponível para levantamento no ponto', 'available_for_pickup'],
    ['Seu objeto será entregue amanhã', 'in_transit'],
    ['Entrega prevista para 12/03', 'in_transit'],
    ['Objeto entregue ao destinatário', 'delivered'],
    ['Entrega efetuada', 'delivered'],
  ],
  de: [
    ['Die Sendung wurde nicht zugestellt', 'failed_attempt'],
    ['Paket konnte nicht zugestellt werden', 'failed_attempt'],
    ['Zustellung fehlgeschlagen', 'failed_attempt'],
    ['Zustellung heute leider nicht möglich', 'failed_attempt'],
    ['Kein Zugang zum Gebäude, Paket nicht abgegeben', 'failed_attempt'],
    ['Die Sendung konnte dem Empfänger nicht übergeben werden', 'failed_attempt'],
    ['Zugestellt in Filiale – zur Abholung bereit', 'available_for_pickup'],
    ['Ihr Paket liegt zur Abholung in der Packstation', 'available_for_pickup'],
    ['Die Sendung wird morgen zugestellt', 'in_transit'],
    ['Voraussichtliche Zustellung: Montag', 'in_transit'],
    ['Die Sendung wurde zugestellt', 'delivered'],
    ['Zugestellt an Nachbar', 'delivered'],
  ],
  pl: [
    ['Paczka nie została dostarczona', 'failed_attempt'],
    ['Przesyłka nie została doręczona', 'failed_attempt'],
    ['Doręczenie nie powiodło się', 'failed_attempt'],
    ['Nieudana próba doręczenia', 'failed_attempt'],
    ['Nie udało się dostarczyć przesyłki', 'failed_attempt'],
    ['Przesyłka niedoręczona', 'failed_attempt'],
    ['Dostarczona do Paczkomatu, gotowa do odbioru', 'available_for_pickup'],
    ['Przesyłka czeka na odbiór w punkcie', 'available_for_pickup'],
    ['Przesyłka zostanie doręczona jutro', 'in_transit'],
    ['Planowana dostawa: poniedziałek', 'in_transit'],
    ['Przesyłka doręczona', 'delivered'],
    ['Paczka dostarczona do adresata', 'delivered'],
  ],
  ru: [
    ['Посылка не доставлена', 'failed_attempt'],
    ['Не удалось вручить отправление', 'failed_attempt'],
    ['Доставка не выполнена', 'failed_attempt'],
    ['Неудачная попытка вручения', 'failed_attempt'],
    ['Отправление не вручено адресату', 'failed_attempt'],
    ['Вручение невозможно: адресат отсутствует', 'failed_attempt'],
    ['Ожидает вручения в отделении', 'available_for_pickup'],
    ['Заказ готов к выдаче в пункте выдачи', 'available_for_pickup'],
    ['Посылка будет доставлена завтра', 'in_transit'],
    ['Вручено адресату', 'delivered'],
    ['Получено', 'delivered'],
    ['Посылка доставлена', 'delivered'],
  ],
  it: [
    ['Il pacco non è stato consegnato', 'failed_attempt'],
    ['Mancata consegna: destinatario assente', 'failed_attempt'],
    ['Consegna non riuscita', 'failed_attempt'],
    ['Impossibile consegnare la spedizione', 'failed_attempt'],
    ['Tentativo di consegna fallito', 'failed_attempt'],
    ['Spedizione non recapitata', 'failed_attempt'],
    ['Consegnato al punto di ritiro, pronto per il ritiro', 'available_for_pickup'],
    ['In giacenza presso l’ufficio postale', 'available_for_pickup'],
    ['La spedizione sarà consegnata domani', 'in_transit'],
    ['Consegna prevista lunedì', 'in_transit'],
    ['Consegnato', 'delivered'],
    ['La spedizione è stata consegnata al destinatario', 'delivered'],
  ],
  nl: [
    ['Pakket is niet bezorgd', 'failed_attempt'],
    ['Bezorging is niet gelukt', 'failed_attempt'],
    ['Bezorging mislukt, ontvanger niet thuis', 'failed_attempt'],
    ['We konden je pakket niet afleveren', 'failed_attempt'],
    ['Aflevering niet mogelijk', 'failed_attempt'],
    ['Geen bezorging mogelijk vandaag', 'failed_attempt'],
    ['Afgeleverd bij PostNL-punt, klaar om op te halen', 'available_for_pickup'],
    ['Je pakket ligt klaar om af te halen', 'available_for_pickup'],
    ['Je pakket wordt morgen bezorgd', 'in_transit'],
    ['Verwachte bezorging: dinsdag', 'in_transit'],
    ['Bezorgd', 'delivered'],
    ['Pakket is afgeleverd', 'delivered'],
  ],
  tr: [
    ['Teslimat gerçekleştirilemedi', 'failed_attempt'],
    ['Kargo teslim edilemedi', 'failed_attempt'],
    ['Kargo teslim edilmedi', 'failed_attempt'],
    ['Alıcıya ulaştırılamadı', 'failed_attempt'],
    ['Başarısız teslimat denemesi', 'failed_attempt'],
    ['Teslimat yapılamadı: adres bulunamadı', 'failed_attempt'],
    ['Kargonuz teslim alınmak üzere şubede bekliyor', 'available_for_pickup'],
    ['Şubeden teslim almaya hazır', 'available_for_pickup'],
    ['Kargonuz yarın teslim edilecek', 'in_transit'],
    ['Teslim edildi', 'delivered'],
    ['Kargo alıcıya teslim edildi', 'delivered'],
  ],
  zh: [
    ['快件未妥投', 'failed_attempt'],
    ['包裹无法投递', 'failed_attempt'],
    ['派送失败，联系不上收件人', 'failed_attempt'],
    ['没有签收', 'failed_attempt'],
    ['投递不成功', 'failed_attempt'],
    ['未能送达', 'failed_attempt'],
    ['快件已到达驿站，待取件', 'available_for_pickup'],
    ['已放入快递柜，请凭取件码取件', 'available_for_pickup'],
    ['预计明天送达', null],
    ['已签收', 'delivered'],
    ['快件已妥投', 'delivered'],
    ['您的包裹已签收，签收人：前台', 'delivered'],
  ],
};

describe('negation guard: table', () => {
  for (const [lang, cases] of Object.entries(TABLE)) {
    it(`${lang}: ${cases.length} negations, waits and plain deliveries`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(10);
      for (const [text, want] of cases) {
        for (const language of [lang, undefined]) {
          const got = classify({ description: text, language }).status;
          const label = `${text} [${language ?? 'no tag'}]`;
          if (want === null) expect(got, label).not.toBe('delivered');
          else expect(got, label).toBe(want);
        }
      }
    });
  }

  it('has cues for all eleven languages', () => {
    expect([...CUE_LANGUAGES].sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'tr', 'zh'].sort(),
    );
  });

  it('a cue in another clause of a plain delivery does not fire', () => {
    expect(cueOf(fold('Delivered. Signature not required'), 'en')).toBeUndefined();
    expect(classify({ description: 'Delivered. Signature not required' }).status).toBe('delivered');
  });
});

/** Per language: a negated delivery, built from a subject, a negated verb and a tail. */
const NEGATED: Record<string, { subjects: string[]; verbs: string[]; tails: string[] }> = {
  en: {
    subjects: ['', 'Your parcel ', 'The item ', 'Package 1Z999 '],
    verbs: [
      'was not delivered',
      'could not be delivered',
      'has not been delivered',
      'failed to deliver',
    ],
    tails: ['', ' today', ' - recipient absent', ', we will try again'],
  },
  fr: {
    subjects: ['', 'Votre colis ', 'Le colis ', "L'envoi "],
    verbs: ["n'a pas été livré", "n'a pas pu être livré", 'ne peut pas être livré', 'non livré'],
    tails: ['', " aujourd'hui", ' : destinataire absent', ', nouvelle tentative demain'],
  },
  es: {
    subjects: ['', 'Tu envío ', 'El paquete ', 'Su pedido '],
    verbs: ['no fue entregado', 'no ha podido ser entregado', 'no entregado', 'no se ha entregado'],
    tails: ['', ' hoy', ': destinatario ausente', ', nuevo intento mañana'],
  },
  pt: {
    subjects: ['', 'Objeto ', 'A encomenda ', 'Seu pedido '],
    verbs: [
      'não entregue',
      'não foi entregue',
      'não pôde ser entregue',
      'não foi possível entregar',
    ],
    tails: ['', ' hoje', ' - destinatário ausente', ', nova tentativa amanhã'],
  },
  de: {
    subjects: ['', 'Ihre Sendung ', 'Das Paket ', 'Die Lieferung '],
    verbs: [
      'wurde nicht zugestellt',
      'konnte nicht zugestellt werden',
      'nicht zugestellt',
      'wurde nicht geliefert',
    ],
    tails: ['', ' heute', ' - Empfänger nicht angetroffen', ', neuer Versuch morgen'],
  },
  pl: {
    subjects: ['', 'Przesyłka ', 'Paczka ', 'Twoja paczka '],
    verbs: ['nie została doręczona', 'nie została dostarczona', 'nie doręczona', 'nie dostarczona'],
    tails: ['', ' dzisiaj', ' - adresat nieobecny', ', ponowna próba jutro'],
  },
  ru: {
    subjects: ['', 'Посылка ', 'Отправление ', 'Ваш заказ '],
    verbs: ['не доставлена', 'не вручено', 'не была доставлена', 'не удалось доставить'],
    tails: ['', ' сегодня', ': адресат отсутствует', ', повторная попытка завтра'],
  },
  it: {
    subjects: ['', 'La spedizione ', 'Il pacco ', 'Il tuo ordine '],
    verbs: [
      'non consegnata',
      'non è stato consegnato',
      'non è stata recapitata',
      'non può essere consegnato',
    ],
    tails: ['', ' oggi', ': destinatario assente', ', nuovo tentativo domani'],
  },
  nl: {
    subjects: ['', 'Je pakket ', 'De zending ', 'Uw pakket '],
    verbs: ['is niet bezorgd', 'kon niet worden bezorgd', 'niet afgeleverd', 'werd niet geleverd'],
    tails: ['', ' vandaag', ': niemand thuis', ', nieuwe poging morgen'],
  },
  tr: {
    subjects: ['', 'Kargonuz ', 'Gönderi ', 'Paket '],
    verbs: ['teslim edilemedi', 'teslim edilmedi', 'alıcıya teslim edilemedi', 'teslim yapılamadı'],
    tails: ['', ' bugün', ': alıcı adreste yok', ', yarın tekrar denenecek'],
  },
  zh: {
    subjects: ['', '您的包裹', '快件', '邮件'],
    verbs: ['未妥投', '未能送达', '无法投递', '派送失败'],
    tails: ['', '，收件人不在', '，明日再次派送', '（地址不详）'],
  },
};

describe('negation guard: generated sentences', () => {
  for (const [lang, parts] of Object.entries(NEGATED)) {
    it(`${lang}: a negated delivery is never delivered`, () => {
      const sentence = fc
        .tuple(
          fc.constantFrom(...parts.subjects),
          fc.constantFrom(...parts.verbs),
          fc.constantFrom(...parts.tails),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([s, v, t, upper, tagged]) => {
          const text = `${s}${v}${t}`;
          return { text: upper ? text.toUpperCase() : text, tagged };
        });
      fc.assert(
        fc.property(sentence, ({ text, tagged }) => {
          const got = classify({ description: text, language: tagged ? lang : undefined });
          expect(got.status, text).not.toBe('delivered');
        }),
        { numRuns: 120 },
      );
    });
  }
});

/** Short forms and word orders carriers use: [language, sentence, status]. */
const SHORT: [string, string, string][] = [
  ['en', 'Delivery NOT made', 'failed_attempt'],
  ['en', 'No delivery today - vehicle breakdown', 'failed_attempt'],
  ['en', 'Delivery: not completed', 'failed_attempt'],
  ['en', 'Item awaiting collection at depot', 'available_for_pickup'],
  ['en', 'Unable to deliver, card left', 'failed_attempt'],
  ['zh', '未能成功派送', 'failed_attempt'],
  ['zh', '派送不成功', 'failed_attempt'],
  ['zh', '投递未成功', 'failed_attempt'],
  ['zh', '包裹待领取', 'available_for_pickup'],
  ['ru', 'Не вручено', 'failed_attempt'],
  ['ru', 'Вручение не состоялось', 'failed_attempt'],
  ['ru', 'Заказ ожидает получателя в пункте выдачи', 'available_for_pickup'],
  ['ru', 'Неудачная доставка', 'failed_attempt'],
  ['tr', 'Dağıtım başarısız', 'failed_attempt'],
  ['tr', 'Teslimat başarısız oldu', 'failed_attempt'],
  ['tr', 'Teslim edilemedi - alıcı adreste yok', 'failed_attempt'],
  ['it', 'Non consegnato', 'failed_attempt'],
  ['it', 'Consegna fallita', 'failed_attempt'],
  ['it', 'In attesa di ritiro presso il punto', 'available_for_pickup'],
  ['nl', 'Niet afgeleverd', 'failed_attempt'],
  ['nl', 'Geen bezorging mogelijk', 'failed_attempt'],
  ['nl', 'Wacht op afhalen bij het punt', 'available_for_pickup'],
  ['pl', 'Nieudane doręczenie', 'failed_attempt'],
  ['pl', 'Brak doręczenia', 'failed_attempt'],
  ['pl', 'Paczka czeka w Paczkomacie', 'available_for_pickup'],
  ['de', 'Keine Zustellung möglich', 'failed_attempt'],
  ['de', 'Zustellversuch erfolglos', 'failed_attempt'],
  ['de', 'Zur Abholung in der Filiale', 'available_for_pickup'],
  ['fr', 'Livraison non effectuée', 'failed_attempt'],
  ['fr', 'Non livré', 'failed_attempt'],
  ['fr', 'À retirer au bureau de poste', 'available_for_pickup'],
  ['fr', 'Livraison échouée', 'failed_attempt'],
  ['es', 'Entrega no realizada', 'failed_attempt'],
  ['es', 'No entregado', 'failed_attempt'],
  ['es', 'Listo para recoger en tienda', 'available_for_pickup'],
  ['es', 'Reparto fallido', 'failed_attempt'],
  ['pt', 'Entrega não efetuada', 'failed_attempt'],
  ['pt', 'Não entregue', 'failed_attempt'],
  ['pt', 'Aguardando retirada pelo destinatário', 'available_for_pickup'],
  ['pt', 'Entrega frustrada', 'failed_attempt'],
  ['en', 'Delivered. Left at front door', 'delivered'],
  ['fr', 'Votre colis est livré. Bonne journée', 'delivered'],
  ['es', 'Entregado. Gracias por confiar en nosotros', 'delivered'],
  ['de', 'Zugestellt. Vielen Dank', 'delivered'],
  ['zh', '已签收，感谢使用', 'delivered'],
  ['pl', 'Doręczona. Dziękujemy', 'delivered'],
];

describe('negation guard: short forms', () => {
  it('terse negations, waits and plain deliveries in every language', () => {
    for (const [lang, text, want] of SHORT) {
      for (const language of [lang, undefined]) {
        expect(classify({ description: text, language }).status, `${text} [${language}]`).toBe(
          want,
        );
      }
    }
  });
});

/** Returns denied or called off are not returns: [language, sentence, is a return]. */
const RETURNS: [string, string, boolean][] = [
  ['en', 'Return to sender cancelled', false],
  ['en', 'Parcel will not be returned to sender', false],
  ['en', 'Returned to sender', true],
  ['fr', "Le colis ne sera pas retourné à l'expéditeur", false],
  ['fr', "Retour à l'expéditeur annulé", false],
  ['fr', "Colis retourné à l'expéditeur", true],
  ['es', 'El envío no será devuelto al remitente', false],
  ['es', 'Devolución cancelada', false],
  ['es', 'Devuelto al remitente', true],
  ['pt', 'Objeto não será devolvido ao remetente', false],
  ['pt', 'Devolução cancelada', false],
  ['pt', 'Objeto devolvido ao remetente', true],
  ['de', 'Rücksendung storniert', false],
  ['de', 'Sendung wird nicht zurück an den Absender geschickt', false],
  ['de', 'Rücksendung an den Absender', true],
  ['pl', 'Zwrot anulowany', false],
  ['pl', 'Przesyłka nie została zwrócona do nadawcy', false],
  ['pl', 'Zwrócona do nadawcy', true],
  ['ru', 'Возврат отменён', false],
  ['ru', 'Отправление не было возвращено отправителю', false],
  ['ru', 'Возврат отправителю', true],
  ['it', 'Reso annullato', false],
  ['it', 'La spedizione non è stata restituita al mittente', false],
  ['it', 'Restituita al mittente', true],
  ['nl', 'Retour geannuleerd', false],
  ['nl', 'Pakket wordt niet teruggestuurd', false],
  ['nl', 'Retour afzender', true],
  ['tr', 'İade iptal edildi', false],
  ['tr', 'Göndericiye iade edilmedi', false],
  ['tr', 'Göndericiye iade edildi', true],
  ['zh', '取消退回', false],
  ['zh', '包裹未退回', false],
  ['zh', '已退回寄件人', true],
];

describe('negation guard: returns', () => {
  it('a denied or cancelled return is not a return; a plain one is', () => {
    for (const [lang, text, isReturn] of RETURNS) {
      const got = classify({ description: text, language: lang });
      const returned = got.milestone === 'returned' || got.milestone === 'returning';
      expect(returned, text).toBe(isReturn);
    }
  });
});

describe('negation guard: gating', () => {
  it('the gram prefilter never changes what a cue family matches', () => {
    const texts = [
      ...Object.values(TABLE).flatMap((cases) => cases.map(([text]) => text)),
      ...SHORT.map(([, text]) => text),
      ...RETURNS.map(([, text]) => text),
    ].map(fold);
    for (const text of texts) {
      const stamp = scan(text);
      for (const lang of CUE_LANGUAGES) {
        const own = CUE_PATTERNS.get(lang);
        const en = CUE_PATTERNS.get('en');
        if (!own || !en) throw new Error(lang);
        const fams = lang === 'en' ? [own] : [own, en];
        let want: string | undefined;
        for (const f of fams) {
          want ??= f.failed.test(text)
            ? 'failed'
            : f.waiting.test(text)
              ? 'waiting'
              : f.future.test(text)
                ? 'future'
                : undefined;
        }
        expect(cueOf(text, lang, stamp), `${lang}: ${text}`).toBe(want);
        const denied = fams.some((f) => f.noReturn.test(text));
        expect(returnDenied(text, lang, stamp), `${lang}: ${text}`).toBe(denied);
      }
    }
  });
});
