/**
 * @module core/classify/rules/it
 * Italian text rules (Poste Italiane, BRT, SDA). "Non consegnato", "tentativo di consegna"
 * and "in giacenza" come before "consegnato".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const IT: LanguageRules = {
  lang: 'it',
  hints: [
    'il',
    'lo',
    'della',
    'del',
    'nel',
    'alla',
    'al',
    'di',
    'spedizione',
    'consegnata',
    'consegnato',
    'consegna',
    'destinatario',
    'mittente',
    'centro',
    'smistamento',
    'dogana',
    'paese',
    'ritiro',
    'giacenza',
    'presa',
    'carico',
    'e',
    'stata',
    'stato',
    'in',
    'arrivata',
  ],
  rules: [
    // Not yet handed over by the sender: data only.
    [
      'not-yet-handed',
      /in attesa (?:di |della |del )?(?:presa in carico|affidamento|ritiro (?:da parte )?del corriere|ritiro presso il mittente)|non ancora (?:stat[oa] )?(?:consegnat|affidat|pres[oa] in carico|spedit)[oa]? (?:al corriere|dal mittente|a noi|a poste)|non ancora (?:spedit|pres[oa] in carico|accettat)/,
      L.infoReceived,
    ],
    ['export-held', /esportazione[^.;]*?(?:trattenut|bloccat)/, L.exportHeld],
    [
      'customs-refused',
      /(?:sequestrat|confiscat|respint)[^.;]*?dogana|dogana[^.;]*?(?:sequestr|confisc|respint)/,
      L.customsRefused,
    ],
    [
      'customs-payment-early',
      /(?:paga|pagare|pagate|saldare|salda) (?:i |l')?(?:dazi|tasse|diritti|oneri|iva)|in attesa (?:di|del) pagamento/,
      L.customsPayment,
    ],
    [
      'customs-released',
      /rientrat[oa] dalla dogana|sdoganat|(?<!(?:sara|verra|essere|venga|possa essere) )(?:uscit[oa]|rilasciat[oa]|svincolat[oa]) (?:dalla )?dogana|sdoganamento (?:completato|concluso|effettuato)|operazioni doganali (?:completate|concluse)|(?:superato|passato) (?:il |i )?controll[oi] doganal/,
      L.customsReleased,
    ],
    ['export-customs', /esportazione|dogana di (?:uscita|esportazione)/, L.exportCustoms],
    [
      'customs-payment',
      /(?:dazi|tasse|diritti|oneri|iva)[^.;]*?(?:pagare|pagamento|dovuti|da versare|da saldare)|in attesa (?:di|del) pagamento|(?:pagamento|pagare|versare|saldare)[^.;]*?(?:dazi|tasse|diritti doganali|oneri|iva|imposte|spese doganali)/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /manca(?:no)? (?:la |il |i |le )?(?:fattura|document|informazion)|(?:fattura|document)[^.;]*?mancant|dogana richiede|richiede (?:documentazione|documenti)|(?:documenti|documentazione|informazioni|fattura)[^.;]*?(?:dogan|mancant|necessar|richiest)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /(?:trattenut|ferm|bloccat)[oa][^.;]*?dogana|dogana[^.;]*?(?:trattenut|ferm|bloccat|controllo)/,
      L.customsHeld,
    ],
    ['import-customs', /dogana|doganal|sdoganamento/, L.importCustoms],
    ['return-requested', /richiesta di reso|reso richiesto/, L.inTransit, GENERIC],
    ['refused', /rifiutat|rifiuto/, L.refused],
    [
      'unclaimed',
      /non (?:ritirat|reclamat)|compiuta giacenza|giacenza (?:scaduta|terminata)/,
      L.unclaimed,
    ],
    [
      'returned',
      /(?:restituit|resa|reso|consegnat)[oa]? al mittente|rientrat[oa] al mittente/,
      L.returned,
    ],
    [
      'returning',
      /in (?:restituzione|rientro|reso)|in ritorno|(?:restituzione|rinvio|ritorno) al mittente|restituit|\breso\b|(?:sta )?(?:tornando|ritornando|rientrando) al mittente|(?:torna|ritorna|rientra) al mittente/,
      L.returning,
    ],
    [
      'collected-by-recipient',
      /ritirat[oa] (?:dal destinatario|presso|in)|(?:il )?destinatario ha ritirato/,
      L.delivered,
    ],
    [
      'pickup-point',
      /in giacenza|pront[oa] per il ritiro|fermopoint|disponibile (?:per il|al) ritiro|pronto (?:per il|al) ritiro|punto (?:di ritiro|poste|ritiro)|fermoposta|locker|ufficio postale[^.;]*?ritiro|in attesa di ritiro/,
      L.pickupPoint,
    ],
    [
      'attempt-closed',
      /(?:esercizio|negozio|ditta|azienda|ufficio|attivita(?: commerciale)?|locale) chius|chius[oa] per (?:ferie|turno)/,
      L.failedClosed,
    ],
    [
      'attempt-address',
      /(?:consegna non effettuata|tentativo|non consegnat|mancata consegna|impossibile consegnare)[^;]*?indirizzo (?:errato|incompleto|inesatto|sconosciuto|insufficiente)|indirizzo (?:errato|incompleto|inesatto|sconosciuto|insufficiente)[^;]*?(?:tentativo|non consegnat|mancata consegna|impossibile)|destinatario sconosciuto/,
      L.failedAddress,
    ],
    [
      'address-problem',
      /indirizzo (?:errato|incompleto|inesatto|sconosciuto|insufficiente|non trovato)/,
      L.addressProblem,
    ],
    ['attempt-absent', /destinatario assente|assente|nessuno (?:in casa|presente)/, L.failedAbsent],
    [
      'not-delivered',
      /non (?:e )?stat[oa] consegnat|non consegnat|mancata consegna|tentativo di consegna|consegna (?:non (?:riuscita|effettuata|possibile)|fallita)|impossibile consegnare|avviso di giacenza|nuovo tentativo/,
      L.failedAttempt,
    ],
    [
      'to-airline',
      /consegnat[oa] alla compagnia aerea|affidat[oa] alla compagnia aerea/,
      L.departedOrigin,
    ],
    [
      'to-last-mile',
      /(?:affidat[oa]|passat[oa]|consegnat[oa]) a (?!(?:un |il )?(?:corriere|postino|portalettere|mittente|vicino|destinatario))[a-z0-9 ]{2,25}? per (?:la )?consegna|(?:affidat[oa]|passat[oa]) a (?:sda|brt|gls|poste italiane|poste|dhl|ups|tnt|nexive|fedex|dpd|inpost)|affidat[oa] (?:al|a) (?:corriere|partner|vettore) (?:locale|di consegna)|(?:trasferit[oa]|affidat[oa]|passat[oa]|consegnat[oa]) a [a-z ]{2,25}? per l'ultimo miglio|ultimo miglio|corriere locale|nuovo numero di tracciamento/,
      L.lastMile,
    ],
    [
      'ofd-vehicle',
      /caricat[oa] (?:sul|nel) (?:mezzo|furgone|veicolo)|(?:corriere|postino|autista)[^.;]{0,20}?(?:in consegna|in arrivo|in viaggio|sta consegnando)/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /in consegna|in viaggio per la consegna|in corso di consegna|consegna in corso|(?:affidat[oa]|con) (?:al )?(?:corriere|postino|portalettere) per la consegna|sara consegnat[oa] oggi|uscit[oa] per la consegna|(?:consegn|recapit)[^.;]{0,30}?(?:in giornata|nel corso della giornata)(?! di domani)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /consegnera|consegneremo|sara consegnat|consegna (?:e )?(?:prevista|programmata|stimata|pianificata)|(?:prevista|programmata|pianificata) (?:la )?consegna|consegna sara (?:effettuata|eseguita|fatta)/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /ufficio di recapito|pront[oa] per la consegna|(?:arrivat[oa]|giunt[oa]) (?:al|presso (?:il|l'))? ?(?:centro|ufficio|filiale) (?:di )?(?:recapito|distribuzione|consegna)|centro (?:di )?recapito|pronto per la consegna/,
      L.destFacility,
    ],
    [
      'left-safe-place',
      /lasciat[oa] (?:in (?:un )?luogo sicuro|nel luogo (?:concordato|indicato)|(?:al|dal|presso il|con il) (?:vicino|portiere)|in portineria|davanti alla porta)/,
      L.delivered,
    ],
    ['delivered', /consegnat|recapitat|consegna (?:effettuata|avvenuta|completata)/, L.delivered],
    ['prohibited', /litio|vietat|proibit|merce pericolosa|non consentit/, L.prohibited],
    ['destroyed', /distrutt|distruzione/, L.destroyed],
    ['damaged', /danneggiat|danno|\brott[oa]\b/, L.damaged],
    ['lost', /smarrit|pers[oa]\b|non rintracciabile/, L.lost],
    ['cancelled', /annullat|cancellat/, L.cancelled],
    ['weather', /meteo|maltempo|neve|tempesta|alluvion|allagament/, L.weather],
    [
      'misrouted',
      /instradat[oa] (?:erroneamente|male)|errore di (?:smistamento|instradamento)/,
      L.misrouted,
    ],
    ['delayed', /ritard|riprogrammat|rinviat/, L.delayed],
    ['toward-destination', /in volo verso|verso il paese di destinazione/, L.intlTransit],
    [
      'transit-hub',
      /hub di transito|centro di transito|paese (?:di transito|intermedio)/,
      L.transitHub,
    ],
    [
      'arrived-destination',
      /(?:arrivat[oa]|giunt[oa]) (?:in italia|nel paese di destinazione)|paese di destinazione|arrivo in italia/,
      L.arrivedDest,
    ],
    [
      'departed-origin',
      /(?:partit[oa] dal|uscit[oa] dal|lasciato il|lascia il|partenza dal) paese (?:di |d')(?:origine|partenza|spedizione)|(?:volo|aereo) (?:e )?decollato|\bdecollat[oa] (?:da|dalla|dal)/,
      L.departedOrigin,
    ],
    ['international-transit', /volo|aeroporto|trasporto internazionale/, L.intlTransit],
    [
      'picked-up',
      /presa in carico|pres[oa] in carico|accettat[oa]|ritirat[oa] (?:dal corriere|presso il mittente)|affidat[oa] (?:al corriere|dal mittente)/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:in attesa|aspetta)\b[^.;]{0,40}?\b(?:venditore|mittente|negozio)|\b(?:venditore|mittente|negozio)[^.;]{0,30}?(?:non (?:ha |e )?ancora|ancora da)|(?:non (?:ha |e )?ancora|ancora da)\b[^.;]{0,30}?\b(?:venditore|mittente|negozio)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /informazioni sulla spedizione|dati della spedizione|in attesa del pacco|(?:dati|informazioni) (?:della )?spedizione (?:ricevut|registrat)|spedizione (?:registrata|creata)|etichetta (?:creata|stampata)|in attesa (?:di )?(?:presa in carico|affidamento)|in preparazione/,
      L.infoReceived,
    ],
    [
      'dest-facility',
      /(?:centro|filiale|hub)[^.;]*?(?:destinazione|recapito|distribuzione)/,
      L.destFacility,
    ],
    [
      'origin-facility-named',
      /(?:centro|hub|filiale|magazzino)[^.;]*?(?:di |d')(?:origine|partenza)/,
      L.originFacility,
    ],
    [
      'facility',
      /centro (?:di )?smistamento|centro operativo|hub|smistat|magazzino|lavorazione|filiale/,
      'facility',
    ],
    [
      'transit-generic',
      /in transito|in viaggio|partit|in lavorazione|spedit|in arrivo|trasferit|transito/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
