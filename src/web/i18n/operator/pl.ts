/**
 * @module web/i18n/operator/pl
 * Strony operatora, po polsku.
 */
import type { OperatorStrings } from './types.js';

export const pl: OperatorStrings = {
  sourcesTitle: 'Źródła śledzenia',
  sourcesIntro:
    'Każde źródło, z którego Trackline może pobierać zdarzenia: czy jest włączone i czy działa poprawnie.',
  columns: {
    source: 'Źródło',
    label: 'Nazwa',
    kind: 'Rodzaj',
    configured: 'Skonfigurowane',
    healthy: 'Działa',
    lastSuccess: 'Ostatni sukces',
    quotaLeft: 'Pozostały limit',
    nextCall: 'Następne dozwolone wywołanie',
    circuit: 'Bezpiecznik',
  },
  kinds: { carrier: 'przewoźnik', aggregator: 'agregator', simulator: 'symulator' },
  circuit: { closed: 'zamknięty', open: 'otwarty', half_open: 'półotwarty' },
  yes: 'tak',
  no: 'nie',
  unknown: 'nieznany',
  notYet: 'jeszcze nie',
  never: 'nigdy',
  now: 'teraz',
  healthUnknown: 'Stan nieznany: silnik śledzenia nie działa w tym procesie.',
  problems: 'Problemy z konfiguracją',
  secretsNote: 'Klucze i sekrety nigdy nie są tu pokazywane. Jak włączyć źródło: docs/sources.md.',
  json: 'Te same dane w JSON',
};
