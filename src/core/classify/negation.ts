/**
 * @module core/classify/negation
 * The last word on a delivery read from text (DESIGN §1.4: a wrong "Delivered" is the worst
 * bug). Per language, three cue families scoped to one clause (no `.` or `;` in between):
 * - `failed`: a negation or failure word within a few words of a delivery verb ("not
 *   delivered", "n'a pas pu être livré", "nie została dostarczona", "teslim edilemedi",
 *   "未妥投");
 * - `waiting`: the parcel waits for the buyer ("pendiente de recogida", "gotowa do odbioru",
 *   "zur Abholung bereit", "待取件", "ожидает вручения");
 * - `future`: the delivery is announced, not done ("will be delivered", "预计送达").
 * A delivered label that came from text survives only when none of them is present; a
 * failed cue makes it a failed attempt, a waiting cue a pickup, a future cue unclassified.
 * A fourth family, `noReturn`, denies a return ("not returned", "retour annulé"). The cues
 * run behind the same gram prefilter as the rules, and only for the few readings they can
 * change (delivered, out for delivery, generic, an address/absence cause, returns).
 * Patterns are written folded (lowercase, accents stripped) and folded again at load.
 */
import type { Label } from './label.js';
import { admits, type GatedAlternative, scan, splitRule } from './prefilter.js';
import { L } from './rules/labels.js';

interface Cues {
  readonly failed: RegExp;
  readonly waiting: RegExp;
  readonly future: RegExp;
  /** A return that did not happen or was called off ("not returned", "retour annulé"). */
  readonly noReturn: RegExp;
  /**
   * "Not yet", in any word order: a movement the text denies has not happened ("noch nicht
   * bei uns eingetroffen", "has not left the seller's warehouse yet", "non è ancora stato
   * ritirato"). Whatever movement verb the rule matched, the parcel has not made that step.
   */
  readonly notYet: RegExp;
}

/** Cyrillic has no `\b` in JavaScript: a word start is the text start or a non-letter. */
const RU_START = '(?:^|[^а-яa-z])';

