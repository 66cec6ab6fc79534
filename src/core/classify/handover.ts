/**
 * @module core/classify/handover
 * "Delivered to BRT", "Yurtiçi Kargo'ya teslim edildi", "übergeben an DPD": carriers word a
 * hand-over to the next carrier with their delivery verb. Read as a delivery it is the worst
 * mistake a tracker can make (the buyer stops waiting for a parcel that is still on its way),
 * so a delivery reading whose verb points at a carrier's name becomes a hand-over to the last
 * mile. The check runs on folded text (lowercase, accents dropped, ı → i), only after a text
 * rule has read a delivery, so it costs nothing on other events.
 */

/** Carrier names as they appear in folded scan texts (brands, not generic words). */
const CARRIERS = [
  'brt',
  'bartolini',
  'sda',
  'gls',
  'dhl(?: paket| parcel| ecommerce| express)?',
  'ups',
  'fedex',
  'tnt',
  'dpd',
  'hermes',
  'evri',
  'yodel',
  'royal mail',
  'parcelforce',
  'inpost',
  'poczta polska',
  'colissimo',
  'chronopost',
  'la poste',
  'mondial relay',
  'relais colis',
  'colis prive',
  'postnl',
  'bpost',
  'correos express',
  'correos',
  'seur',
  'mrw',
  'nacex',
  'ctt',
  'poste italiane',
  'nexive',
  'yurtici(?: kargo)?',
  'aras(?: kargo)?',
  'mng(?: kargo)?',
  'surat(?: kargo)?',
  'ptt(?: kargo)?',
  'cdek',
  'сдэк',
  'boxberry',
  'почта россии',
  'почту россии',
  'usps',
  'canada post',
  'australia post',
  'swiss post',
  'post ?nord',
  'omniva',
  'packeta',
  'asendia',
  'cainiao',
  'loggi',
  'jadlog',
].join('|');

/** Per language: the delivery verb pointing at a carrier (folded text). */
const TO_CARRIER: Readonly<Record<string, RegExp>> = {
  en: new RegExp(
    `\\b(?:delivered|handed(?: over)?|passed|tendered|transferred|given)\\s+(?:over\\s+)?to\\s+(?:the\\s+)?(?:${CARRIERS})\\b(?!\\s+(?:parcel ?shop|service ?point|access point|locker|pick ?up|collection))`,
  ),
  it: new RegExp(
    `\\b(?:consegnat[oaie]|affidat[oaie])\\s+(?:a|al|alla|allo|ad)\\s+(?:${CARRIERS})\\b(?!\\s+(?:point|fermopoint|locker))`,
  ),
  es: new RegExp(
    `\\b(?:entregad[oa]s?|cedid[oa]s?)\\s+(?:a|al|a la)\\s+(?:${CARRIERS})\\b(?!\\s+(?:punto|oficina|locker))`,
  ),
  pt: new RegExp(
    `\\b(?:entregue|entregues|repassad[oa]s?)\\s+(?:a|ao|a|para a|para o|para)\\s+(?:${CARRIERS})\\b(?!\\s+(?:ponto|agencia|locker))`,
  ),
  fr: new RegExp(
    `\\b(?:livre|livree|livres|remis|remise|confie|confiee)\\s+(?:a|au|aux)\\s+(?:${CARRIERS})\\b(?!\\s+(?:point|relais|locker|consigne))`,
  ),
  de: new RegExp(
    `\\b(?:uebergeben|ubergeben|ausgeliefert|zugestellt)\\s+an\\s+(?:${CARRIERS})\\b|\\ban\\s+(?:${CARRIERS})\\s+(?:uebergeben|ubergeben)\\b`,
  ),
  nl: new RegExp(
    `\\b(?:overgedragen|afgeleverd|bezorgd|overhandigd)\\s+aan\\s+(?:${CARRIERS})\\b|\\baan\\s+(?:${CARRIERS})\\s+(?:overgedragen|overhandigd)\\b`,
  ),
  pl: new RegExp(
    `\\b(?:przekazan[aoy]|dostarczon[aoy]|doreczon[aoy])\\s+(?:do|dla)\\s+(?:${CARRIERS})\\b(?!\\s+(?:paczkomat|punkt))`,
  ),
  tr: new RegExp(`(?:${CARRIERS})\\s*'?\\s*(?:ya|ye|a|e)\\s+(?:teslim edil|verildi|devredil)`),
  ru: new RegExp(
    `(?:передан[аоы]?|доставлен[аоы]?|вручен[аоы]?)\\s+(?:в\\s+|курьеру\\s+|перевозчику\\s+)?(?:${CARRIERS})`,
  ),
};

/**
 * Per language: a carrier named as the one that now holds the parcel ("now with Evri",
 * "Correos Express ya tiene tu pedido", "ist jetzt bei DHL"). Said to the buyer of a parcel
 * from abroad, it is the hand-over to the local carrier (docs/labeling.md, "Decisions").
 */
const HELD_BY: Readonly<Record<string, RegExp>> = {
  en: new RegExp(
    `\\bnow with (?:the )?(?:${CARRIERS})\\b|\\b(?:${CARRIERS}) (?:now )?has (?:got )?your (?:parcel|package|item|order|shipment)`,
  ),
  es: new RegExp(
    `\\b(?:${CARRIERS}) ya tiene (?:tu|su)\\b|\\b(?:ya|ahora) (?:esta )?(?:en manos de|con) (?:${CARRIERS})\\b`,
  ),
  pt: new RegExp(
    `\\b(?:${CARRIERS}) (?:ja )?tem (?:a sua|o seu|a tua|o teu)\\b|\\b(?:ja|agora) (?:esta )?com (?:a |o )?(?:${CARRIERS})\\b`,
  ),
  fr: new RegExp(
    `\\b(?:maintenant|desormais) chez (?:${CARRIERS})\\b|\\b(?:${CARRIERS}) a (?:maintenant|desormais) (?:votre|ton) colis`,
  ),
  it: new RegExp(
    `\\b(?:${CARRIERS}) ha (?:ora |adesso )?(?:il tuo|il suo|la tua|la sua)\\b|\\b(?:ora|adesso) (?:e )?(?:presso|con) (?:${CARRIERS})\\b`,
  ),
  de: new RegExp(
    `\\b(?:jetzt|nun) bei (?:${CARRIERS})\\b|\\b(?:${CARRIERS}) hat (?:jetzt |nun )?(?:ihr|dein)(?:e|en)? (?:paket|sendung|bestellung)`,
  ),
  nl: new RegExp(
    `\\b(?:nu|inmiddels) bij (?:${CARRIERS})\\b|\\b(?:${CARRIERS}) heeft (?:nu |inmiddels )?(?:je|jouw|uw) (?:pakket|zending|bestelling)`,
  ),
  pl: new RegExp(`\\b(?:juz|teraz) (?:jest )?(?:w|u) (?:${CARRIERS})\\b`),
  ru: new RegExp(`(?:теперь|уже) (?:у|в) (?:${CARRIERS})`),
};

/** True when the text names a carrier that now holds the parcel (see HELD_BY). */
export function heldByCarrier(folded: string, lang: string): boolean {
  const pattern = HELD_BY[lang];
  return pattern?.test(folded) === true;
}

/** True when a text read as a delivery says it went to another carrier instead. */
export function handedToCarrier(folded: string, lang: string): boolean {
  const pattern = TO_CARRIER[lang];
  return pattern?.test(folded) === true;
}
