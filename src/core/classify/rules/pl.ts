/**
 * @module core/classify/rules/pl
 * Polish text rules (Poczta Polska, InPost, DPD PL). "Nieudana próba doręczenia", "awizo" and
 * "gotowa do odbioru w Paczkomacie" come before "doręczono".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const PL: LanguageRules = {
  lang: 'pl',
  hints: [
    'przesylka',
    'przesyłka',
    'paczka',
    'do',
    'w',
    'z',
    'na',
    'przez',
    'zostala',
    'została',
    'doreczona',
    'doręczona',
    'odbioru',
    'nadawcy',
    'adresata',
    'odbiorcy',
    'celnej',
    'kraju',
    'oddzial',
    'sortowni',
    'nadana',
    'nadanie',
    'jest',
    'sie',
    'się',
    'od',
    'wydana',
    'kurier',
  ],
  rules: [
    // Not yet posted by the sender: data only.
    [
      'not-yet-posted',
      /nie (?:zostala |zostal |zostalo )?(?:jeszcze )?nadan|jeszcze nie (?:zostala |zostal )?nadan|(?:nadawca|sprzedawca) (?:jeszcze )?nie nadal/,
      L.infoReceived,
    ],
    [
      'export-held',
      /zatrzyman[^.;]*?kraju nadania|eksport[^.;]*?zatrzyman|wywoz[^.;]*?zatrzyman/,
      L.exportHeld,
    ],
    [
      'customs-refused',
      /zajet[ao]|administracj[ae] skarbow|(?:zajet|skonfiskowan|odrzucon)[^.;]*?cel|cel[^.;]*?(?:zajet|skonfiskow|odrzuc)/,
      L.customsRefused,
    ],
    [
      'customs-released',
      /(?:zwolnion|odprawion|zwrocon)[^.;]*?(?:z |przez )?(?:urzad|urzedu|sluzb|kontroli)? ?cel|zwolnienie (?:z|przez) (?:kontroli|odprawy|urzedu|sluzby)|przeszl[ao]? (?:kontrole|odprawe) celn|odprawa celna (?:zakonczona|zakończona)|zakonczono odprawe celna|po odprawie celnej|ocleni?|ocleniu/,
      L.customsReleased,
    ],
    ['export-customs', /odprawa (?:celna )?eksportow|eksport|wywoz/, L.exportCustoms],
    [
      'customs-pay',
      /(?:oplac|zaplac|uiszcz)[a-z]* (?:clo|cla|podat|vat|naleznosc|oplat)/,
      L.customsPayment,
    ],
    [
      'customs-payment',
      /(?:wymagana|konieczna|wymagan[ay]|niezbedna) (?:jest )?(?:doplata|oplata|platnosc)|doplat[aey]?[^.;]*?(?:cla|podatk|vat|naleznosc)|nalezy (?:oplacic|zaplacic|uiscic)|oplacen[^.;]*?(?:cla|podatk|naleznosci)|wymaga oplacenia|naleznosci celn|(?:clo|cła|podatek|vat|oplat|opłat|naleznosc|należność)[^.;]*?(?:zaplac|zapłac|uiszcz|do zaplaty|do zapłaty|oczekuj)|oczekuje na (?:oplate|opłatę|platnosc|płatność)|do zaplaty|do zapłaty/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /(?:dokument|informacj|faktur)[^.;]*?(?:cel|wymagan|brak)|cel[^.;]*?(?:dokument|informacj)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /wstrzyman[^.;]*?cel|(?:kontrol|odpraw)[^.;]*?cel[^.;]*?(?:zatrzyma|wstrzyma)|cel[^.;]*?(?:zatrzyma|wstrzyma)|zatrzyman[^.;]*?(?:cel|sluzb|służb)|(?:urzad|urząd|urzedzie|urzędzie|sluzb|służb)[^.;]*?cel[^.;]*?(?:zatrzyma|kontrol)/,
      L.customsHeld,
    ],
    [
      'import-customs',
      /odpraw[^.;]*?cel|cel(?:n|ne|na|nej|nego|nym)|urzad celny|urząd celny|urzedzie celnym|urzędzie celnym/,
      L.importCustoms,
    ],
    [
      'return-requested',
      /wniosek o zwrot|zlozono wniosek|zadanie zwrotu|(?:zlecono|zgloszono|zgłoszono) zwrot|prosba o zwrot|prośba o zwrot/,
      L.inTransit,
      GENERIC,
    ],
    [
      'refused',
      /nie przyjal|nie przyjela|nie przyjeto|odmow|odmów|odmowa przyjecia|odmowa przyjęcia|odmówił/,
      L.refused,
    ],
    [
      'unclaimed',
      /nie (?:zostala |zostal )?odebran|nieodebran|nie(?:podjet|podjęt| odebran)|uplynal termin odbioru|upłynął termin odbioru|termin odbioru (?:uplynal|upłynął|minal|minął)/,
      L.unclaimed,
    ],
    [
      'returned',
      /(?:zwrocon|zwrócon|doreczon|doręczon)[ao]? (?:do )?nadawc|odebrana przez nadawc|zwrot doreczony|zwrot doręczony/,
      L.returned,
    ],
    ['going-back', /\b(?:wraca|powraca|zawracana|odsylana|odsylamy)\b/, L.returning],
    [
      'returning',
      /powrotn|zwrot|zwracan|powrot do nadawcy|powrót do nadawcy|odeslan|odesłan/,
      L.returning,
    ],
    ['arrived-destination-early', /przyjecie[^.;]*?kraju przeznaczenia/, L.arrivedDest],
    ['misrouted-early', /bledn(?:ie|e) (?:skierowan|posortowan)/, L.misrouted],
    ['origin-sorting', /(?:sortowni|centrum)[a-z]* nadawcz/, L.originFacility],
    [
      'sender-dropoff',
      /placowce nadawczej|nadawczej|nadan[ao] w (?:paczkomacie|placowce|punkcie|oddziale)|odebran[ao][^.;]*?od (?:nadawcy|sprzedawcy)|przyjecie przesylki|przyjecie/,
      L.pickedUp,
    ],
    ['redirected', /przekierowan/, L.inTransit, GENERIC],
    [
      'ready-for-delivery',
      /przygotowan[ao] do doreczenia|gotowa do doreczenia|placowk[ia] doreczajac/,
      L.destFacility,
    ],
    [
      'collected-by-recipient',
      /odebran[ao] z (?:paczkomatu|automatu|punktu|placowki)|odebrano z (?:automatu|paczkomatu|punktu|placowki)|odebran[ao] (?:przez (?:adresata|odbiorce|odbiorcę|klienta)|w (?:paczkomacie|punkcie|placowce|placówce))|(?:adresat|odbiorca) odebral|(?:adresat|odbiorca) odebrał|wydano (?:adresatowi|odbiorcy)|doreczono w placowce|doręczono w placówce/,
      L.delivered,
    ],
    [
      'pickup-point',
      /gotowa do odbioru|(?:czeka|oczekuje) na (?:odbior|odbiór)|do odbioru w|w paczkomacie|paczkomat|punkt(?:cie)? odbioru|w placowce|w placówce|(?:umieszczon|dostarczon)[ao] (?:w|do) (?:paczkomatu|automatu|punktu)|mozesz odebrac|możesz odebrać/,
      L.pickupPoint,
    ],
    ['attempt-closed', /(?:firma|sklep|lokal) (?:byl |był )?zamknie/, L.failedClosed],
    [
      'attempt-address',
      /(?:proba|nie doreczon|nieudan)[^;]*?(?:bledny|niepelny|nieprawidlowy) adres|adres (?:nieznany|niepelny|bledny)[^;]*?(?:proba|nie doreczon|nieudan)|adresat nieznany/,
      L.failedAddress,
    ],
    [
      'address-problem',
      /(?:bledny|błędny|niepelny|niepełny|nieprawidlowy|nieprawidłowy|niepelny) adres|adres (?:nieznany|niepelny|niepełny|bledny|błędny)/,
      L.addressProblem,
    ],
    [
      'attempt-absent',
      /nieobecn|nie zastal|(?:nikogo|brak) (?:w domu|adresata)|adresat nieobecny/,
      L.failedAbsent,
    ],
    [
      'not-delivered',
      /\bnie (?:zostala |zostal |zostalo )?doreczon|\bnie(?: udalo| udało)? sie dore|\bnie doreczon|\bnie doręczon|\bniedoreczon|\bniedoręczon|\bnieudana (?:proba|próba)|(?:proba|próba) doreczenia|(?:proba|próba) doręczenia|awizo|awizowan|ponowne doreczenie|ponowne doręczenie/,
      L.failedAttempt,
    ],
    ['weather-early', /pogod|warunki atmosferyczne/, L.weather],
    ['delayed-early', /opozni|opóźni/, L.delayed],
    [
      'left-with-neighbour',
      /(?:przekazan|pozostawion|zostawion|doreczon|dostarczon)[aoy]? (?:do |u )?(?:sasiad|recepcj|portier|dozorc)|(?:pozostawion|zostawion)[aoy]? (?:w bezpiecznym miejscu|pod drzwiami|przy drzwiach|w wyznaczonym miejscu)/,
      L.delivered,
    ],
    [
      'to-last-mile',
      /do (?:doreczenia|dostarczenia|dostawy) przez (?!(?:naszego |naszych )?(?:kurier|listonosz|doreczyciel))[a-z]|przekazan[aoy]? (?:przesylke |paczke )?(?:firmie|operatorowi|przewoznikowi) (?:kurierskiej |kurierskiemu )?(?:inpost|dpd|dhl|gls|ups|fedex|pocztex|orlen)|przekazan[ao]? (?:do )?(?:inpost|dpd|dhl|gls|poczty polskiej)|(?:lokalnemu|lokalnego) (?:przewoznik|operator|kurier)[a-z]*|(?:przewoznik|operator|kurier)(?:owi|a) lokaln(?:emu|ego)|w celu doreczenia|przekazan[ao] (?:do )?(?:operatora|przewoznika|przewoźnika|partnera|poczty) (?:lokalnego|w kraju|doreczajacego|doręczającego)|nowy numer (?:przesylki|przesyłki|sledzenia|śledzenia)/,
      L.lastMile,
    ],
    [
      'ofd-courier',
      /wydan[aoy]? (?:kurierowi|listonoszowi|doreczycielowi)|(?:kurier|listonosz|doreczyciel)[^.;]{0,20}?(?:w drodze|wyjechal|wiezie)/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /(?:dostarczy|doreczy)[a-z]*\b[^.;]*?\bdzis|kurier dorecza|dorecza\b|wydanie[^.;]*?(?:kurierowi|doreczycielowi|do doreczenia)|doreczanie|wydan[ao] do doreczenia|wydan[ao] do doręczenia|w doreczeniu|w doręczeniu|przekazan[ao] (?:kurierowi|do doreczenia|do doręczenia|listonoszowi)|kurier (?:jest )?w drodze|w drodze do (?:ciebie|odbiorcy)|zostanie dzis|zostanie dziś|(?:w )?trakcie doreczenia|(?:w )?trakcie doręczenia/,
      L.outForDelivery,
    ],
    // Due today is the day's round (docs/labeling.md), even when only expected.
    // "Została dziś doręczona": done today, not due today.
    [
      'delivered-today',
      /\bzostal[aoy]?\b[^.;]{0,20}?\bdzis(?:iaj)?\b[^.;]{0,20}?(?:doreczon|dostarczon|wydan)|\bdzis(?:iaj)?\b[^.;]{0,20}?\bzostal[aoy]? (?:doreczon|dostarczon|wydan)/,
      L.delivered,
    ],
    [
      'due-today',
      /\bdzis(?:iaj)?\b[^.;]{0,30}?(?:dorecz|dostarcz|dostaw)|(?:dorecz|dostarcz|dostaw)[^.;]{0,30}?\bdzis(?:iaj)?\b|(?:dorecz|dostarcz)[^.;]{0,30}?w ciagu (?:dzisiejszego )?dnia/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /(?:dostarczy|doreczy)(?:my)?\b|zostanie doreczon|zostanie doręczon|planowan[ay] (?:termin|dostaw|data|doreczeni)|przewidywan[ay] (?:data|termin)|przewidywan|(?:doreczenie|dostawa|dostarczenie)[^;]{0,20}?(?:zaplanowan|planowan|przewidzian)|(?:zaplanowan|planowan|przewidzian)[a-z]* (?:doreczeni|dostaw|dostarczeni)/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /(?:przyjet|przyjęt|dotarl|dotarł)[ao]? (?:w|do) (?:urzedzie|urzędzie|placowce|placówce|urzedu|urzędu) (?:pocztowym|pocztowego|doreczajac|doręczając)|urzad doreczajacy|urząd doręczający|placowka doreczajaca|placówka doręczająca|w oddziale doreczajacym|w oddziale doręczającym/,
      L.destFacility,
    ],
    ['delivered', /doreczon|doręczon|dostarczon|doreczono|doręczono/, L.delivered],
    ['prohibited', /litow|litu\b|zabronion|zakazan|niedozwolon|niebezpieczn/, L.prohibited],
    ['destroyed', /zniszczon|utylizac/, L.destroyed],
    ['damaged', /uszkodz/, L.damaged],
    ['lost', /zagin|odnalezc|postepowanie wyjasniajace|zagubion|zaginion|utracon/, L.lost],
    ['cancelled', /anulowan/, L.cancelled],
    ['weather', /pogod|warunki atmosferyczne|sniezyc|śnieżyc/, L.weather],
    [
      'misrouted',
      /bledn[ie]e? (?:skierowan|posortowan)|błędn[ie]e? (?:skierowan|posortowan)/,
      L.misrouted,
    ],
    ['delayed', /opozni|opóźni/, L.delayed],
    ['toward-destination', /lotnisko tranzytowe|w drodze do kraju przeznaczenia/, L.intlTransit],
    ['transit-hub', /tranzytow/, L.transitHub],
    [
      'arrived-destination',
      /(?:przybyla|przybyła|dotarla|dotarła|przyjeta|przyjęta) (?:do|w) (?:polski|polsce|kraju (?:przeznaczenia|docelowym))|kraj(?:u)? przeznaczenia|przywoz|przywóz|wymiany miedzynarodowej|wymiany międzynarodowej/,
      L.arrivedDest,
    ],
    [
      'departed-origin',
      /przewoznik(?:owi|a)? lotnicz|wystartowal|wyslanie[^.;]*?z kraju nadania|(?:wyslan|wysłan|opuscil|opuścił)[ao]? (?:z )?kraj(?:u)? nadania|kraj nadania|za granice|za granicę/,
      L.departedOrigin,
    ],
    ['international-transit', /\blot\b|lotnisk|miedzynarodow|międzynarodow/, L.intlTransit],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:czeka|oczekuje|oczekiwanie)\b[^.;]{0,40}?\b(?:sprzedawc|nadawc|sklep)|\b(?:sprzedawc|nadawc|sklep)[^.;]{0,30}?(?:jeszcze nie|nadal nie|nie nadal)|(?:jeszcze nie|nadal nie|nie nadal)\b[^.;]{0,30}?\b(?:sprzedawc|nadawc|sklep)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /oczekuje na nadanie|dane przesylki|etykiet|spakowal|utworzyl|informacje o przesylce|czekamy na paczke|(?:dane|informacje) (?:o )?przesylk|(?:dane|informacje) (?:o )?przesyłk|przygotowan[ao] przez nadawc|utworzon|zarejestrowan|oczekuje na nadanie|etykieta/,
      L.infoReceived,
    ],
    [
      'picked-up',
      /przyjecie|nadan[ao]|nadanie|przyjet[ao] (?:przez|w|do)|przyjęt[ao] (?:przez|w|do)|odebran[ao] od nadawcy|(?:kurier|przewoznik|przewoźnik) odebral|(?:kurier|przewoznik|przewoźnik) odebrał/,
      L.pickedUp,
    ],
    ['expired', /sledzenie zakonczone|brak nowych informacji/, L.expired],
    [
      'arrived-facility',
      /(?:przybyl|dotarl|przyjet|wplynel)[aoy]? (?:do|w) (?:placowk|oddzial|sortowni|urzed|punkt|centrum|magazyn)/,
      'facility',
    ],
    [
      'dest-facility',
      /(?:oddzial|oddział|sortowni|centrum)[^.;]*?(?:doreczen|doręczen|docelow)/,
      L.destFacility,
    ],
    [
      'facility',
      /wezl?e?a?\b|wezel|ekspedycyjno|sortowni|sortowan|oddzial|oddział|centrum logistyczn|centrum dystrybucyjn|terminal|magazyn/,
      'facility',
    ],
    [
      'transit-generic',
      /w drodze|w transporcie|wyslan|wysłan|przekazan|w trakcie|tranzyt|przemieszcz/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