const DEFS: Readonly<Record<string, Cues>> = {
  en: {
    failed:
      /\b(?:not|never|unable to|could ?n[o']t|can ?n[o']t|cannot|failed to|fail(?:ed)? to|no one to|nobody to|impossible to)\b[^.;,!?]{0,30}?(?:deliver|hand(?:ed)? (?:over|to)|drop(?:ped)? off|leave|left)|\bdeliver(?:y|ed|ing)?\b[^.;,!?]{0,25}?\b(?:failed|unsuccessful|not (?:possible|completed|made|successful)|was not|impossible|exception)|\bno delivery (?:today|possible|made|was made|could be made)|\b(?:undeliver|non-?deliver|failed deliver|unsuccessful deliver|missed deliver|delivery attempt|attempted deliver)/,
    waiting:
      /\b(?:awaiting|pending|ready (?:for|to)|available (?:for|to)|waiting (?:for|to be)|held for|to be)\b[^.;,!?]{0,15}?\b(?:collect|pick ?-?up)|\bfor (?:collection|pick ?-?up) (?:at|from|by)\b/,
    future:
      /\b(?:will|to|should|may|can|could|would|expected to|scheduled to) be (?:delivered|left|handed|placed)|\b(?:scheduled|expected|estimated|planned|anticipated) deliver|\bdelivery (?:is )?(?:scheduled|expected|estimated|planned|due|date)|\bpending delivery|\bawaiting delivery|\bready for delivery|\bout for delivery/,
    noReturn:
      /\bnot (?:be(?:en)? |being )?(?:return|sent back)|\bno return\b|\breturn (?:to sender )?(?:cancel|stopped|not)|\breturned (?:no|nothing|empty)\b/,
    notYet:
      /\bnot yet\b|\byet to (?:be|leave|arrive|reach|ship)|\b(?:has|have|had|is|was|were|did|does|do)(?:n't| not)\b[^.;!?]{0,50}?\byet\b|\b(?:has|have|had)(?:n't| not) (?:yet )?(?:been )?(?:left|leave|picked|collected|received|handed|shipped|dispatched|arrived|accepted|reached|departed|sent)\b|\bstill (?:at|with|in) (?:the )?(?:seller|sender|merchant|shipper|retailer)/,
  },
  fr: {
    failed:
      /\bn(?:e |')[^.;,!?]{0,25}?\b(?:pas|jamais|plus)\b[^.;,!?]{0,25}?(?:livr|distribu|remi|remet|depos|laiss|confi)|(?:livraison|distribution|remise)[^.;,!?]{0,25}?(?:impossible|echou|echec|non effectuee|n'a pas|annulee)|(?:impossible|echec|echoue)[^.;,!?]{0,20}?(?:livr|distribu|remettre|remise)|\bnon (?:livr|distribu|remis)|tentative de (?:livraison|distribution)|avis de passage/,
    waiting:
      /(?:en attente|attend|pret|disponible|a retirer|a recuperer)[^.;,!?]{0,25}?(?:retrait|recuper|retir|enlevement)|\ba (?:retirer|recuperer)\b|en instance/,
    future:
      /\bsera (?:livr|distribu|remis|depos|laiss|confi)|(?:pourra|peut|pourrait) etre (?:livr|remis|depos|laiss|confi)|livraison (?:prevue|programmee|estimee|planifiee)|en cours de livraison|en attente de (?:livraison|distribution)|pret (?:a|pour) (?:la )?(?:livraison|distribution)/,
    noReturn:
      /\bn(?:e |')[^.;,!?]{0,20}?pas[^.;,!?]{0,20}?(?:retourn|renvoy)|retour[^.;,!?]{0,30}?(?:annule|interrompu)/,
    notYet:
      /\bpas encore\b|\btoujours pas\b|\bn(?:e |')[^.;!?]{0,25}?\bpas\b[^.;!?]{0,30}?(?:arrive|parti|quitte|pris en charge|remis|expedi|depose|recu|collecte)/,
  },
  es: {
    failed:
      /\bno\b[^.;,!?]{0,25}?(?:entreg|repart|recibid|dejad)|(?:entrega|reparto)[^.;,!?]{0,25}?(?:fallid|fallo|no realizad|no efectuad|imposible|sin exito|no (?:ha sido |fue |es )?posible)|(?:imposible|fallid|intento)[^.;,!?]{0,20}?entreg|\bsin entregar|\bno (?:ha sido|fue|es|se pudo) posible/,
    waiting:
      /pendiente de (?:recogida|retirada|recoger|retirar|ser recogid)|(?:listo|lista|disponible|preparad[oa])s?[^.;,!?]{0,20}?(?:recog|retir)|espera de (?:recogida|retirada|ser recogid)|\bpara (?:recoger|retirar|su recogida|su retirada)/,
    future:
      /\bsera entregad|\bse entregara|entrega (?:prevista|programada|estimada|planificada)|pendiente de entrega|espera de (?:entrega|reparto)|\ben reparto/,
    noReturn:
      /\bno (?:sera |ha sido |fue |se ha |se )?devuelt|devolucion[^.;,!?]{0,25}?(?:cancelad|anulad)/,
    notYet:
      /\btodavia no\b|\baun no\b|\bno\b[^.;!?]{0,40}?\b(?:todavia|aun)\b|\bno (?:ha|han|se ha) (?:sido )?(?:salido|llegado|recogid|enviad|despachad|recibid|admitid)/,
  },
  pt: {
    failed:
      /\bnao\b[^.;,!?]{0,30}?(?:entreg|recebid|distribu)|(?:entrega|distribuicao)[^.;,!?]{0,25}?(?:nao (?:realizad|efetuad|conclu|foi)|sem sucesso|falh|frustrad|impossivel|cancelad)|(?:impossivel|falha|sem sucesso|tentativa)[^.;,!?]{0,20}?entreg|\btent(?:amos|ou|aram|ei|ativa)[^.;,!?]{0,12}?entreg|\bnao foi possivel/,
    waiting:
      /aguard(?:ando|a)[^.;,!?]{0,15}?(?:retirada|retirar|levantamento|levantar|coleta pelo)|(?:disponivel|pront[oa])[^.;,!?]{0,20}?(?:retirada|retirar|levantamento|levantar)|\bpara (?:retirada|retirar|levantamento)|\bretire (?:na|no|em)\b/,
    future:
      /\bsera entregue|(?:previsao|prevista|programada|agendada) (?:de )?entrega|entrega (?:prevista|agendada|programada)|aguardando entrega|saiu para entrega|em rota de entrega/,
    noReturn: /\bnao (?:sera |foi )?devolvid|devolucao[^.;,!?]{0,25}?(?:cancelad|anulad)/,
    notYet:
      /\bainda nao\b|\bnao\b[^.;!?]{0,40}?\bainda\b|\bnao (?:foi|foram) (?:postad|coletad|enviad|despachad)/,
  },
  de: {
    failed:
      /\b(?:nicht|kein|keine|keiner|keinen)\b[^.;,!?]{0,30}?(?:zugestellt|zustell|ausgeliefert|auslieferung|ubergeben|abgegeben|geliefert|liefer)|\b(?:zustellung|lieferung|auslieferung|ubergabe|zustellversuch)\b[^.;,!?]{0,30}?(?:nicht|fehlgeschlagen|gescheitert|erfolglos|unmoglich|misslungen)|nicht zustellbar|unzustellbar|zustellversuch/,
    waiting:
      /(?:zur|zu) abholung|abholbereit|bereit zur abholung|kann[^.;,!?]{0,30}?abgeholt werden|wartet auf (?:abholung|sie)|abholung (?:ausstehend|moglich)|liegt zur abholung/,
    future:
      /\bwird[^.;,!?]{0,30}?(?:zugestellt|geliefert|ausgeliefert|ubergeben|abgegeben|abgelegt|hinterlegt)|voraussichtlich|(?:zustellung|lieferung) (?:geplant|erwartet|heute|morgen|am)|geplante zustellung|\bin zustellung/,
    noReturn:
      /\bnicht (?:zuruck|retour)|rucksendung[^.;,!?]{0,25}?(?:storniert|abgebrochen)|keine rucksendung/,
    notYet:
      /\bnoch nicht\b|\bnoch kein|\bbisher nicht\b|\bnicht (?:bei uns )?(?:eingetroffen|eingegangen|angekommen|eingeliefert)/,
  },
  pl: {
    failed:
      /\bnie\b[^.;,!?]{0,30}?(?:dorecz|dostarcz|wydan|przekaz|pozostaw|zostaw)|(?:doreczeni|dostarczeni|dostaw)[^.;,!?]{0,30}?(?:nie (?:powiod|udal|zostal|doszl)|nieudan|niemozliw)|nieudan[^.;,!?]{0,10}?(?:prob|dorecz|dostarcz|dostaw)|niedorecz|niedostarcz|prob[ay] dorecz|brak (?:doreczenia|dostawy|mozliwosci dorecz)/,
    waiting:
      /gotow[aey] do odbioru|(?:czeka|oczekuje)[^.;,!?]{0,15}?na (?:odbior|odebranie)|\bdo odbioru\b|mozesz (?:ja )?odebrac/,
    future:
      /zostanie (?:dorecz|dostarcz|przekaz|pozostaw|zostaw)|planowan|przewidywan|\bw doreczeniu|w drodze/,
    noReturn:
      /\bnie (?:zostal[ao]? )?(?:zwrocon|odeslan)|zwrot[^.;,!?]{0,25}?(?:anulowan|wstrzyman)/,
    notYet: /\bjeszcze nie\b|\bnadal nie\b|\bwciaz nie\b|\bnie\b[^.;!?]{0,40}?\bjeszcze\b/,
  },
  ru: {
    failed: new RegExp(
      `${RU_START}(?:не|нет)\\s[^.;,!?]{0,30}?(?:достав|вруч|выда|получ|передан|оставл)|(?:доставк|вручени)[^.;,!?]{0,30}?(?:не (?:выполн|удал|состоял|произвед|осуществл)|неудачн|невозможн)|неудачн[а-я]* (?:попытк|достав|вруч)|попытка (?:доставки|вручения)|не удалось`,
    ),
    waiting:
      /ожида(?:ет|ют|ние)[^.;,!?]{0,25}?(?:вручени|получени|выдач|адресата|получателя)|готов[аоы]? к (?:выдаче|получению|вручению)|можно (?:забрать|получить)/,
    future:
      /будет (?:доставл|вруч|выдан|передан|оставл)|планир|ожидаем[а-я]* (?:дата|достав)|в пути/,
    noReturn: /не (?:был[оа]? )?возвращ|возврат[^.;,!?]{0,25}?отмен/,
    notYet: new RegExp(
      `${RU_START}(?:еще|пока|до сих пор) не(?:[^а-я]|$)|${RU_START}не [^.;!?]{0,40}?(?:еще|пока)(?:[^а-я]|$)`,
    ),
  },
  it: {
    failed:
      /\bnon\b[^.;,!?]{0,30}?(?:consegn|recapit|lasciat)|(?:consegna|recapito)[^.;,!?]{0,25}?(?:non (?:riuscit|avvenut|effettuat|possibile)|fallit|impossibile|mancat)|mancat[ao] (?:consegn|recapit)|(?:impossibile|tentativo di)[^.;,!?]{0,20}?(?:consegn|recapit)/,
    waiting:
      /(?:pronto|pronta|disponibile)[^.;,!?]{0,20}?ritir|in attesa di (?:ritiro|essere ritirat)|da ritirare|in giacenza/,
    future: /\b(?:sara|verra) consegnat|consegna (?:prevista|programmata|stimata)|\bin consegna/,
    noReturn:
      /\bnon (?:e stat[oa] )?(?:restituit|res[oa] al)|(?:reso|restituzione)[^.;,!?]{0,25}?annullat/,
    notYet:
      /\bnon (?:e |sono |ha |hanno |e stat[oa] |sono stat[ie] )?ancora\b|\bnon\b[^.;!?]{0,40}?\bancora\b|\bancora da (?:ritirare|spedire|affidare|consegnare al corriere)/,
  },
  nl: {
    failed:
      /\b(?:niet|geen)\b[^.;,!?]{0,40}?(?:bezorg|aflever|afgeleverd|geleverd|lever|overhandig|achterge|achterlat|afgegeven)|\b(?:bezorging|aflevering|levering|bezorgpoging)\b[^.;,!?]{0,30}?(?:niet (?:gelukt|mogelijk)|mislukt|onmogelijk)|bezorgpoging|\bmislukt/,
    waiting:
      /(?:ligt|klaar|gereed|beschikbaar)[^.;,!?]{0,25}?(?:ophalen|afhalen|op te halen|af te halen)|kan (?:worden )?(?:opgehaald|afgehaald)|wacht op (?:ophalen|afhalen)|\bop te halen|\baf te halen/,
    future:
      /\b(?:wordt|kan|zal)[^.;,!?]{0,30}?(?:bezorgd|geleverd|afgegeven|achtergelaten)|verwachte? (?:bezorg|lever)|bezorgmoment|gepland/,
    noReturn: /\bniet (?:retour|teruggestuurd)|\bgeen retour|retour[^.;,!?]{0,25}?geannuleerd/,
    notYet: /\bnog niet\b|\bnog geen\b|\bniet\b[^.;!?]{0,40}?\bnog\b/,
  },
  tr: {
    failed:
      /teslim (?:edilemedi|edilemiyor|edilmedi|edilemez|yapilamadi|yapilmadi|edilemi)|(?:teslimat|dagitim)[^.;,!?]{0,30}?(?:gerceklestirilemedi|yapilamadi|basarisiz|mumkun olma|olumsuz)|ulastirilamadi|gerceklestirilemedi|(?:teslimat|teslim|dagitim)[^.;,!?]{0,15}?(?:gerceklesmedi|gerceklesemedi|yapilmadi)|basarisiz teslim|teslim[^.;,!?]{0,20}?[a-z]+(?:ama|eme)(?:di|mis|yor)\b/,
    waiting:
      /teslim alinmak uzere|teslim almaya hazir|teslim alinabilir|alinmayi bekl|(?:sube|magaza|noktas)[^.;,!?]{0,30}?(?:bekl|hazir)|(?:almaniz|alabilir)/,
    future: /teslim edilecek|dagitima cikacak|tahmini teslim/,
    noReturn: /iade (?:edilmedi|edilemedi|iptal)/,
    notYet: /\bhenuz\b/,
  },
  zh: {
    failed:
      /(?:未|没有|没|无法|不能|未能|不成功)[^。；;，,]{0,6}?(?:妥投|投递|派送|送达|签收|交付|配送)|(?:投递|派送|妥投|签收|配送|送达)[^。；;，,]{0,6}?(?:失败|不成功|未成功)/,
    waiting:
      /待(?:取|领|自提)|(?:待|等待|请)[^。；;，,]{0,8}?(?:取件|领取|自提|取货)|可(?:取件|领取)|凭取件码/,
    future: /(?:将|预计|即将)[^。；;，,]{0,6}?(?:送达|派送|投递|签收|放)|待(?:签收|投递|派送)/,
    noReturn: /未退回|不退回|取消退回|退回(?:已)?取消/,
    notYet: /尚未|还未|还没|暂未|仍未|未(?:揽收|发货|出库|交寄|收寄|离开|入库|收到|到达)/,
  },
};

/** Which cue, if any, a folded text carries in `lang` (English is always checked too). */
export type Cue = 'failed' | 'waiting' | 'future';

/** One cue family, split into prefilter-gated alternatives (prefilter.ts). */
type Family = readonly GatedAlternative[];

interface Compiled {
  failed: Family;
  waiting: Family;
  future: Family;
  noReturn: Family;
  notYet: Family;
}

function foldSource(source: string): string {
  return source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıł]/g, (c) => (c === 'ı' ? 'i' : 'l'));
}

