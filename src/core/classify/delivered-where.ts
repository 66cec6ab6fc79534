/**
 * @module core/classify/delivered-where
 * Carriers use their delivery verb for places that are not the buyer: "Delivered to the
 * sorting center", "Afgeleverd bij de luchtvaartmaatschappij", "Delivered to Agent for Final
 * Delivery", "Entregue no cacifo CTT", "in die Packstation zugestellt". Read as deliveries,
 * each would tell a buyer to stop waiting for a parcel that is still on its way or waiting to
 * be collected. After a text rule has read a delivery, this says where it went instead, from
 * the place the text names (folded text: lowercase, accents dropped, ı → i).
 */

import type { Target } from './rules/labels.js';
import { L } from './rules/labels.js';

interface Places {
  /**
   * A pickup place the buyer collects from: lockers, parcel shops, "to collect". Not a bare
   * "parcel locker" in English: USPS's "Delivered, Parcel Locker" is the locker of the
   * buyer's own mailbox cluster, a delivery.
   */
  pickup: RegExp;
  /** A carrier facility: sorting centre, hub, depot, delivery station. */
  facility: RegExp;
  /** An airline or the airport: the parcel is leaving the origin. */
  airline: RegExp;
  /** An agent or partner who will make the final delivery. */
  agent: RegExp;
}

