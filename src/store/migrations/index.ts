/**
 * @module store/migrations/index
 * The explicit list of migrations (no file-system discovery). Names are dated
 * `YYYY-MM-DD-NNNN-name`; Kysely runs them in name order, so a new migration gets today's
 * date and the next number, and is added here.
 */
import type { Migration } from 'kysely';
import * as init from './2026-11-21-0001-init.js';
import * as laneStats from './2026-11-21-0002-lane-stats.js';
import * as shipmentLabel from './2026-11-21-0003-shipment-label.js';
import * as dropEventsLegIndex from './2026-11-21-0004-drop-events-leg-index.js';
import * as shipmentViews from './2026-11-21-0005-shipment-views.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '2026-11-21-0001-init': init,
  '2026-11-21-0002-lane-stats': laneStats,
  '2026-11-21-0003-shipment-label': shipmentLabel,
  '2026-11-21-0004-drop-events-leg-index': dropEventsLegIndex,
  '2026-11-21-0005-shipment-views': shipmentViews,
});
