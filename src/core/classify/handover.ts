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

/** True when a text read as a delivery says it went to another carrier instead. */
export function handedToCarrier(folded: string, lang: string): boolean {
  const pattern = TO_CARRIER[lang];
  return pattern?.test(folded) === true;
}
