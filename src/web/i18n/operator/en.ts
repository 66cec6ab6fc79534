/**
 * @module web/i18n/operator/en
 * Operator pages, English.
 */
import type { OperatorStrings } from './types.js';

export const en: OperatorStrings = {
  sourcesTitle: 'Carrier sources',
  sourcesIntro:
    'Every source Trackline can fetch events from: whether it is switched on, and how healthy it is.',
  columns: {
    source: 'Source',
    label: 'Name',
    kind: 'Kind',
    configured: 'Configured',
    healthy: 'Healthy',
    lastSuccess: 'Last success',
    quotaLeft: 'Quota left',
    nextCall: 'Next allowed call',
    circuit: 'Circuit',
  },
  kinds: { carrier: 'carrier', aggregator: 'aggregator', simulator: 'simulator' },
  circuit: { closed: 'closed', open: 'open', half_open: 'half open' },
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  notYet: 'not yet',
  never: 'never',
  now: 'now',
  healthUnknown: 'Health is unknown: the tracking engine is not running in this process.',
  problems: 'Configuration problems',
  secretsNote: 'Keys and secrets are never shown here. See docs/sources.md to switch a source on.',
  json: 'The same data as JSON',
};