const PLACES: Readonly<Record<string, Places>> = {
  en: {
    pickup:
      /\bpick ?up (?:point|station|location|store)|\bparcel ?shop|\bservice ?point|\baccess point|\bpackstation|\bcollection point|\b(?:ready )?(?:to|for) (?:collect|collection|pick ?up)\b/,
    facility:
      /\b(?:delivered|handed(?: over)?) (?:to|at) (?:the |our |a )?(?:local )?(?:sorting (?:cent(?:er|re)|facility|hub)|hub|depot|warehouse|distribution (?:cent(?:er|re)|facility)|facility|processing (?:cent(?:er|re)|facility)|delivery station)\b/,
    airline:
      /\b(?:delivered|handed(?: over)?|tendered) to (?:the )?(?:airline|air carrier|carrier at the airport)\b/,
    agent:
      /\b(?:delivered|handed(?: over)?|tendered) to (?:the |an |our )?(?:agent|partner|local carrier|delivery partner)\b/,
  },
  fr: {
    pickup:
      /\bconsigne\b|\bcasier|\bpoint (?:relais|retrait|pickup)|\brelais\b|\bpickup station|\ba retirer\b|\bdisponible (?:au|en|dans)/,
    facility:
      /\b(?:livre|livree|remis|remise) (?:au|a la|a l) ?(?:centre de tri|plateforme|agence|site de distribution|depot)/,
    airline: /\b(?:livre|livree|remis|remise) a la compagnie aerienne/,
    agent: /\b(?:livre|livree|remis|remise) (?:a|au) (?:notre )?(?:partenaire|transporteur local)/,
  },
  de: {
    pickup:
      /\bpackstation|\bpaketshop|\bpaketbox|\bpaketkasten|\bfiliale|\babhol|\bzur abholung|\bpaketautomat/,
    facility:
      /\b(?:im|ins|an das|an ein) (?:paket|brief|verteil|sortier)zentrum (?:zugestellt|ausgeliefert|uebergeben)|\b(?:zugestellt|ausgeliefert|uebergeben) an (?:das|ein) (?:paket|verteil|sortier)zentrum/,
    airline: /\ban (?:die )?fluggesellschaft uebergeben|\bder fluggesellschaft uebergeben/,
    agent: /\ban (?:den |unseren )?(?:partner|zustellpartner) (?:uebergeben|zugestellt)/,
  },
  es: {
    pickup:
      /\blocker\b|\bcitypaq|\bpunto (?:de recogida|pack|de entrega)|\bpara recoger|\bdisponible para (?:su )?recogida|\bdisponible en (?:oficina|la oficina|el punto)/,
    facility:
      /\bentregad[oa] (?:en|al|a la) (?:el )?(?:centro de (?:clasificacion|tratamiento|distribucion)|almacen|delegacion|nave)/,
    airline: /\bentregad[oa] a la (?:compania )?aerolinea/,
    agent: /\bentregad[oa] al? (?:agente|socio|transportista local)/,
  },
  pt: {
    pickup:
      /\bcacifo|\blocker\b|\bponto (?:de recolha|pickup|de retirada|de coleta)|\bpara (?:levantar|levantamento|retirada|retirar)|\bdisponivel para (?:retirada|levantamento)|\baguardando retirada/,
    facility:
      /\bentregue (?:no|ao|na) (?:centro de (?:distribuicao|tratamento|triagem)|armazem|deposito)/,
    airline: /\bentregue (?:a|na) (?:companhia )?aerea/,
    agent: /\bentregue ao? (?:agente|parceiro|transportador local)/,
  },
  it: {
    pickup:
      /\blocker\b|\bfermopoint|\bpunto (?:di ritiro|ritiro|poste)|\bda ritirare|\bdisponibile (?:per il )?ritiro|\bin giacenza/,
    facility:
      /\bconsegnat[oa] (?:al|presso il|nel) (?:centro (?:di smistamento|operativo|di distribuzione)|hub|deposito|magazzino)/,
    airline: /\bconsegnat[oa] alla compagnia aerea/,
    agent: /\bconsegnat[oa] (?:all|al) ?(?:agente|partner|corriere locale)/,
  },
  nl: {
    pickup:
      /\bpakketautomaat|\bpakketkluis|\bafhaalpunt|\bservicepunt|\bpakketpunt|\bophalen\b|\bklaar om op te halen/,
    facility:
      /\b(?:afgeleverd|bezorgd) (?:bij|in|op) (?:het |de )?(?:sorteercentrum|distributiecentrum|depot|hub|magazijn)/,
    airline: /\b(?:afgeleverd|overgedragen) (?:bij|aan) de luchtvaartmaatschappij/,
    agent:
      /\b(?:afgeleverd|overgedragen) (?:bij|aan) (?:de |onze )?(?:agent|partner|lokale vervoerder)/,
  },
  pl: {
    pickup:
      /\bpaczkomat|\bpunkt(?:u|cie)? (?:odbioru|pickup)|\bdo odbioru|\bautomat paczkowy|\bodbior w placowce/,
    facility:
      /\b(?:dostarczon[aoy]|doreczon[aoy]|dostarczono|doreczono|przekazan[aoy]) do (?:sortowni|centrum (?:logistycznego|sortowania|dystrybucyjnego)|magazynu|oddzialu|hubu)/,
    airline:
      /\b(?:dostarczon[aoy]|przekazan[aoy]|dostarczono|przekazano) (?:do )?(?:linii lotniczej|przewoznika lotniczego)/,
    agent:
      /\b(?:dostarczon[aoy]|przekazan[aoy]|dostarczono|przekazano) (?:do )?(?:agenta|partnera|przewoznika lokalnego)/,
  },
  tr: {
    pickup: /\bkargomat|\bteslimat noktas|\bteslim alma noktas|\bdolab/,
    facility: /\b(?:aktarma|transfer|dagitim) merkezine teslim/,
    airline: /\bhava ?yolu(?: sirketi)?(?:na|ne) teslim/,
    agent: /\b(?:acente|acenteye|is ortagina) teslim/,
  },
  ru: {
    pickup:
      /постамат|почтомат|пункт(?:е|а)? выдачи|для получения|ожидает (?:получателя|в отделении)/,
    facility:
      /(?:доставлен[аоы]?|передан[аоы]?) (?:в|на) (?:сортировочный центр|склад|распределительный центр|терминал)/,
    airline: /(?:доставлен[аоы]?|передан[аоы]?) (?:авиаперевозчику|в авиакомпанию)/,
    agent: /(?:доставлен[аоы]?|передан[аоы]?) (?:агенту|партнеру|местному перевозчику)/,
  },
  zh: {
    pickup: /快递柜|智能柜|驿站|自提|待取件|代收点/,
    facility:
      /(?:投递|送达|派送)(?:至|到)[^，。,;；]{0,8}?(?:派送站|分拨中心|转运中心|处理中心|站点|网点|仓)/,
    airline: /(?:交|交付|移交)(?:给|予)?航空公司/,
    agent: /(?:交|交付|移交)(?:给|予)?(?:代理|合作伙伴)/,
  },
};

/**
 * Where a text read as a delivery really put the parcel, or undefined when it names no such
 * place (a real delivery). Order matters: an airline or an agent before a facility, and a
 * pickup place last, since lockers sit inside some facilities' names.
 */
export function deliveredElsewhere(folded: string, lang: string): Target | undefined {
  const places = PLACES[lang];
  if (!places) return undefined;
  if (places.airline.test(folded)) return L.departedOrigin;
  if (places.agent.test(folded)) return L.lastMile;
  if (places.facility.test(folded)) return 'facility';
  if (places.pickup.test(folded)) return L.pickupPoint;
  return undefined;
}
