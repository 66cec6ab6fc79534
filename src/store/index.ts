/**
 * @module store/index
 * The store's public surface: open a database, migrate it, run a transaction, and the
 * repositories. Callers import from here.
 */
export * from './db.js';
export * from './events.js';
export * from './ids.js';
export * from './inbox.js';
export * from './lane-stats.js';
export * from './legs.js';
export * from './migrate.js';
export * from './orders.js';
export * from './schedule.js';
export type * from './schema.js';
export * from './shipments.js';
export * from './source-state.js';
export * from './views.js';