const COMPILED = new Map<string, Compiled>(
  Object.entries(DEFS).map(([lang, c]) => [
    lang,
    {
      failed: splitRule(foldSource(c.failed.source)),
      waiting: splitRule(foldSource(c.waiting.source)),
      future: splitRule(foldSource(c.future.source)),
      noReturn: splitRule(foldSource(c.noReturn.source)),
      notYet: splitRule(foldSource(c.notYet.source)),
    },
  ]),
);

/** The cue families as whole folded patterns, ungated: for the test that gating is exact. */
export const CUE_PATTERNS: ReadonlyMap<
  string,
  Readonly<Record<Cue | 'noReturn' | 'notYet', RegExp>>
> = new Map(
  Object.entries(DEFS).map(([lang, c]) => [
    lang,
    {
      failed: new RegExp(foldSource(c.failed.source)),
      waiting: new RegExp(foldSource(c.waiting.source)),
      future: new RegExp(foldSource(c.future.source)),
      noReturn: new RegExp(foldSource(c.noReturn.source)),
      notYet: new RegExp(foldSource(c.notYet.source)),
    },
  ]),
);

/** Languages whose cues have been written. */
export const CUE_LANGUAGES: readonly string[] = [...COMPILED.keys()];

/** Does one alternative of the family match? Only alternatives whose grams are present run. */
function matches(family: Family, folded: string, stamp: number): boolean {
  for (const alt of family) if (admits(alt.gate, stamp) && alt.re.test(folded)) return true;
  return false;
}

