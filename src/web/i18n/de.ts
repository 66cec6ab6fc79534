/**
 * @module web/i18n/de
 * Oberflächentexte auf Deutsch.
 */
import { de as operator } from './operator/de.js';
import { de as track } from './track/de.js';
import type { UiStrings } from './types.js';

export const de: UiStrings = {
  languageName: 'Deutsch',
  skipToContent: 'Zum Inhalt springen',
  navLabel: 'Hauptmenü',
  languageLabel: 'Sprache',
  nav: {
    track: 'Verfolgen',
    carriers: 'Versanddienste',
    statuses: 'Status',
    contacts: 'Kontakte',
    api: 'API',
  },
  footer:
    'Trackline zeigt, was die Versanddienste melden, und sagt, welche Quelle es gemeldet hat.',

  home: {
    title: 'Sendung verfolgen',
    searchTitle: (q) => `Suche: ${q}`,
    description:
      'Eine Sendungsnummer einfügen oder vierzig: sehen, welcher Versanddienst sie hat und was das heißt.',
    heading: 'Wo ist mein Paket?',
    label: 'Sendungsnummer — oder mehrere, eine pro Zeile',
    find: 'Suchen',
    youPasted: 'Eingefügt',
    trackThis: 'Diese Sendung verfolgen',
    demoHeading: 'Demo-Sendungen',
    demoNote:
      'Sie stammen aus dem eingebauten Simulator von Trackline, nicht von einem echten Versanddienst, und bewegen sich mit der simulierten Zeit.',
    notRecognised: 'Wir erkennen das bei keinem uns bekannten Versanddienst als Sendungsnummer.',
    didYouMean: 'Meinten Sie',
    confidenceTitle: 'Wie sicher wir sind',
    checksum: {
      valid: 'Prüfziffer stimmt',
      invalid: 'Prüfziffer falsch',
      none: 'dieses Format hat keine Prüfziffer',
    },
    tooMany: (n, max) => `Sie haben ${n} Nummern eingefügt; wir zeigen die ersten ${max}.`,
    lookalike: {
      aliexpress_order:
        'Das ist eine AliExpress-Bestellnummer: Sie bezeichnet Ihren Kauf, nicht das Paket. Öffnen Sie die Bestellung unter „Meine Bestellungen“, dann „Sendung verfolgen“, und kopieren Sie die Sendungsnummer, sobald der Händler versendet hat.',
      alibaba_order:
        'Das sieht nach einer Alibaba.com-Bestellnummer aus, dem Geschäft mit Ihrem Lieferanten. Fragen Sie ihn nach Versanddienst und Sendungsnummer oder sehen Sie im Versandteil der Bestellung nach.',
      shop_order:
        'Das ist eine Bestellkennung eines Shops, keine Sendungsnummer. Die Versanddetails auf der Shopseite nennen Versanddienst und Nummer.',
      phone:
        'Das ist eine Telefonnummer. Fügen Sie stattdessen die Sendungsnummer aus der Versandmitteilung ein.',
      date: 'Das ist ein Datum. Fügen Sie die Sendungsnummer selbst ein, meist Buchstaben und Ziffern wie LP… oder RB…CN.',
      price:
        'Das ist ein Geldbetrag. Fügen Sie die Sendungsnummer aus der Bestellung oder der Versand-E-Mail ein.',
      email:
        'Das ist eine E-Mail-Adresse. Fügen Sie die Sendungsnummer ein – oder die ganze Versand-E-Mail, dann finden wir sie.',
      postal_code:
        'Das ist eine Postleitzahl. Fügen Sie die Sendungsnummer ein; das Ziel meldet der Versanddienst.',
    },
    live: {
      wrong: 'Prüfziffer falsch',
      order: 'sieht nach Bestellnummer aus, nicht nach Sendungsnummer',
      phone: 'sieht nach Telefonnummer aus',
      unknown: 'nicht erkannt',
    },
  },

  error: {
    notFoundTitle: 'Nicht gefunden',
    errorTitle: 'Fehler',
    notFoundHeading: 'Hier ist nichts',
    errorHeading: 'Das hat nicht geklappt',
    notFoundMessage: (path) => `Unter ${path} gibt es keine Seite.`,
    code: 'Code',
    back: 'Zurück zur Suche',
  },

  carriers: {
    title: 'Versanddienste',
    intro:
      'Alle Versanddienste, die Trackline erkennt, mit ihren Nummernformaten und Kontaktwegen.',
    searchLabel: 'Versanddienst nach Name, Kennung oder Land suchen',
    search: 'Suchen',
    count: (n) => `Angezeigte Versanddienste: ${n}`,
    noMatch: 'Kein Versanddienst passt zu dieser Suche.',
    kinds: {
      origin_consolidator: 'Versender ab China',
      postal_operator: 'Postunternehmen',
      express: 'Expressdienste',
      last_mile: 'Lokale Zustelldienste',
      aggregator: 'Tracking-Aggregatoren',
    },
    country: 'Land',
    kind: 'Art',
    worldwide: 'Weltweit',
    formats: 'Nummernformate',
    format: 'Format',
    examples: 'Beispiele',
    checkDigit: 'Prüfziffer',
    yes: 'ja',
    no: 'nein',
    noFormats: 'Das Nummernformat dieses Versanddienstes kennen wir noch nicht.',
    contact: 'Kontakt',
    phone: 'Telefon',
    email: 'E-Mail',
    noContact: 'Keine Telefonnummer oder E-Mail hinterlegt.',
    officialTracking: 'Offizielle Sendungsverfolgung',
    website: 'Website',
    external: '(externe Seite)',
    sources: 'Welche Quelle ihn hier verfolgt',
    noSource: 'Noch keine Quelle eingerichtet.',
    source: 'Quelle',
    why: 'Warum diese Quelle',
    status: 'Zustand',
    via: {
      carrier: 'der eigene Sendungsverfolgungsdienst des Versanddienstes',
      aggregator: 'ein Verfolgungsdienst, der die meisten Versanddienste abdeckt',
      'china-origin': 'Cainiao, das Sendungen aus China verfolgt',
      demo: 'der eingebaute Simulator (Demodaten)',
    },
    health: {
      healthy: 'Läuft normal',
      trouble: 'Hat gerade Probleme',
      unknown: 'Noch keine Abfrage aufgezeichnet',
    },
    lastSuccess: (when) => `Letzte erfolgreiche Abfrage: ${when}`,
    typicalTimes: 'Übliche Laufzeiten',
    days: (range) => `${range} Tage`,
    businessDays: (range) => `${range} Werktage`,
    published: 'Veröffentlichte Angaben',
    observedHere: 'Hier beobachtet',
    seedService: (method, days) =>
      `${days} vom ersten Scan bis zur Zustellung, laut veröffentlichten Ratgebern für ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Für ${method} nennen die Ratgeber keine Zahl; in der Kategorie „${serviceClass}“ dauert es meist ${days}.`,
    noSeed: 'Veröffentlichte Ratgeber nennen für diesen Versanddienst keine Laufzeit.',
    observed: (count, median, p90) =>
      `${count} hier zugestellte Sendungen: die Hälfte kam in höchstens ${median} an, neun von zehn in höchstens ${p90}.`,
    tooFewObserved: (min) =>
      `Eigene Zahlen erscheinen, sobald hier mindestens ${min} seiner Sendungen zugestellt wurden.`,
    s10: (country) => `Vergibt internationale Postnummern (UPU S10) für: ${country}.`,
    back: 'Alle Versanddienste',
  },

  statuses: {
    title: 'Statuslexikon',
    intro:
      'Jedes Wort, das Trackline für eine Sendung oder Bestellung verwendet, und was es für Sie bedeutet.',
    status: 'Status',
    milestone: 'Etappen',
    reason: 'Gründe',
    order: 'Bestellstatus',
    statusIntro: 'Wo die Sendung gerade steht.',
    milestoneIntro: 'Wie weit die Reise ist, der Reihe nach.',
    reasonIntro: 'Warum etwas schiefgelaufen ist oder Aufmerksamkeit braucht.',
    orderIntro: 'Was der Shop über Ihre Bestellung sagt, getrennt von der Sendung.',
    normal: { yes: 'Normale Etappe', usually: 'Meist normal', no: 'Braucht Aufmerksamkeit' },
  },

  contacts: {
    title: 'Kontakte nach Land',
    intro: 'Post und Zoll, die Sie anrufen können, wenn ein Paket in Ihrem Land festhängt.',
    postOffice: 'Post',
    customs: 'Zoll',
    none: 'Keine Nummer hinterlegt.',
    missing: 'Die Kontaktliste ist gerade nicht verfügbar.',
  },

  retailer: {
    title: (name) => `${name}: Sendungsverfolgung und Lieferung`,
    description: (name) =>
      `Wo Sie Ihre ${name}-Sendungsnummer finden, wie lange die Lieferung dauert und was jeder Status bedeutet.`,
    facts: 'Das Unternehmen',
    founded: 'Gegründet',
    headquarters: 'Hauptsitz',
    parent: 'Muttergesellschaft',
    countries: 'Liefert in',
    countriesCount: (n) => `mehr als ${n} Länder und Gebiete`,
    users: 'Monatlich aktive Nutzer',
    employees: 'Beschäftigte',
    typicalDelivery: 'Übliche Lieferzeit',
    findNumber: 'Wo die Sendungsnummer steht',
    methods: 'Versandarten und übliche Laufzeiten',
    method: 'Versandart',
    typical: 'Übliche Laufzeit',
    observed: 'Hier gemessen',
    days: (min, max) => `${min}–${max} Tage`,
    businessDays: (min, max) => `${min}–${max} Werktage`,
    exactDays: (d) => `${d} Tage`,
    statuses: 'Status, die Sie sehen werden',
    statusesIntro: 'Der Shop zeigt diese Wörter (hier auf Englisch); daneben, was sie bedeuten.',
    retailerSays: 'Der Shop schreibt',
    ourWords: 'Unser Begriff',
    meaning: 'Was es bedeutet',
    channels: 'So erreichen Sie sie',
    faq: 'Häufige Fragen',
    sourceNote:
      'Zahlen aus veröffentlichten Hilfeseiten; sie können sich ändern und sind kein Versprechen.',
  },

  api: {
    title: 'API',
    intro:
      'Die Daten jeder Seite gibt es auch als JSON. Das OpenAPI-3.1-Dokument beschreibt jede Route.',
    document: 'OpenAPI-Dokument',
    parameters: 'Parameter',
    responses: 'Antworten',
    required: 'erforderlich',
  },

  track,

  operator,
};
