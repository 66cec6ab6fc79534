/**
 * @module web/pages/carrier-live
 * What the running instance knows about a carrier, for /carriers/:id and its JSON: the
 * source its new numbers go to (the same routing registration uses), that source's health
 * from source_state, and the door-to-door times of its parcels delivered here — first
 * event to delivery of every delivered shipment with an origin or last-mile leg of the
 * carrier. The times are kept a few minutes per carrier so a busy page does not scan the
 * deliveries on every view. Without an engine (pages-only) nothing is known.
 */
import { route } from '../../carriers/routing.js';
import type { Engine } from '../../engine/run/context.js';
import { getSourceState, type SourceState } from '../../store/source-state.js';
import {
  type CarrierLive,
  type CarrierService,
  type HealthState,
  type ObservedTimes,
  observedTimes,
} from '../content/carrier-view.js';

/** How long observed times are reused, real ms. */
export const OBSERVED_CACHE_MS = 5 * 60_000;

type LiveEngine = Pick<Engine, 'db' | 'configured' | 'logger' | 'realNow'>;

export function healthOf(state: SourceState | undefined): HealthState {
  if (!state) return 'unknown';
  return state.healthy && state.circuit === 'closed' ? 'healthy' : 'trouble';
}

async function serviceOf(engine: LiveEngine, carrierId: string): Promise<CarrierService | null> {
  const r = route(
    [{ carrierId, carrierName: carrierId, confidence: 1, checksum: 'none' }],
    engine.configured,
  );
  if (r.kind !== 'source') return null;
  const source = engine.configured.enabled.get(r.sourceId)?.source;
  let state: SourceState | undefined;
  try {
    state = await getSourceState(engine.db, r.sourceId);
  } catch (err) {
    engine.logger.warn({ err, source: r.sourceId }, 'source health unreadable');
  }
  return {
    sourceId: r.sourceId,
    sourceLabel: source?.label ?? r.sourceId,
    via: r.via,
    health: healthOf(state),
    lastSuccessAt:
      state?.lastSuccessAt != null ? new Date(Number(state.lastSuccessAt)).toISOString() : null,
  };
}

/** First event to delivery, ms, of every delivered parcel of the carrier stored here. */
export async function deliveryDurations(db: Engine['db'], carrierId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('shipments')
    .where('shipments.delivered_at', 'is not', null)
    .where('shipments.id', 'in', (eb) =>
      eb
        .selectFrom('legs')
        .select('legs.shipment_id')
        .where('legs.carrier_id', '=', carrierId)
        .where('legs.role', 'in', ['origin', 'last_mile']),
    )
    .select((eb) => [
      'shipments.delivered_at',
      eb
        .selectFrom('events')
        .select((e) => e.fn.min('events.occurred_at').as('first'))
        .whereRef('events.shipment_id', '=', 'shipments.id')
        .as('first_at'),
    ])
    .execute();
  const out: number[] = [];
  for (const row of rows) {
    if (row.delivered_at === null || row.first_at === null) continue;
    out.push(Number(row.delivered_at) - Number(row.first_at));
  }
  return out;
}

const observedCaches = new WeakMap<
  LiveEngine,
  Map<string, { at: number; times: Promise<ObservedTimes | null> }>
>();

function observedOf(engine: LiveEngine, carrierId: string): Promise<ObservedTimes | null> {
  let cache = observedCaches.get(engine);
  if (!cache) {
    cache = new Map();
    observedCaches.set(engine, cache);
  }
  const now = engine.realNow();
  const hit = cache.get(carrierId);
  if (hit && now - hit.at < OBSERVED_CACHE_MS) return hit.times;
  const times = deliveryDurations(engine.db, carrierId)
    .then(observedTimes)
    .catch((err: unknown) => {
      engine.logger.warn({ err, carrier: carrierId }, 'observed carrier times unreadable');
      cache.delete(carrierId);
      return null;
    });
  cache.set(carrierId, { at: now, times });
  return times;
}

/** The live part of a carrier's page; empty without an engine. */
export async function carrierLive(
  engine: LiveEngine | undefined,
  carrierId: string,
): Promise<CarrierLive> {
  if (!engine) return { service: null, observed: null };
  const [service, observed] = await Promise.all([
    serviceOf(engine, carrierId),
    observedOf(engine, carrierId),
  ]);
  return { service, observed };
}