/**
 * The cue a folded text carries, failure first. `stamp` is the text's gram scan (prefilter
 * `scan`), taken here when the caller has none.
 */
export function cueOf(folded: string, lang: string, stamp = scan(folded)): Cue | undefined {
  const own = COMPILED.get(lang);
  const en = lang === 'en' ? undefined : COMPILED.get('en');
  for (const c of [own, en]) {
    if (!c) continue;
    if (matches(c.failed, folded, stamp)) return 'failed';
    if (matches(c.waiting, folded, stamp)) return 'waiting';
    if (matches(c.future, folded, stamp)) return 'future';
  }
  return undefined;
}

/** Only the failure cue: all that matters for a reading that is not a delivery. */
export function failedCue(folded: string, lang: string, stamp: number): boolean {
  const own = COMPILED.get(lang);
  if (own && matches(own.failed, folded, stamp)) return true;
  const en = lang === 'en' ? undefined : COMPILED.get('en');
  return en !== undefined && matches(en.failed, folded, stamp);
}

/** Does the text deny or call off the return it mentions? */
export function returnDenied(folded: string, lang: string, stamp: number): boolean {
  const own = COMPILED.get(lang);
  if (own && matches(own.noReturn, folded, stamp)) return true;
  const en = lang === 'en' ? undefined : COMPILED.get('en');
  return en !== undefined && matches(en.noReturn, folded, stamp);
}

/** Does the text say the step it names has not happened yet ("noch nicht", "not … yet")? */
export function notYetCue(folded: string, lang: string, stamp: number): boolean {
  const own = COMPILED.get(lang);
  if (own && matches(own.notYet, folded, stamp)) return true;
  const en = lang === 'en' ? undefined : COMPILED.get('en');
  return en !== undefined && matches(en.notYet, folded, stamp);
}

/** The label a cue turns a text "delivered" into; undefined means unclassified. */
export function cueLabel(cue: Cue): Label | undefined {
  if (cue === 'failed') return L.failedAttempt;
  if (cue === 'waiting') return L.pickupPoint;
  return undefined;
}
