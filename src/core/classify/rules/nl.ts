/**
 * @module core/classify/rules/nl
 * Dutch text rules (PostNL, bpost, DHL NL). "Niet bezorgd", "bezorgpoging" and "ligt klaar
 * om op te halen" come before "bezorgd".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const NL: LanguageRules = {
  lang: 'nl',
  hints: [
    'de',
    'het',
    'een',
    'je',
    'uw',
    'zending',
    'pakket',
    'is',
    'bezorgd',
    'bezorging',
    'ontvanger',
    'afzender',
    'douane',
    'sorteercentrum',
    'ontvangen',
    'wordt',
    'niet',
    'bij',
    'naar',
    'van',
    'op',
    'voor',
    'met',
    'afgeleverd',
    'opgehaald',
    'verwacht',
    'onderweg',
  ],
  rules: [
    // Announced, not yet handed over by the sender.
    [
      'not-yet-handed',
      /(?:wacht op|in afwachting van) (?:de |het )?(?:aanlevering|overdracht|afgifte)|(?:wacht op|in afwachting van) (?:de |het )?(?:ophaling|ophalen) (?:door|bij) (?:de )?(?:vervoerder|koerier|afzender|verzender|postnl|dhl)|nog niet (?:[a-z]+ ){0,4}?(?:aangeleverd|afgegeven|ingeleverd|aangeboden|verzonden)/,
      L.infoReceived,
    ],
    ['export-held', /export[^.;]*?(?:vastgehouden|tegengehouden)/, L.exportHeld],
    [
      'customs-refused',
      /douane[^.;]*?(?:in beslag|geweigerd|afgekeurd)|in beslag genomen/,
      L.customsRefused,
    ],
    [
      'customs-released',
      /(?<!wordt )ingeklaard|(?:vrijgegeven|teruggekomen) (?:door|van) (?:de )?douane|douane(?:afhandeling)? (?:is )?(?:afgerond|voltooid|vrijgegeven)|inklaring (?:afgerond|voltooid)|(?:pakket|zending) (?:is )?vrijgegeven|douane heeft[^.;]*?vrijgegeven|door (?:de )?douane(?:controle)? (?:gekomen|heen)|douanecontrole (?:gepasseerd|doorlopen)/,
      L.customsReleased,
    ],
    ['export-customs', /export|uitvoer/, L.exportCustoms],
    [
      'customs-payment',
      /(?:moet|moeten|dient|dienen)\b[^.;]{0,60}?(?:worden |te worden )betaald|betaald (?:worden|moeten)|(?:invoerrechten|heffingen|btw|douanekosten|kosten)[^.;]*?(?:betalen|betaling|verschuldigd|voldoen)|(?:wacht op|in afwachting van) betaling|betaling (?:vereist|nodig)|(?:moet|moeten|dient|dienen)(?: nog)? (?:eerst )?(?:worden |te worden )betaald|nog (?:te )?betalen|\bte betalen\b|\bbetaal (?:de |je |uw )?(?:importkosten|invoerrechten|douanekosten|heffingen|btw|invoerkosten)/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /(?:factuur|documenten|gegevens)[^.;]*?ontbre|(?:documenten|informatie|factuur|gegevens)[^.;]*?(?:douane|nodig|ontbreken|vereist)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /(?:vastgehouden|tegengehouden)[^.;]*?douane|douane[^.;]*?(?:vastgehouden|tegengehouden)/,
      L.customsHeld,
    ],
    ['import-customs', /douane|inklaring|invoer/, L.importCustoms],
    [
      'return-requested',
      /retour[^.;]*?(?:aangevraagd|aangemeld)|retourverzoek/,
      L.inTransit,
      GENERIC,
    ],
    ['refused', /geweigerd|weigering/, L.refused],
    ['not-collected-from-sender', /niet (?:opgehaald|afgehaald) bij de afzender/, L.infoReceived],
    [
      'unclaimed',
      /niet (?:[a-z]+ ){0,3}(?:opgehaald|afgehaald)|(?:bewaartermijn|ophaaltermijn|afhaaltermijn)\b[^.;]{0,40}?(?:verlopen|verstreken|voorbij)/,
      L.unclaimed,
    ],
    [
      'returned',
      /terug (?:bij|aan) (?:de )?afzender|(?:geretourneerd|bezorgd|afgeleverd) (?:bij|aan|naar) (?:de )?afzender|retour (?:afzender )?(?:bezorgd|afgeleverd|ontvangen)/,
      L.returned,
    ],
    [
      'returning',
      /retour|wordt (?:teruggestuurd|geretourneerd)|teruggestuurd|geretourneerd|terug naar (?:de )?afzender/,
      L.returning,
    ],
    [
      'can-be-collected',
      /kan (?:worden )?(?:opgehaald|afgehaald)|(?:ligt|staat) klaar/,
      L.pickupPoint,
    ],
    [
      'collected-by-recipient',
      /opgehaald bij (?:het|de|een) (?:servicepoint|postnl-punt|afhaalpunt|pakketpunt|punt|pakketautomaat)|(?:opgehaald|afgehaald) (?:door (?:de )?ontvanger|bij (?:het )?(?:postnl-)?(?:punt|afhaalpunt|servicepunt|pakketautomaat))|ontvanger heeft[^.;]*?opgehaald/,
      L.delivered,
    ],
    [
      'sender-dropoff',
      /(?:opgehaald|afgehaald) (?:bij de (?:verkoper|afzender|winkel)|door de (?:koerier|bezorger|chauffeur))|door de afzender (?:afgegeven|ingeleverd)/,
      L.pickedUp,
    ],
    [
      'pickup-point',
      /(?:ligt|staat) (?:[a-z]+ ){0,3}?klaar\b(?! voor (?:de )?(?:bezorging|aflevering))|klaar (?:om|voor) (?:op te halen|ophalen|afhalen)|servicepoint|afhaalpunt|ophaalpunt|postnl-punt|servicepunt|pakketautomaat|pakketpunt|kan (?:worden )?(?:opgehaald|afgehaald)/,
      L.pickupPoint,
    ],
    ['attempt-closed', /(?:bedrijf|winkel|zaak) (?:was )?gesloten|gesloten/, L.failedClosed],
    [
      'address-problem',
      /adres (?:onjuist|onvolledig|onbekend|niet gevonden)|(?:onjuist|onvolledig|verkeerd) adres|ontvanger onbekend/,
      L.addressProblem,
    ],
    ['attempt-absent', /niet thuis|geen gehoor|niemand (?:thuis|aanwezig)|afwezig/, L.failedAbsent],
    [
      'not-delivered',
      /niet (?:bezorgd|afgeleverd)|(?:kon|kan) niet (?:worden )?(?:bezorgd|afgeleverd)|bezorgpoging|bezorging (?:mislukt|niet gelukt|niet mogelijk)|(?:niet|geen) (?:kunnen )?bezorgen|kaartje|nieuwe bezorgpoging/,
      L.failedAttempt,
    ],
    ['to-airline', /(?:overgedragen|overhandigd) aan de luchtvaartmaatschappij/, L.departedOrigin],
    [
      'to-last-mile',
      /(?:overgedragen|doorgegeven|meegegeven|aangeboden|overgedragen) aan (?:postnl|dhl|bpost|dpd|gls|ups)|(?:aan|naar) (?:postnl|dhl|bpost|dpd|gls|ups) (?:voor|ter) (?:verdere |de )?(?:bezorging|aflevering)|overgedragen aan (?:postnl|dhl|bpost|dpd|gls)|overgedragen aan (?:de )?(?:lokale|bezorg|partner)|(?:aan|door) (?:de )?(?:bezorgpartner|lokale vervoerder)|nieuwe (?:track|trace)/,
      L.lastMile,
    ],
    [
      'ofd-vehicle',
      /bezorgauto|bezorgbus|bezorgwagen|(?:bezorger|koerier|chauffeur|postbode)[^.;]{0,20}?onderweg/,
      L.outForDelivery,
    ],
    [
      'delivered-today',
      /\b(?:is|werd|zijn) vandaag (?:bezorgd|afgeleverd|geleverd)\b/,
      L.delivered,
    ],
    [
      'out-for-delivery',
      /komt vandaag|vandaag (?:bezorgd|geleverd)|wordt vandaag[^.;]*?bezorgd|(?:bezorger|koerier) is onderweg|wordt (?:vandaag )?bezorgd|in bezorging|onderweg naar (?:je|u) toe|meegegeven aan (?:de )?bezorger|vandaag bezorgd|bezorgroute|in de bezorgwagen|in de loop van de dag[^.;]{0,30}?(?:bezorgd|geleverd)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /(?:wordt|zal) (?:morgen|naar verwachting|op)[^.;]*?bezorgd|verwachte bezorg|bezorgmoment|bezorgtijd|(?:bezorging|levering)[^;]{0,20}?(?:\bgepland|(?<!opnieuw )ingepland|verwacht)|(?:geplande|verwachte) (?:bezorging|levering)|bezorgen (?:je|uw|het|de) [a-z]+ (?:morgen|op|tussen)|(?:bezorging|levering) (?:vindt|zal)[^.;]{0,30}?plaats/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /bezorgkantoor|bij (?:het|de) (?:bezorgcentrum|bezorgdepot|distributiecentrum)|bezorgcentrum|klaar voor bezorging|voorbereid voor bezorging/,
      L.destFacility,
    ],
    [
      'delivered',
      /bezorgd|afgeleverd|bij (?:de |je |uw )?(?:buren|buurman|buurvrouw)|in de brievenbus|(?:afgesproken|veilige|opgegeven|gekozen) (?:plek|plaats)/,
      L.delivered,
    ],
    [
      'prohibited',
      /lithium|verboden|niet toegestaan|gevaarlijke (?:goederen|stoffen)/,
      L.prohibited,
    ],
    ['destroyed', /vernietigd/, L.destroyed],
    ['damaged', /beschadigd|schade/, L.damaged],
    ['lost', /vermist|zoekgeraakt|kwijt|verloren/, L.lost],
    ['cancelled', /geannuleerd|annulering/, L.cancelled],
    [
      'weather',
      /slecht weer|weersomstandigheden|storm|sneeuw|overstroming|wateroverlast|gladheid/,
      L.weather,
    ],
    ['misrouted', /verkeerd (?:gesorteerd|verstuurd)|missorted|omgeleid/, L.misrouted],
    ['delayed', /vertraag|vertraging|later dan verwacht|opnieuw ingepland|verplaatst/, L.delayed],
    ['toward-destination', /onderweg naar het land van bestemming|vlucht naar/, L.intlTransit],
    ['transit-hub', /transitcentrum|transit ?hub|land van doorvoer/, L.transitHub],
    [
      'arrived-destination',
      /(?:aangekomen|gearriveerd) in (?:nederland|belgie|het land van bestemming)|in (?:nederland|belgie|het land van bestemming) (?:aangekomen|gearriveerd|binnengekomen|ontvangen)|land van bestemming/,
      L.arrivedDest,
    ],
    [
      'departed-origin',
      /land van herkomst verlaten|vertrokken (?:uit|vanuit) (?:china|hongkong|hong kong)|opgestegen|(?:vertrokken|verlaten|vertrek) (?:uit )?(?:het )?land van (?:herkomst|verzending|oorsprong)/,
      L.departedOrigin,
    ],
    ['international-transit', /vlucht|luchthaven|internationaal|in het vliegtuig/, L.intlTransit],
    [
      'picked-up',
      /door (?:postnl|dhl|bpost|dpd|gls|de vervoerder) ontvangen|is opgehaald|zending opgehaald|ophaalopdracht|(?:ontvangen|aangenomen) (?:door|bij) (?:postnl|dhl|bpost|de vervoerder)|(?:opgehaald|afgehaald) bij (?:de )?afzender|aangenomen|ingeleverd|in ontvangst genomen|bij ons binnen/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:wacht|wachten|in afwachting)\b[^.;]{0,40}?\b(?:verkoper|afzender|verzender|webwinkel)|\b(?:verkoper|afzender|verzender|webwinkel)[^.;]{0,30}?(?:nog niet|nog geen)|(?:nog niet|nog geen)\b[^.;]{0,30}?\b(?:verkoper|afzender|verzender|webwinkel)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /verzendgegevens|wacht op het pakket|voorgemeld|aangemeld|(?:zending|gegevens) (?:is )?ontvangen van (?:de )?afzender|label (?:aangemaakt|gemaakt)|verwacht|nog niet ontvangen|wacht op (?:de )?zending/,
      L.infoReceived,
    ],
    [
      'origin-facility-named',
      /(?:sorteercentrum|depot|distributiecentrum|sorteerhub)[^.;]*?van (?:vertrek|herkomst|verzending|oorsprong)|vertreksorteercentrum|vertrekdepot/,
      L.originFacility,
    ],
    [
      'facility',
      /sorteercentrum|sorteerd|gesorteerd|sortering|depot|distributiecentrum|verwerkt|sorteer/,
      'facility',
    ],
    [
      'transit-generic',
      /onderweg|in transit|verzonden|doorgestuurd|vervoer|verwerking/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
