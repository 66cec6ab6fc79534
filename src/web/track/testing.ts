/**
 * @module web/track/testing
 * A fake of the engine for the tracking-route tests: views from a table, a refresh that
 * can be told to refuse, and a bus whose listeners the test fires by hand.
 */
import type { TrackView } from '../../engine/run/track-view.js';
import {
  advice,
  customsHeld,
  delivered,
  estimate,
  inTransit,
  notFound,
  returned,
} from './fixtures.js';
import type { TrackDeps } from './sse.js';

export interface FakeDeps extends TrackDeps {
  views: Map<string, TrackView>;
  listeners: Map<string, Set<() => void>>;
  fire(shipmentId: string): void;
  refreshResult: { ok: boolean; waitMs?: number };
}

export function fakeDeps(): FakeDeps {
  const views = new Map<string, TrackView>(
    [inTransit, delivered, customsHeld, returned, notFound].map((v) => [v.number, v]),
  );
  const listeners = new Map<string, Set<() => void>>();
  const deps: FakeDeps = {
    views,
    listeners,
    refreshResult: { ok: true },
    heartbeatMs: 50,
    async getView(number) {
      const view = views.get(number);
      if (view) return view;
      const error = new Error(`'${number}' is not a tracking number`);
      error.name = 'NotATrackingNumberError';
      throw error;
    },
    async refresh() {
      return deps.refreshResult;
    },
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => set.delete(listener);
    },
    now: () => new Date('2026-03-20T12:00:00.000Z'),
    etaFor: (view) => (view.shipment.deliveredAt ? null : estimate),
    adviceFor: (view) => (view.shipment.reason === 'customs_held' ? advice : null),
    fire(id) {
      for (const l of listeners.get(id) ?? []) l();
    },
  };
  return deps;
}
