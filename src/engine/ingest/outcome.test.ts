/**
 * @module engine/ingest/outcome.test
 * Shipment patches and domain events from a derived state: told once, only on change.
 */
import { describe, expect, it } from 'vitest';
import type { DerivedState } from '../../core/timeline/index.js';
import type { ShipmentRow } from '../../store/schema.js';
import {
  changedColumns,
  DEFAULT_STALLED_AFTER_MS,
  isStateChange,
  stallEvent,
  stateEvents,
  statePatch,
} from './outcome.js';

const DAY = 86_400_000;
const T = Date.parse('2026-03-10T00:00:00Z');

function shipment(over: Partial<ShipmentRow> = {}): ShipmentRow {
  return {
    id: 'shp_1',
    status: 'pending',
    milestone: null,
    reason: null,
    status_since: T - 10 * DAY,
    last_event_at: null,
    last_checked_at: null,
    next_check_at: null,
    delivered_at: null,
    origin_country: null,
    destination_country: null,
    service: null,
    retailer: null,
    eta_earliest: null,
    eta_likely: null,
    eta_latest: null,
    eta_basis: null,
    created_at: T - 10 * DAY,
    updated_at: T - 10 * DAY,
    ...over,
  };
}

function state(over: Partial<DerivedState> = {}): DerivedState {
  return {
    status: 'in_transit',
    milestone: 'origin_facility',
    reason: null,
    since: '2026-03-02T00:00:00.000Z',
    lastEventAt: '2026-03-03T00:00:00.000Z',
    location: null,
    daysInTransit: 2,
    milestonesReached: [
      { milestone: 'picked_up', at: '2026-03-02T00:00:00.000Z' },
      { milestone: 'origin_facility', at: '2026-03-03T00:00:00.000Z' },
    ],
    stalledFor: 7 * DAY,
    anomalies: [],
    ...over,
  };
}

describe('statePatch / changedColumns', () => {
  it('sets the derived columns, fills missing countries, keeps the latest check', () => {
    const prev = shipment({ last_checked_at: T + 1 });
    const patch = statePatch(prev, state(), { destinationCountry: 'FR', checkedAt: T });
    expect(patch).toMatchObject({
      status: 'in_transit',
      status_since: Date.parse('2026-03-02T00:00:00Z'),
      last_event_at: Date.parse('2026-03-03T00:00:00Z'),
      delivered_at: null,
      last_checked_at: T + 1,
      destination_country: 'FR',
    });
    expect(patch.origin_country).toBeUndefined();
  });

  it('fills the shipping method only when the row has none', () => {
    const extra = { service: 'aliexpress-standard', checkedAt: T };
    expect(statePatch(shipment(), state(), extra).service).toBe('aliexpress-standard');
    expect(statePatch(shipment({ service: 'ems' }), state(), extra).service).toBeUndefined();
    expect(statePatch(shipment(), state(), { checkedAt: T }).service).toBeUndefined();
  });

  it('keeps only what differs; a check time alone is not a state change', () => {
    const prev = shipment({ status: 'in_transit', last_checked_at: T - DAY });
    const patch = changedColumns(prev, { status: 'in_transit', last_checked_at: T });
    expect(patch).toEqual({ last_checked_at: T });
    expect(isStateChange(patch)).toBe(false);
    expect(isStateChange({ milestone: 'delivered' })).toBe(true);
  });
});

describe('stateEvents', () => {
  it('tells milestones past the stored one, then the status change', () => {
    const events = stateEvents(shipment({ milestone: 'picked_up' }), state(), T);
    expect(events.map((e) => e.type)).toEqual(['milestone_reached', 'status_changed']);
    expect(events[0]).toMatchObject({ milestone: 'origin_facility' });
  });

  it('tells a delivery once, with its instant', () => {
    const delivered = state({
      status: 'delivered',
      milestone: 'delivered',
      since: '2026-03-09T11:00:00.000Z',
      milestonesReached: [],
    });
    const events = stateEvents(shipment({ status: 'in_transit' }), delivered, T);
    expect(events).toContainEqual({
      type: 'delivered',
      shipmentId: 'shp_1',
      at: Date.parse('2026-03-09T11:00:00Z'),
    });
    const again = stateEvents(
      shipment({ status: 'delivered', milestone: 'delivered' }),
      delivered,
      T,
    );
    expect(again).toEqual([]);
  });
});

describe('stallEvent', () => {
  const last = T - DEFAULT_STALLED_AFTER_MS - DAY;
  const moving = { status: 'in_transit', milestone: 'departed_origin' } as const;

  it('tells a stall at the first check past the threshold only', () => {
    const first = stallEvent(
      shipment({ last_event_at: last, last_checked_at: T - 3 * DAY }),
      last,
      moving,
      T,
    );
    expect(first).toMatchObject({ type: 'stalled', stalledForMs: T - last, lastEventAt: last });
    const told = shipment({ last_event_at: last, last_checked_at: T - 1000 });
    expect(stallEvent(told, last, moving, T)).toBeNull();
  });

  it('never tells a stall for a finished parcel or a fresh one', () => {
    const prev = shipment({ last_event_at: last });
    expect(stallEvent(prev, last, { status: 'delivered', milestone: 'delivered' }, T)).toBeNull();
    expect(stallEvent(prev, last, { status: 'exception', milestone: 'returned' }, T)).toBeNull();
    expect(stallEvent(prev, T - DAY, moving, T)).toBeNull();
    expect(stallEvent(prev, null, moving, T)).toBeNull();
  });
});
