/**
 * @module web/i18n/operator/de
 * Betriebsseiten, auf Deutsch.
 */
import type { OperatorStrings } from './types.js';

export const de: OperatorStrings = {
  sourcesTitle: 'Sendungsquellen',
  sourcesIntro:
    'Jede Quelle, aus der Trackline Ereignisse holen kann: ob sie eingeschaltet ist und ob sie gesund ist.',
  columns: {
    source: 'Quelle',
    label: 'Name',
    kind: 'Art',
    configured: 'Eingerichtet',
    healthy: 'Gesund',
    lastSuccess: 'Letzter Erfolg',
    quotaLeft: 'Restkontingent',
    nextCall: 'Nächster erlaubter Aufruf',
    circuit: 'Schutzschalter',
  },
  kinds: { carrier: 'Zusteller', aggregator: 'Aggregator', simulator: 'Simulator' },
  circuit: { closed: 'geschlossen', open: 'offen', half_open: 'halb offen' },
  yes: 'ja',
  no: 'nein',
  unknown: 'unbekannt',
  notYet: 'noch nicht',
  never: 'nie',
  now: 'jetzt',
  healthUnknown: 'Zustand unbekannt: Die Tracking-Engine läuft nicht in diesem Prozess.',
  problems: 'Konfigurationsprobleme',
  secretsNote:
    'Schlüssel und Geheimnisse werden hier nie angezeigt. Eine Quelle einschalten: docs/sources.md.',
  json: 'Dieselben Daten als JSON',
};
