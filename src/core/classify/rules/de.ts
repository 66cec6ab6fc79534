/**
 * @module core/classify/rules/de
 * German text rules (DHL Paket, Deutsche Post, Austrian/Swiss posts). "Nicht zugestellt",
 * "Zustellversuch" and "in der Filiale abholbereit" come before "zugestellt".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const DE: LanguageRules = {
  lang: 'de',
  hints: [
    'die',
    'der',
    'das',
    'den',
    'dem',
    'sendung',
    'wurde',
    'ist',
    'im',
    'und',
    'zugestellt',
    'zustellung',
    'empfanger',
    'absender',
    'paketzentrum',
    'zoll',
    'ins',
    'zielland',
    'abgeholt',
    'filiale',
    'packstation',
    'ihre',
    'ihr',
    'paket',
    'wird',
    'nicht',
    'bei',
    'zur',
    'vom',
    'an',
  ],
  rules: [
    [
      'export-held',
      /ausfuhr[^.;]*?(?:angehalten|zuruckgehalten)|export[^.;]*?(?:angehalten|zuruckgehalten)/,
      L.exportHeld,
    ],
    [
      'customs-refused',
      /zoll[^.;]*?(?:beschlagnahmt|abgelehnt|verweigert|eingezogen)|(?:beschlagnahmt|eingezogen)/,
      L.customsRefused,
    ],
    [
      'customs-payment',
      /zollgebuhren offen|bitte zahlen|(?:einfuhrabgaben|zollgebuhren|abgaben|gebuhren|zoll|steuern|einfuhrumsatzsteuer)[^.;]*?(?:zahlen|bezahl|faellig|fallig|offen|entricht)|zahlung (?:erforderlich|ausstehend)|(?:bitte )?(?:bezahlen|zahlen) sie|(?:einfuhrabgaben|zollgebuhren|abgaben|gebuhren|steuern|einfuhrumsatzsteuer)[^;]{0,40}?(?:zu (?:zahlen|bezahlen|entrichten)|zahlbar|bezahlt werden)|\bfallen[^;]{0,40}?(?:abgaben|gebuhren|steuern|zoll)[^;]{0,30}?\ban\b/,
      L.customsPayment,
    ],
    [
      'in-clearance',
      /wird (?:[a-z]+ )?verzollt|\bverzollung (?:lauft|in bearbeitung)|\bin (?:der )?verzollung\b/,
      L.importCustoms,
    ],
    [
      'customs-released',
      /vom zoll zuruck(?!gehalten)|(?:verzollt|zollfrei|vom zoll (?:freigegeben|zuruckgegeben)|zoll(?:abfertigung|rechtlich)? (?:abgeschlossen|freigegeben|erledigt))|(?:verzollung|zollabfertigung) (?:ist )?abgeschlossen|freigegeben|(?:den )?zoll (?:passiert|durchlaufen)|zollkontrolle (?:passiert|bestanden|abgeschlossen)/,
      L.customsReleased,
    ],
    [
      'export-customs',
      /ausfuhr|exportabfertigung|exportzoll|export-?(?:verzollung|anmeldung|abfertigung)/,
      L.exportCustoms,
    ],
    [
      'customs-docs',
      /(?:dokumente|unterlagen|rechnung|informationen)[^.;]*?(?:zoll|benotigt|fehlen|erforderlich)|zoll[^.;]*?(?:dokumente|unterlagen|rechnung|informationen)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /zoll[^.;]*?(?:angehalten|zuruckgehalten|festgehalten|gepruft|kontrolle|prufung)|(?:angehalten|festgehalten) (?:vom|beim) zoll/,
      L.customsHeld,
    ],
    ['import-customs', /zoll|verzollung|einfuhr/, L.importCustoms],
    // Data only: "noch nicht eingeliefert" is not a drop-off.
    [
      'not-yet-handed',
      /(?:wartet|warten|warte) auf (?:die )?einlieferung|(?:wartet|warten) auf (?:die )?(?:abholung|ubergabe) (?:beim|vom|durch den) (?:absender|versender|handler)|noch nicht (?:[a-z]+ ){0,3}?(?:eingeliefert|aufgegeben|abgegeben|eingegangen)|noch nicht (?:an uns|an die post|an dhl) ubergeben/,
      L.infoReceived,
    ],
    [
      'return-requested',
      /(?:rucksendung|retoure)[^.;]*?(?:beantragt|angefordert|angemeldet|angefragt)|retoure (?:angemeldet|beantragt)/,
      L.inTransit,
      GENERIC,
    ],
    ['refused', /annahme verweigert|verweigert|abgelehnt/, L.refused],
    [
      'unclaimed',
      /nicht (?:[a-z]+ ){0,3}abgeholt|lagerfrist[^.;]*?(?:abgelaufen|uberschritten)|lagerfrist (?:abgelaufen|uberschritten)|abholfrist (?:abgelaufen|uberschritten)/,
      L.unclaimed,
    ],
    [
      'returned',
      /(?:an den absender|dem absender) (?:zugestellt|zuruckgegeben|ubergeben)|(?:rucksendung|retoure) (?:wurde )?(?:dem absender )?zugestellt|beim absender (?:eingegangen|angekommen)/,
      L.returned,
    ],
    [
      'returning',
      /rucksendung|zuruck an den (?:absender|versender)|geht zuruck|zuruckgesendet|zuruckgeschickt|retoure|rucklauf|wird zuruck|ruckweg|ruckversand|(?:auf dem weg|unterwegs) zuruck|zuruck (?:zum|an den) (?:absender|versender)/,
      L.returning,
    ],
    ['can-be-collected', /kann[^.;]*?abgeholt werden|abgeholt werden kann/, L.pickupPoint],
    [
      'collected-at-point',
      /\b(?:im|in der|in einer|in einem|in ihrer|in ihrem|aus der|aus dem|an der|am|beim|bei der)\b[^.;]{0,30}?(?:filiale|packstation|paketshop|postfiliale|paketstation|abholstation|paketbox|postamt|postshop|servicepoint|abholpunkt|annahmestelle|paketautomat|pick ?up)[^.;]{0,20}?\babgeholt\b(?! werden)/,
      L.delivered,
    ],
    [
      'collected-by-recipient',
      /(?:vom empfanger|durch den empfanger) abgeholt|(?:in|aus) der (?:filiale|packstation|paketshop)[^.;]*?abgeholt|empfanger hat[^.;]*?abgeholt/,
      L.delivered,
    ],
    [
      'sender-dropoff',
      /(?:vom|beim) (?:absender|versender|verkaufer|handler)[^.;]*?(?:eingeliefert|abgegeben|abgeholt)|(?:im paketshop|in der filiale|bei der post) (?:abgegeben|eingeliefert|aufgegeben)|aufgegeben|(?:sendung|paket) wurde abgeholt|eingeliefert/,
      L.pickedUp,
    ],
    [
      'carrier-pickup',
      /(?:vom|von|beim|bei|durch) (?:paketdienst|kurier|zusteller|fahrer|absender|versender|dienstleister|spediteur)[^.;]{0,20}?abgeholt|abgeholt (?:vom|beim|bei|von) (?:absender|versender|handler)/,
      L.pickedUp,
    ],
    [
      'pickup-point',
      /abholbereit|kann dort abgeholt|wurde in eine filiale gebracht|zur abholung (?:bereit|bereitgestellt)|liegt (?:in|zur|bei)[^.;]*?(?:abholung|filiale|packstation)|(?:in die|in der|an die) (?:packstation|filiale|paketshop|postfiliale|abholstation)|packstation|paketshop|kann (?:ab|in)[^.;]*?abgeholt werden|bereit zur abholung/,
      L.pickupPoint,
    ],
    ['attempt-closed', /geschaft geschlossen|firma geschlossen|\bgeschlossen/, L.failedClosed],
    [
      'address-problem-early',
      /adressfehler|(?:erganzen|korrigieren) sie ihre (?:anschrift|adresse)/,
      L.addressProblem,
    ],
    [
      'address-problem',
      /nicht zu ermitteln|nicht ermittelbar|adresse (?:falsch|unvollstandig|unbekannt|fehlerhaft|nicht auffindbar)|(?:falsche|unvollstandige|fehlerhafte) adresse|empfanger unbekannt|unbekannt verzogen|hausnummer (?:unbekannt|falsch|fehlt|nicht (?:auffindbar|gefunden|vorhanden|angegeben))|(?:falsche|fehlende|unvollstandige) (?:hausnummer|anschrift)|anschrift (?:falsch|unvollstandig|unbekannt|nicht auffindbar)/,
      L.addressProblem,
    ],
    [
      'attempt-absent',
      /nicht antreffen|niemand (?:war )?(?:da|anwesend)|nicht angetroffen|nicht (?:zu hause|anwesend)|niemand (?:zu hause|angetroffen)|abwesend/,
      L.failedAbsent,
    ],
    [
      'not-delivered',
      /nicht zugestellt|(?:konnte|kann) nicht zugestellt|zustellversuch|zustellung (?:nicht moglich|fehlgeschlagen|gescheitert)|benachrichtigungskarte|benachrichtigung (?:hinterlassen|eingeworfen)|erneute zustellung/,
      L.failedAttempt,
    ],
    [
      'to-last-mile',
      /ubergabe an (?!(?:den |die )?(?:zusteller|fahrer|kurier|empfanger|nachbar|absender))[a-z0-9 .-]{2,30}? (?:zur|fur die) (?:weitere |weiteren )?zustellung|zur (?:weiteren )?zustellung an (?:hermes|dpd|gls|ups|fedex|dhl|go|deutsche post|die post|post)[a-z ]*? ubergeben|ubergabe an (?:hermes|dpd|gls|ups|fedex|dhl|deutsche post|die post|osterreichische post)|\ban (?:hermes|dpd|gls|ups|dhl|fedex|die post|deutsche post|post|den zustellpartner|den partner|den lokalen|die osterreichische post|die schweizerische post)[^.;]*?ubergeben|zur (?:weiteren )?zustellung an|(?:an|dem) (?:den |das )?(?:zustellpartner|partner|lokalen|zustelldienst|auslieferungs)[^.;]*?ubergeben|ubergabe an (?:den )?(?:zustell|partner|dhl|post)|neue sendungsnummer/,
      L.lastMile,
    ],
    [
      'ofd-vehicle',
      /(?:zusteller|fahrer|kurier|bote|paketbote)[^.;]{0,30}?(?:unterwegs|auf dem weg)|zustellfahrzeug|auslieferungsfahrzeug|zustelltour|kommt heute|heute (?:bei|zu) ihnen/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /in zustellung|(?:wird|wurde) (?:heute )?zugestellt werden|zustellfahrzeug|auf dem weg zu ihnen|zustellung (?:heute|erfolgt heute)|in der zustellung|zusteller (?:ist )?unterwegs|wird heute zugestellt|zur zustellung (?:geladen|ubergeben)/,
      L.outForDelivery,
    ],
    [
      'arrived-delivery-office',
      /zur zustellung bereit|bereit zur zustellung|fur die zustellung vorbereitet|(?:zustellbasis|zustellstutzpunkt|zustellbezirk|zustelldepot|zustellzentrum)|(?:in der )?(?:ziel-?)?filiale eingetroffen/,
      L.destFacility,
    ],
    // "Wurde heute zugestellt": done today, not due today.
    [
      'delivered-today',
      /\bwurden?\b[^.;]{0,40}?\bheute\b[^.;]{0,20}?\b(?:zugestellt|ausgeliefert|geliefert)\b|\bheute\b[^.;]{0,30}?\b(?:zugestellt|ausgeliefert|geliefert) worden\b/,
      L.delivered,
    ],
    [
      'due-today',
      /\bheute\b[^.;]{0,30}?(?:zugestellt|geliefert|ausgeliefert)|(?:zustellung|lieferung|auslieferung)[^.;]{0,20}?\bheute\b|im laufe des (?:heutigen )?tages[^.;]{0,30}?(?:zugestellt|geliefert|ausgeliefert)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /wird (?:voraussichtlich )?(?:am|morgen|in)[^.;]*?zugestellt|voraussichtlich|geplante zustellung|zustelltermin|(?:zustellung|lieferung|auslieferung)[^;]{0,30}?(?:geplant|vorgesehen|terminiert|angekundigt)|(?:geplant|vorgesehen)e? (?:zustellung|lieferung)|\bkommt (?:voraussichtlich )?(?:morgen|ubermorgen|am |zwischen|zw\b)|\bzw\. ?\d{1,2}(?::\d\d)? ?- ?\d{1,2}(?::\d\d)? uhr|(?:zustellung|lieferung) erfolgt (?:am|voraussichtlich|morgen|zwischen|ab|bis|in)\b/,
      L.inTransit,
      0.7,
    ],
    ['mailbox', /(?:in den|im|in ihren) briefkasten|briefkasten eingeworfen/, L.delivered],
    [
      'neighbour',
      /(?:an|bei|beim) (?:einen |einem |den |dem |ihren |ihrem |ihre |ihrer |eine |einer |die |der )?(?:nachbar|nachbarin|hausmeister|hausverwaltung|empfang|rezeption|pfortner|concierge|mitbewohner)[a-z]*[^.;]{0,30}?(?:ubergeben|abgegeben|zugestellt|ausgehandigt|hinterlegt)|nachbar(?:in|n)? (?:[a-z]+ ){0,2}?(?:ubergeben|abgegeben|zugestellt)/,
      L.delivered,
    ],
    [
      'safe-place',
      /(?:abgelegt|abgestellt|hinterlegt) (?:am|an|im|vor|in|auf)|wunschablageort|ablageort|abstellort/,
      L.delivered,
    ],
    [
      'delivered',
      /zugestellt|erfolgreich ubergeben|(?:dem|an den|an) empfanger[^.;]*?ubergeben|ausgeliefert|ubergeben an (?:empfanger|nachbar|den empfanger)|beim nachbarn|im briefkasten|abgestellt|zustellung erfolgt/,
      L.delivered,
    ],
    ['prohibited', /lithium|verboten|unzulassig|gefahrgut|nicht zugelassen/, L.prohibited],
    ['destroyed', /vernichtet|zerstort|entsorgt/, L.destroyed],
    ['damaged', /beschadigt|beschadigung/, L.damaged],
    ['lost', /verloren|verschollen|nicht auffindbar|vermisst/, L.lost],
    ['cancelled', /storniert|annulliert|abgesagt/, L.cancelled],
    ['weather', /wetter|unwetter|schnee|sturm|hochwasser|uberschwemmung|glatteis/, L.weather],
    ['misrouted', /fehlgeleitet|fehlsortiert|falsch (?:sortiert|geleitet)|umgeleitet/, L.misrouted],
    ['delayed', /verzoger|verspat|verschoben|neu terminiert/, L.delayed],
    ['toward-destination', /(?:auf dem weg|unterwegs) (?:ins|in das) zielland/, L.intlTransit],
    ['transit-hub-early', /transitzentrum|transit-?hub/, L.transitHub],
    [
      'arrived-destination',
      /eingelangt|(?:im|ins) zielland|ankunft im zielland|in (?:deutschland|osterreich|der schweiz|luxemburg) (?:eingetroffen|angekommen|eingelangt)|im bestimmungsland|importzentrum|internationale(?:n)? (?:paket|post)zentrum[^.;]*?(?:eingetroffen|angekommen)/,
      L.arrivedDest,
    ],
    ['transit-hub', /transitland|im transitland/, L.transitHub],
    [
      'departed-origin',
      /ins ausland versendet|an die fluggesellschaft|fluggesellschaft ubergeben|abgangsflughafen|flug[^.;]*?gestartet|(?:hat das|verlasst das) (?:abgangsland|ursprungsland|herkunftsland)|abgangsland|ausgangsland|versandland|herkunftsland|ursprungsland|exportiert|abgeflogen|abgehoben/,
      L.departedOrigin,
    ],
    ['international-transit', /flug|flughafen|luftfracht|international/, L.intlTransit],
    [
      'picked-up',
      /eingeliefert|(?:vom|beim) absender (?:ubernommen|abgeholt)|abholung beim absender|angenommen|in empfang genommen|ubernommen/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:wartet auf|warten auf|warte auf)\b[^.;]{0,40}?\b(?:absender|versender|verkaufer|handler)|\b(?:absender|versender|verkaufer|handler)[^.;]{0,30}?(?:noch nicht|noch kein|bisher nicht)|(?:noch nicht|noch kein|bisher nicht)\b[^.;]{0,30}?\b(?:absender|versender|verkaufer|handler)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /versandinformationen|paketdaten|bereitet[^.;]*?vor|erfasst|elektronisch angekundigt|(?:sendungs|auftrags)daten|angekundigt|etikett (?:erstellt|gedruckt)|noch nicht (?:eingeliefert|ubergeben)|vorbereitet|avisiert/,
      L.infoReceived,
    ],
    ['expired', /sendungsverfolgung beendet|keine neuen daten/, L.expired],
    [
      'dest-facility',
      /(?:ziel-?paketzentrum|zielpaketzentrum|zielzentrum|ziel-?depot)/,
      L.destFacility,
    ],
    [
      'origin-facility',
      /des absenders|absender-?depot|start-?paketzentrum|abgangspaketzentrum/,
      L.originFacility,
    ],
    [
      'facility',
      /paketzentrum|briefzentrum|verteilzentrum|sortierzentrum|depot|umschlag|bearbeitet|sortiert|lager|logistik-?center|eingetroffen/,
      'facility',
    ],
    [
      'transit-generic',
      /unterwegs|auf dem weg|transport|weitergeleitet|versandt|verschickt|in bearbeitung/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
