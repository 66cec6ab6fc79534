/**
 * @module web/i18n/track/pl
 * Słowa stron śledzenia, po polsku.
 */
import type { TrackStrings } from './types.js';

export const pl: TrackStrings = {
  title: (n) => `Przesyłka ${n}`,
  description: 'Gdzie jest przesyłka, co to znaczy i co zrobić dalej.',
  demo: 'Dane demonstracyjne: ta przesyłka pochodzi z wbudowanego symulatora, nie od prawdziwego przewoźnika.',
  demoBadge: 'demo',
  statusHeading: 'Gdzie jest teraz',
  reason: 'Dlaczego',
  progressHeading: 'Postęp',
  step: { done: 'zrobione', current: 'bieżący etap', todo: 'jeszcze przed nami' },
  interrupted: 'Podróż została przerwana: zobacz porady poniżej.',

  etaHeading: 'Kiedy powinna dotrzeć',
  window: (a, b) => `Między ${a} a ${b}`,
  likely: (d) => `najpewniej około ${d}`,
  confidence: { high: 'dość pewne', medium: 'orientacyjnie', low: 'szeroki szacunek' },
  basisTitle: 'Na podstawie',
  basis: {
    lane: (w) =>
      `Przesyłki doręczone z kraju ${w.from} do kraju ${w.to}${w.service ? ` (${w.service})` : ''}${w.lastMile ? `, ostatnia mila: ${w.lastMile}` : ''}${w.windowDays ? ` w ostatnich ${w.windowDays} dniach` : ''}: ${w.count}.`,
    priorService: (w) => `Zwykły czas dla ${w.service}: od ${w.min} do ${w.max} dni.`,
    priorClass: (w) => `Zwykły czas dla usługi „${w.service}” (od ${w.min} do ${w.max} dni).`,
    priorUnknown: (w) =>
      `Zwykły czas paczki nadanej pocztą z kraju ${w.from} (od ${w.min} do ${w.max} dni); sposób wysyłki jest nieznany.`,
    source: 'Szacunek samego przewoźnika: wiemy o tej przesyłce za mało, by podać własny.',
    overdue:
      'Jest już wolniejsza niż większość na tym etapie, więc traktuj przedział orientacyjnie.',
  },
  classes: {
    economy: 'wysyłka ekonomiczna',
    standard: 'wysyłka standardowa',
    premium: 'wysyłka premium',
    express: 'kurier ekspresowy',
    local: 'wysyłka z lokalnego magazynu',
  },
  sourceEstimate: 'Przewoźnik podaje',
  noEta: 'Na razie brak szacunku: potrzebny jest pierwszy skan.',
  daysInTransit: (d) => `W drodze od ${d} dni`,
  deliveredOn: (d) => `Doręczono ${d}`,

  adviceHeading: 'Czy to normalne? Co robić',
  level: { fine: 'Wszystko w porządku', watch: 'Warto obserwować', act: 'Działaj teraz' },
  actions: 'Co zrobić',
  deadlines: 'Ważne daty',
  daysLeft: (n, f) =>
    n > 0 ? `zostało dni: ${f}` : n === 0 ? 'dzisiaj' : `minęło dni: ${f.replace('-', '')}`,
  templates: 'Wiadomości do wysłania',
  subject: 'Temat',
  copy: 'Kopiuj',
  copied: 'Skopiowano',
  contacts: 'Z kim się kontaktować',
  zoneAssumed: 'Daty liczymy w UTC, bo nie znamy Twojej strefy czasowej.',

  timelineHeading: 'Wszystkie skany, od najnowszego',
  noEvents: 'Jeszcze brak skanów.',
  ourLabel: 'Nasze odczytanie',
  unclassified: 'niesklasyfikowane: pokazujemy tylko słowa przewoźnika',
  reportedBy: (s, n) => `zgłosił ${s} dla numeru ${n}`,
  anomaly: 'Wygląda na błąd',
  anomaliesHeading: 'Co wygląda na błąd',
  anomalies: {
    after_delivered: 'Skan przyszedł po doręczeniu; nie bierzemy go pod uwagę w statusie.',
    after_returned: 'Skan przyszedł po zwrocie do nadawcy; nie bierzemy go pod uwagę w statusie.',
    return_after_delivery: 'Zwrot zgłoszono po doręczeniu: skan doręczenia może być błędny.',
    delivered_wrong_country: 'Doręczenie zgłoszono w innym kraju; pomijamy je.',
    impossible_speed:
      'Dwa skany dzieli zbyt duża odległość jak na czas między nimi; jeden jest pewnie błędny.',
  },

  legsHeading: 'Numery tej przesyłki',
  roles: {
    origin: 'w Chinach / nadanie',
    international: 'międzynarodowy',
    last_mile: 'doręczenie lokalne',
    alias: 'inny numer',
  },
  carrierHeading: 'Przewoźnik',
  phone: 'Telefon',
  email: 'E-mail',
  official: 'Oficjalna strona śledzenia',
  noSource:
    'Dla tego przewoźnika nie skonfigurowano tu źródła śledzenia; wieści są na jego własnej stronie.',

  routeHeading: 'Trasa',
  routeLabel: (p) => `Miejsca po kolei: ${p}`,
  routeUnknown: 'Skany nie podają jeszcze żadnego miejsca.',
  hereNow: 'ostatnie',

  checksHeading: 'Sprawdzanie',
  lastChecked: 'Ostatnio sprawdzono',
  nextCheck: 'Następne sprawdzenie',
  notYet: 'jeszcze nie',
  refresh: 'Sprawdź teraz',
  refreshed: 'Sprawdzono przed chwilą.',
  tooSoonTitle: 'Za wcześnie',
  tooSoon: (w) => `Przed chwilą sprawdziliśmy tę przesyłkę. Spróbuj ponownie za ${w}.`,
  back: 'Wróć do przesyłki',
  live: 'Ta strona odświeża się sama, dopóki jest otwarta.',

  notFound: {
    title: 'Jeszcze nie znaleziono',
    heading: 'Żaden przewoźnik nie ma jeszcze informacji o tym numerze',
    intro: 'To częste i zwykle nie jest problemem. Są trzy typowe powody.',
    reasonsHeading: 'Dlaczego',
    reasons: [
      {
        title: 'Numer jest zbyt nowy',
        text: 'Pierwszy skan pojawia się często 24–72 godziny po utworzeniu numeru przez sprzedawcę.',
      },
      {
        title: 'Literówka',
        text: 'Jeden błędny lub brakujący znak daje numer, którego nikt nie zna. Porównaj go z zamówieniem.',
      },
      {
        title: 'Problem techniczny',
        text: 'System przewoźnika może chwilowo działać wolno albo wcale. Spróbuj później.',
      },
    ],
    whatHeading: 'Co zrobić',
    what: [
      'Porównaj numer znak po znaku ze stroną zamówienia lub e-mailem o wysyłce.',
      'Poczekaj do trzech dni od wysyłki; my sprawdzamy dalej za Ciebie.',
      'Jeśli nadal nic nie ma, poproś sprzedawcę o nazwę przewoźnika i działający numer.',
    ],
    didYouMean: 'Czy chodziło o',
    orderHeading: 'To numer zamówienia, a nie numer przesyłki',
    notNumberHeading: 'To nie jest numer przesyłki',
    notNumber: 'Nie rozpoznajemy go jako numeru żadnego znanego nam przewoźnika.',
  },

  multi: {
    title: 'Twoje przesyłki',
    heading: (n) => `Przesyłki: ${n}`,
    error: 'To nie numer przesyłki',
    empty: 'Nie podano numeru. Wklej jeden lub kilka na stronie wyszukiwania.',
  },
};
