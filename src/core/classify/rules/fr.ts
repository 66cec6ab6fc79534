/**
 * @module core/classify/rules/fr
 * French text rules (La Poste / Colissimo, Chronopost, bpost). "Non distribuable", "avis de
 * passage" and "arrivé sur son site de distribution" come before "livré".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const FR: LanguageRules = {
  lang: 'fr',
  hints: [
    'le',
    'la',
    'les',
    'du',
    'des',
    'votre',
    'colis',
    'est',
    'a',
    'ete',
    'au',
    'en',
    'livre',
    'livraison',
    'distribue',
    'destinataire',
    'expediteur',
    'douane',
    'pris',
    'charge',
    'site',
    'pays',
    'retrait',
    'point',
    'cours',
    'acheminement',
    'envoi',
    'arrive',
    'sur',
    'dans',
    'il',
  ],
  rules: [
    ['export-held', /export[^.;]*?(?:retenu|bloque)|(?:retenu|bloque)[^.;]*?export/, L.exportHeld],
    [
      'customs-refused',
      /(?:saisi|confisque|refuse)[^.;]*?doua|douane[^.;]*?(?:saisi|confisqu|refus)/,
      L.customsRefused,
    ],
    [
      'customs-payment-early',
      /(?:reglez|payez|regler|payer|acquittez) (?:les |vos )?(?:droits|taxes|frais)[^.;]*?(?:pour|afin)/,
      L.customsPayment,
    ],
    [
      'customs-released',
      /sortie de (?:la )?douane|retour de (?:la )?douane|(?:dedouane\b|sorti de (?:la )?douane|libere par (?:la )?douane|retourne (?:de|par) (?:la )?douane)|dedouanement (?:termine|effectue|realise|finalise)|(?:passe|franchi)e?s? (?:le |les |la )?(?:controles? douaniers?|controles? de (?:la )?douane|douane|dedouanement)|formalites douanieres (?:terminees|effectuees)/,
      L.customsReleased,
    ],
    ['export-customs', /douane (?:a l'|d')export|export(?:ation)?/, L.exportCustoms],
    [
      'customs-payment',
      /reglement des (?:frais|droits|taxes)|(?:droits|taxes|frais|tva)[^.;]*?a (?:payer|regler)|(?:droits|taxes|frais) (?:de douane |et taxes |douaniers )?(?:a (?:payer|regler)|dus|impayes)|(?:en attente|attente) de (?:paiement|reglement)|paiement (?:des )?(?:droits|taxes|frais)|(?:payer|regler) (?:les )?(?:droits|taxes|frais)|a acquitter|(?:droits|taxes|frais|tva)[^;]{0,40}?(?:a (?:payer|regler|acquitter)|exigibles|payables)|(?:acquitter|s'acquitter) (?:des |les |vos )?(?:droits|taxes|frais|tva)/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /en attente de (?:documents|justificatifs)|documents? du destinataire|(?:document|information|justificatif|facture)[^.;]*?(?:douan|manquant|necessaire|requis|demande)|douane[^.;]*?(?:document|information|justificatif)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /retenu[^.;]*?doua|douane[^.;]*?(?:retenu|bloque|controle|attente)|bloque en douane/,
      L.customsHeld,
    ],
    ['import-customs', /douane|dedouanement|formalites douanieres/, L.importCustoms],
    [
      'not-yet-handed',
      /nous a (?:transmis|communique|envoye) (?:les )?(?:informations|donnees)|pas encore (?:ete )?(?:remis|pris en charge|depose|confie)|en attente (?:du colis|de (?:la )?prise en charge|de depot)|colis (?:est )?annonce|informations? d'expedition|en (?:cours de )?preparation(?! (?:pour|a) (?:la |sa )?(?:livraison|distribution|tournee))|(?:pret|prepare|emballe)e?s? (?:par|chez) (?:l'expediteur|le vendeur|votre (?:vendeur|commercant|marchand)|le marchand|le commercant)/,
      L.infoReceived,
    ],
    [
      'sender-dropoff',
      /(?:depose|remis|confie)[^.;]*?par l'expediteur|(?:a ete|est) depose (?:en|au|dans un|dans une) (?:bureau de poste|point (?:relais|de contact|la poste|poste)|agence|relais)(?![^.;]*?(?:disponible|retir|vous attend|a votre disposition))/,
      L.pickedUp,
    ],
    ['return-requested', /demande de retour|retour (?:demande|sollicite)/, L.inTransit, GENERIC],
    ['refused', /refuse|refus/, L.refused],
    [
      'unclaimed',
      /non (?:retire|reclame)|delai d'instance|n'a pas ete (?:reclame|retire)|delai de (?:garde|retrait|mise en instance)\b[^.;]{0,40}?(?:depasse|expire|ecoule|echu)|pas ete retire/,
      L.unclaimed,
    ],
    [
      'returned',
      /(?:retourne|livre|distribue|remis|rendu) (?:a|a l')(?: )?expediteur|retourne a l'expediteur|renvoye a l'expediteur|de retour chez (?:l')?expediteur|revenu chez (?:son |l')?expediteur/,
      L.returned,
    ],
    [
      'returning',
      /retour (?:a|vers) l'expediteur|en (?:cours de )?retour|retour(?:ne)?\b|renvoi|sera retourne/,
      L.returning,
    ],
    [
      'collected-by-recipient',
      /(?:retire|recupere) par (?:le )?destinataire|(?:le )?destinataire a retire|remis au destinataire (?:au|en) (?:point|bureau|guichet)/,
      L.delivered,
    ],
    [
      'arrived-post-office',
      /arrive (?:au|dans le|a la) (?:bureau de poste|bureau distributeur|agence)(?![^.;]*?(?:retrait|retirer|disponible))/,
      L.destFacility,
    ],
    [
      'collected-at-point',
      /(?:recupere|retire)e?s? (?:par (?:le |la )?(?:destinataire|client)|au (?:point|bureau|relais|guichet|casier)|en (?:point|bureau|relais|consigne))|depose (?:dans|en) (?:votre |la )?boite aux lettres/,
      L.delivered,
    ],
    [
      'pickup-point',
      /disponible chez|commercant relais|(?:disponible|pret|en attente|a retirer|attend) (?:pour (?:etre )?retir|de retrait|votre retrait|d'etre retire|au retrait)|(?:disponible|depose|arrive|livre) (?:en|dans|au|a) (?:votre |le |un )?(?:point (?:retrait|relais|pickup|de retrait)|relais|consigne|bureau de poste|locker|pickup station|guichet)|mis en instance|en instance|a retirer|point relais|point retrait|vous attend|point poste|disponible (?:au|a la|en)/,
      L.pickupPoint,
    ],
    [
      'attempt-closed',
      /(?:entreprise|commerce|etablissement|societe|magasin) fermee?/,
      L.failedClosed,
    ],
    [
      'attempt-address',
      /(?:ne peut pas etre (?:livre|distribue)|tentative|non (?:livre|distribue)|n'a pas pu|livraison impossible|distribution impossible)[^;]*?adresse (?:est )?(?:incorrecte|incomplete|erronee|inexacte|inconnue|insuffisante|introuvable)|adresse (?:est )?(?:incorrecte|incomplete|erronee|inexacte|inconnue|insuffisante|introuvable)[^;]*?(?:n'a pas pu|pas pu etre|non (?:livre|distribue)|impossible)|destinataire inconnu|n'habite pas a l'adresse/,
      L.failedAddress,
    ],
    [
      'address-problem',
      /probleme d'adresse|adresse (?:est )?(?:incorrecte|incomplete|erronee|inexacte|inconnue|insuffisante|introuvable)/,
      L.addressProblem,
    ],
    [
      'attempt-absent',
      /destinataire absent|absence du destinataire|personne (?:n'etait )?present|en votre absence|absent/,
      L.failedAbsent,
    ],
    [
      'not-delivered',
      /pas pu etre (?:livre|distribue|remis)|non (?:livre|distribue|distribuable)|pas ete (?:livre|distribue)|echec de (?:la )?(?:livraison|distribution)|n'a pas (?:pu )?etre (?:livre|distribue)|(?:livraison|distribution) (?:impossible|echouee|reportee|non effectuee)|tentative de (?:livraison|distribution)|avis de passage|impossible de (?:livrer|distribuer)|pas pu (?:etre )?(?:livre|distribue)/,
      L.failedAttempt,
    ],
    ['to-airline', /(?:remis|confie) a la compagnie aerienne/, L.departedOrigin],
    [
      'to-last-mile',
      /(?:remis|confie|transmis)e? (?:a|au) (?:la poste|colissimo|chronopost|dpd|gls|ups|dhl|relais colis|mondial relay|colis prive|bpost)[^.;]*?(?:livraison|distribution)|livraison finale|(?:remis|confie|transmis) (?:au|a (?:notre|un)) (?:partenaire|transporteur|distributeur|prestataire)|confie (?:a|au) (?:la poste|colissimo|transporteur)|nouveau numero de suivi/,
      L.lastMile,
    ],
    [
      'out-for-delivery',
      /vehicule de livraison|facteur a pris en charge|pour (?:le|la) livrer|en cours de (?:livraison|distribution)|livreur (?:est )?en (?:route|chemin)|en (?:livraison|distribution)|(?:avec|par) (?:le|notre|votre) (?:livreur|facteur|chauffeur)|sera livre aujourd'hui|livraison (?:aujourd'hui|en cours)|en tournee|mis en distribution/,
      L.outForDelivery,
    ],
    ['weather', /meteo|intemperie|climatique|neige|tempete|inondation|crue/, L.weather],
    ['delayed', /retard|reporte|reprogramm|replanifi/, L.delayed],
    // Due today is the day's round (docs/labeling.md), even when only expected.
    // "A été livré aujourd'hui": done today, not due today.
    [
      'delivered-today',
      /\ba ete (?:livre|distribue|remis)e?s?\b[^.;]{0,30}?\baujourd.?hui\b|\baujourd.?hui\b[^.;]{0,30}?\ba ete (?:livre|distribue|remis)/,
      L.delivered,
    ],
    [
      'due-today',
      /\baujourd.?hui\b[^.;]{0,30}?(?:livr|distribu)|(?:livr|distribu)[^.;]{0,30}?\baujourd.?hui\b|(?:livr|distribu)[^.;]{0,30}?(?:dans|au cours de) la journee(?! de demain)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /livrera|livrerons|sera (?:livre|distribue)|livraison (?:prevue|estimee|programmee)|date de livraison|livraison sera (?:effectuee|realisee|faite|assuree)/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /pret pour la (?:tournee|livraison)|site de (?:distribution|livraison)|(?:arrive|recu) (?:au|dans (?:le|son)|sur (?:le|son)) (?:site|bureau|centre|agence) (?:de )?(?:distribution|livraison)|bureau distributeur|agence de livraison|pret (?:a etre|pour etre) (?:livre|distribue)|(?:pret|prepare) pour la livraison/,
      L.destFacility,
    ],
    [
      'arrived-territory',
      /(?:arrive|entre)[^.;]{0,20}?(?:territoire|pays de destination)/,
      L.arrivedDest,
    ],
    [
      'delivered',
      /\blivree?s?\b|\bdistribuee?s?\b|remis (?:au|en main propre|au destinataire|a (?:votre |un |son )?voisin)|(?:remis|livre|depose|confie|laisse)e?s? (?:a |au |aupres d[eu] |chez |avec )(?:votre |un |une |le |la |l'|son |sa )?(?:voisin|voisine|gardien|gardienne|concierge|accueil|reception|loge|gardiennage|mandataire)|(?:depose|laisse)e?s? (?:en lieu sur|devant (?:votre |la )?porte|dans (?:votre |le )?(?:jardin|garage))|deposee? dans (?:votre|la) boite aux lettres|livraison effectuee/,
      L.delivered,
    ],
    ['prohibited', /lithium|interdit|prohibe|non autorise|marchandise dangereuse/, L.prohibited],
    ['destroyed', /detruit|destruction/, L.destroyed],
    ['damaged', /endommage|abime|deteriore|avarie/, L.damaged],
    ['lost', /perdu|egare|introuvable|spolie|pas retrouve|enquete/, L.lost],
    ['cancelled', /annule/, L.cancelled],
    [
      'misrouted',
      /mal achemine|erreur d'acheminement|mal trie|erreur de tri|reachemine/,
      L.misrouted,
    ],
    [
      'transit-hub',
      /pays (?:de transit|intermediaire)|hub de transit|centre de transit/,
      L.transitHub,
    ],
    [
      'departed-origin',
      /(?:quitte|a quitte|depart du|parti du) (?:le )?pays (?:d'origine|d'expedition)|(?:vol|avion) a decolle|decolle de l'aeroport|a decolle (?:de|depuis)/,
      L.departedOrigin,
    ],
    ['dest-processing', /traitement dans le pays de destination/, L.destFacility],
    [
      'toward-destination',
      /en vol vers|vers le pays de destination|en route vers le pays|dans l['’]avion|a bord d(?:e l['’]avion|['’]un (?:avion|vol))/,
      L.intlTransit,
    ],
    ['exchange-office', /centre d'echange/, L.arrivedDest],
    [
      'arrived-destination',
      /arrive (?:en|dans le pays de destination|au pays de destination|en france|en belgique)|arrivee? (?:en|dans) (?:le pays de destination|france|belgique|suisse)|dans le pays de destination|pays de destination/,
      L.arrivedDest,
    ],
    [
      'international-transit',
      /\bvol\b|aeroport|transport international|international/,
      L.intlTransit,
    ],
    [
      'picked-up',
      /(?:a|avons) (?:bien )?recu (?:votre|le) colis|pris en charge|prise en charge|depose par l'expediteur|collecte|remis par l'expediteur/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:en attente|attend)\b[^.;]{0,40}?\b(?:vendeur|expediteur|commercant|marchand)|\b(?:vendeur|expediteur|commercant|marchand)[^.;]{0,30}?(?:pas encore|toujours pas)|(?:pas encore|toujours pas)\b[^.;]{0,30}?\b(?:vendeur|expediteur|commercant|marchand)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /(?:l'expediteur|votre commercant|le vendeur) (?:prepare|a prepare)|va bientot nous etre confie|pret a etre expedie|(?:informations?|donnees) (?:de l'envoi )?(?:recues|transmises)|etiquette (?:creee|imprimee|editee)|en attente de (?:prise en charge|depot)|declaration recue/,
      L.infoReceived,
    ],
    ['expired', /suivi (?:arrete|interrompu|termine)|aucune mise a jour/, L.expired],
    [
      'dest-facility',
      /(?:centre|agence|site|plateforme)[^.;]*?(?:distribution|livraison)/,
      L.destFacility,
    ],
    [
      'origin-facility-named',
      /(?:agence|centre|plate-?forme|site|entrepot|hub)[^.;]*?(?:de depart|d'origine|expeditrice|d'expedition)/,
      L.originFacility,
    ],
    [
      'facility',
      /(?:plate-?forme|centre de tri|centre de traitement|site de tri|entrepot|hub|agence)|\btrie\b|traitement/,
      'facility',
    ],
    [
      'transit-generic',
      /en cours d'acheminement|achemin|en transit|en route|expedie|en cours|transit/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
