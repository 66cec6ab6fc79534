/**
 * @module web/i18n/pl
 * Teksty interfejsu po polsku.
 */
import { pl as operator } from './operator/pl.js';
import { pl as track } from './track/pl.js';
import type { UiStrings } from './types.js';

export const pl: UiStrings = {
  languageName: 'Polski',
  skipToContent: 'Przejdź do treści',
  navLabel: 'Główne menu',
  languageLabel: 'Język',
  nav: {
    track: 'Śledź',
    carriers: 'Przewoźnicy',
    statuses: 'Statusy',
    contacts: 'Kontakty',
    api: 'API',
  },
  footer: 'Trackline pokazuje, co podają przewoźnicy, i mówi, które źródło to podało.',

  home: {
    title: 'Śledź przesyłkę',
    searchTitle: (q) => `Wyszukiwanie: ${q}`,
    description:
      'Wklej jeden numer przesyłki albo czterdzieści: zobacz, który przewoźnik ją ma i co to znaczy.',
    heading: 'Gdzie jest moja paczka?',
    label: 'Numer przesyłki — albo kilka, każdy w osobnym wierszu',
    find: 'Szukaj',
    youPasted: 'Wklejono',
    trackThis: 'Śledź tę przesyłkę',
    demoHeading: 'Przesyłki demonstracyjne',
    demoNote:
      'Pochodzą z wbudowanego symulatora Trackline, a nie od prawdziwego przewoźnika. Przesuwają się wraz z upływem symulowanego czasu.',
    notRecognised: 'Nie rozpoznajemy tego jako numeru przesyłki żadnego znanego przewoźnika.',
    didYouMean: 'Czy chodziło o',
    confidenceTitle: 'Na ile jesteśmy pewni',
    checksum: {
      valid: 'cyfra kontrolna poprawna',
      invalid: 'cyfra kontrolna błędna',
      none: 'ten format nie ma cyfry kontrolnej',
    },
    tooMany: (n, max) => `Wklejono numerów: ${n}; pokazujemy pierwsze ${max}.`,
    lookalike: {
      aliexpress_order:
        'To numer zamówienia AliExpress: oznacza zakup, nie paczkę. Otwórz zamówienie w Moich zamówieniach, potem Śledź zamówienie, i skopiuj numer przesyłki, gdy sprzedawca ją nada.',
      alibaba_order:
        'To wygląda na numer zamówienia Alibaba.com, czyli umowy z dostawcą. Poproś dostawcę o przewoźnika i numer przesyłki albo zajrzyj do sekcji wysyłki w zamówieniu.',
      shop_order:
        'To identyfikator zamówienia ze sklepu, a nie numer przewoźnika. Szczegóły wysyłki na stronie sklepu podają przewoźnika i numer.',
      phone: 'To numer telefonu. Wklej zamiast niego numer przesyłki z powiadomienia o wysyłce.',
      date: 'To data. Wklej sam numer przesyłki, zwykle litery i cyfry, np. LP… lub RB…CN.',
      price: 'To kwota. Wklej numer przesyłki z zamówienia lub e-maila o wysyłce.',
      email: 'To adres e-mail. Wklej numer przesyłki albo cały e-mail o wysyłce, a znajdziemy go.',
      postal_code: 'To kod pocztowy. Wklej numer przesyłki; miejsce docelowe poda przewoźnik.',
    },
    live: {
      wrong: 'cyfra kontrolna błędna',
      order: 'wygląda na numer zamówienia, nie przesyłki',
      phone: 'wygląda na numer telefonu',
      unknown: 'nie rozpoznano',
    },
  },

  error: {
    notFoundTitle: 'Nie znaleziono',
    errorTitle: 'Błąd',
    notFoundHeading: 'Nic tu nie ma',
    errorHeading: 'Coś poszło nie tak',
    notFoundMessage: (path) => `Pod adresem ${path} nie ma strony.`,
    code: 'Kod',
    back: 'Wróć do wyszukiwania',
  },

  carriers: {
    title: 'Przewoźnicy',
    intro:
      'Wszyscy przewoźnicy, których rozpoznaje Trackline, z formatami numerów i danymi kontaktowymi.',
    searchLabel: 'Znajdź przewoźnika po nazwie, identyfikatorze lub kraju',
    search: 'Szukaj',
    count: (n) => `Przewoźników: ${n}`,
    noMatch: 'Żaden przewoźnik nie pasuje do wyszukiwania.',
    kinds: {
      origin_consolidator: 'Nadawcy z Chin',
      postal_operator: 'Operatorzy pocztowi',
      express: 'Firmy kurierskie ekspresowe',
      last_mile: 'Lokalne firmy doręczeniowe',
      aggregator: 'Agregatory śledzenia',
    },
    country: 'Kraj',
    kind: 'Rodzaj',
    worldwide: 'Cały świat',
    formats: 'Formaty numerów',
    format: 'Format',
    examples: 'Przykłady',
    checkDigit: 'Cyfra kontrolna',
    yes: 'tak',
    no: 'nie',
    noFormats: 'Nie znamy jeszcze formatu numerów tego przewoźnika.',
    contact: 'Kontakt',
    phone: 'Telefon',
    email: 'E-mail',
    noContact: 'Brak telefonu i adresu e-mail.',
    officialTracking: 'Oficjalna strona śledzenia',
    website: 'Strona internetowa',
    external: '(strona zewnętrzna)',
    sources: 'Które źródło go tu obsługuje',
    noSource: 'Nie skonfigurowano jeszcze żadnego źródła.',
    source: 'Źródło',
    why: 'Dlaczego to źródło',
    status: 'Stan',
    via: {
      carrier: 'własny serwis śledzenia przewoźnika',
      aggregator: 'serwis śledzenia obsługujący większość przewoźników',
      'china-origin': 'Cainiao, które śledzi przesyłki wysyłane z Chin',
      demo: 'wbudowany symulator (dane demonstracyjne)',
    },
    health: {
      healthy: 'Działa normalnie',
      trouble: 'Obecnie ma problemy',
      unknown: 'Brak zapisanych sprawdzeń',
    },
    lastSuccess: (when) => `Ostatnie udane sprawdzenie: ${when}`,
    typicalTimes: 'Typowe czasy',
    days: (range) => `${range} dni`,
    businessDays: (range) => `${range} dni roboczych`,
    published: 'Opublikowane dane',
    observedHere: 'Zaobserwowane tutaj',
    seedService: (method, days) =>
      `${days} od pierwszego skanu do doręczenia według opublikowanych poradników dla ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Poradniki nie podają czasu dla ${method}; w kategorii „${serviceClass}” przesyłka idzie zwykle ${days}.`,
    noSeed: 'Opublikowane poradniki nie podają czasu doręczenia dla tego przewoźnika.',
    observed: (count, median, p90) =>
      `Doręczone tutaj: ${count}. Połowa dotarła w ciągu ${median}, dziewięć na dziesięć w ciągu ${p90}.`,
    tooFewObserved: (min) =>
      `Własne dane pokażemy, gdy doręczymy tu co najmniej ${min} jego przesyłek.`,
    s10: (country) => `Nadaje międzynarodowe numery pocztowe (UPU S10) dla kraju: ${country}.`,
    back: 'Wszyscy przewoźnicy',
  },

  statuses: {
    title: 'Słownik statusów',
    intro:
      'Każde słowo, którego Trackline używa dla przesyłki lub zamówienia, i co ono dla ciebie znaczy.',
    status: 'Statusy',
    milestone: 'Etapy',
    reason: 'Przyczyny',
    order: 'Statusy zamówienia',
    statusIntro: 'Na jakim etapie jest teraz przesyłka.',
    milestoneIntro: 'Jaką część drogi już pokonała, po kolei.',
    reasonIntro: 'Dlaczego coś poszło nie tak albo wymaga uwagi.',
    orderIntro: 'Co sklep mówi o zamówieniu, niezależnie od przesyłki.',
    normal: { yes: 'Normalny etap', usually: 'Zwykle normalne', no: 'Wymaga uwagi' },
  },

  contacts: {
    title: 'Kontakty według kraju',
    intro: 'Poczta i urzędy celne, do których warto zadzwonić, gdy paczka utknęła w twoim kraju.',
    postOffice: 'Poczta',
    customs: 'Urząd celny',
    none: 'Brak numeru.',
    missing: 'Lista kontaktów jest teraz niedostępna.',
  },

  retailer: {
    title: (name) => `${name}: śledzenie i dostawa`,
    description: (name) =>
      `Gdzie znaleźć numer przesyłki ${name}, ile trwa dostawa i co oznacza każdy status.`,
    facts: 'O firmie',
    founded: 'Założona',
    headquarters: 'Siedziba',
    parent: 'Spółka matka',
    countries: 'Dostarcza do',
    countriesCount: (n) => `ponad ${n} krajów i terytoriów`,
    users: 'Aktywni użytkownicy miesięcznie',
    employees: 'Pracownicy',
    typicalDelivery: 'Typowa dostawa',
    findNumber: 'Gdzie znaleźć numer przesyłki',
    methods: 'Metody wysyłki i typowe czasy',
    method: 'Metoda',
    typical: 'Typowy czas',
    observed: 'Zmierzone u nas',
    days: (min, max) => `${min}–${max} dni`,
    businessDays: (min, max) => `${min}–${max} dni roboczych`,
    exactDays: (d) => `${d} dni`,
    statuses: 'Statusy, które zobaczysz',
    statusesIntro: 'Sklep pokazuje te słowa (tu po angielsku); obok wyjaśniamy, co znaczą.',
    retailerSays: 'Sklep pisze',
    ourWords: 'Nasz termin',
    meaning: 'Co to znaczy',
    channels: 'Jak się z nimi skontaktować',
    faq: 'Częste pytania',
    sourceNote:
      'Liczby pochodzą z opublikowanych materiałów pomocy; mogą się zmienić i nie są obietnicą.',
  },

  api: {
    title: 'API',
    intro:
      'Dane każdej strony są dostępne także w JSON. Dokument OpenAPI 3.1 opisuje każdą ścieżkę.',
    document: 'Dokument OpenAPI',
    parameters: 'Parametry',
    responses: 'Odpowiedzi',
    required: 'wymagany',
  },

  track,

  operator,
};
