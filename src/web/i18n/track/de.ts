/**
 * @module web/i18n/track/de
 * Die Wörter der Sendungsverfolgung, auf Deutsch.
 */
import type { TrackStrings } from './types.js';

export const de: TrackStrings = {
  title: (n) => `Sendung ${n}`,
  description: 'Wo die Sendung ist, was das bedeutet und was jetzt zu tun ist.',
  demo: 'Demodaten: Diese Sendung stammt aus dem eingebauten Simulator, nicht von einem echten Zusteller.',
  demoBadge: 'Demo',
  statusHeading: 'Wo sie gerade ist',
  reason: 'Grund',
  progressHeading: 'Fortschritt',
  step: { done: 'erledigt', current: 'aktueller Schritt', todo: 'steht noch aus' },
  interrupted: 'Der Weg wurde unterbrochen: Siehe die Hinweise unten.',

  etaHeading: 'Wann sie ankommen sollte',
  window: (a, b) => `Zwischen ${a} und ${b}`,
  likely: (d) => `am wahrscheinlichsten um den ${d}`,
  confidence: { high: 'recht sicher', medium: 'ein Richtwert', low: 'eine grobe Schätzung' },
  basisTitle: 'Grundlage',
  basis: {
    lane: (w) =>
      `${w.count} zugestellte Sendungen von ${w.from} nach ${w.to}${w.service ? ` per ${w.service}` : ''}${w.lastMile ? `, letzte Meile durch ${w.lastMile}` : ''}${w.windowDays ? ` in den letzten ${w.windowDays} Tagen` : ''}.`,
    priorService: (w) => `Übliche Laufzeit von ${w.service}: ${w.min} bis ${w.max} Tage.`,
    priorClass: (w) => `Übliche Laufzeit für ${w.service} (${w.min} bis ${w.max} Tage).`,
    priorUnknown: (w) =>
      `Übliche Laufzeit eines Postpakets aus ${w.from} (${w.min} bis ${w.max} Tage); die Versandart ist unbekannt.`,
    source:
      'Die Schätzung des Zustellers selbst: Wir wissen zu wenig über diese Sendung für eine eigene.',
    overdue:
      'Sie ist in dieser Phase schon langsamer als die meisten; das Zeitfenster ist daher grob.',
  },
  classes: {
    economy: 'Sparversand',
    standard: 'Standardversand',
    premium: 'Premiumversand',
    express: 'Expresskurier',
    local: 'Versand aus einem lokalen Lager',
  },
  sourceEstimate: 'Laut Zusteller',
  noEta: 'Noch keine Schätzung: Dafür brauchen wir den ersten Scan.',
  daysInTransit: (d) => `${d} Tage unterwegs`,
  deliveredOn: (d) => `Zugestellt am ${d}`,

  adviceHeading: 'Ist das normal? Was tun',
  level: { fine: 'Alles normal', watch: 'Im Auge behalten', act: 'Jetzt handeln' },
  actions: 'Was zu tun ist',
  deadlines: 'Wichtige Termine',
  daysLeft: (n, f) =>
    n > 0 ? `noch ${f} Tage` : n === 0 ? 'heute' : `seit ${f.replace('-', '')} Tagen vorbei`,
  templates: 'Nachrichten zum Versenden',
  subject: 'Betreff',
  copy: 'Kopieren',
  copied: 'Kopiert',
  contacts: 'Ansprechpartner',
  zoneAssumed: 'Die Termine werden in UTC gezählt, weil wir Ihre Zeitzone nicht kennen.',

  timelineHeading: 'Alle Scans, neueste zuerst',
  noEvents: 'Noch kein Scan.',
  ourLabel: 'Unsere Deutung',
  unclassified: 'nicht eingeordnet: Wir zeigen nur die Worte des Zustellers',
  reportedBy: (s, n) => `gemeldet von ${s} für ${n}`,
  anomaly: 'Wirkt falsch',
  anomaliesHeading: 'Was falsch wirkt',
  anomalies: {
    after_delivered: 'Nach der Zustellung kam noch ein Scan; für den Status ignorieren wir ihn.',
    after_returned:
      'Nach der Rücksendung an den Absender kam noch ein Scan; für den Status ignorieren wir ihn.',
    return_after_delivery:
      'Nach einer Zustellung wurde eine Rücksendung gemeldet: Der Zustellscan könnte falsch sein.',
    delivered_wrong_country:
      'Eine Zustellung wurde in einem anderen Land gemeldet; wir ignorieren sie.',
    impossible_speed:
      'Zwei Scans liegen für die Zeit dazwischen zu weit auseinander; einer ist wohl falsch.',
  },

  legsHeading: 'Nummern dieser Sendung',
  roles: {
    origin: 'in China / beim Versand',
    international: 'international',
    last_mile: 'Zustellung vor Ort',
    alias: 'auch bekannt als',
  },
  carrierHeading: 'Zusteller',
  phone: 'Telefon',
  email: 'E-Mail',
  official: 'Offizielle Sendungsverfolgung',
  noSource:
    'Für diesen Zusteller ist hier keine Quelle eingerichtet; seine eigene Seite hat die Neuigkeiten.',

  routeHeading: 'Route',
  routeLabel: (p) => `Durchlaufene Orte der Reihe nach: ${p}`,
  routeUnknown: 'Die Scans nennen noch keinen Ort.',
  hereNow: 'zuletzt',

  checksHeading: 'Abfragen',
  lastChecked: 'Zuletzt geprüft',
  nextCheck: 'Nächste Prüfung',
  notYet: 'noch nicht',
  refresh: 'Jetzt prüfen',
  refreshed: 'Gerade eben geprüft.',
  tooSoonTitle: 'Zu früh',
  tooSoon: (w) =>
    `Wir haben diese Sendung gerade erst geprüft. Bitte versuchen Sie es in ${w} erneut.`,
  back: 'Zurück zur Sendung',
  live: 'Diese Seite aktualisiert sich selbst, solange sie geöffnet ist.',

  notFound: {
    title: 'Noch nicht gefunden',
    heading: 'Noch kein Zusteller hat Neuigkeiten zu dieser Nummer',
    intro: 'Das ist häufig und meist kein Problem. Es gibt drei übliche Gründe.',
    reasonsHeading: 'Warum',
    reasons: [
      {
        title: 'Sie ist zu neu',
        text: 'Der erste Scan erscheint oft 24 bis 72 Stunden, nachdem der Verkäufer die Nummer erstellt hat.',
      },
      {
        title: 'Ein Tippfehler',
        text: 'Ein falsches oder fehlendes Zeichen ergibt eine Nummer, die niemand kennt. Vergleichen Sie sie mit der Bestellung.',
      },
      {
        title: 'Ein technisches Problem',
        text: 'Das System des Zustellers kann eine Weile langsam sein oder ausfallen. Versuchen Sie es später.',
      },
    ],
    whatHeading: 'Was tun',
    what: [
      'Prüfen Sie die Nummer Zeichen für Zeichen mit der Bestellseite oder der Versand-E-Mail.',
      'Warten Sie bis zu drei Tage nach dem Versand; wir prüfen weiter für Sie.',
      'Danach immer noch nichts: Fragen Sie den Verkäufer nach dem Zusteller und einer funktionierenden Nummer.',
    ],
    didYouMean: 'Meinten Sie',
    orderHeading: 'Das ist eine Bestellnummer, keine Sendungsnummer',
    notNumberHeading: 'Das ist keine Sendungsnummer',
    notNumber: 'Wir erkennen darin keine Nummer eines uns bekannten Zustellers.',
  },

  multi: {
    title: 'Ihre Sendungen',
    heading: (n) => `${n} Sendungen`,
    error: 'Keine Sendungsnummer',
    empty: 'Keine Nummer angegeben. Fügen Sie auf der Suchseite eine oder mehrere ein.',
  },
};
