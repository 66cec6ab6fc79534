/**
 * @module engine/ingest/outcome
 * Pure: the shipment columns a derived state sets, and the domain events a change from the
 * stored shipment to the new state means. Compared with what is stored, so running it twice
 * on the same data yields no patch and no events the second time.
 */
import { milestoneIndex, type Status } from '../../core/status/taxonomy.js';
import type { DerivedState } from '../../core/timeline/index.js';
import type { ShipmentRow } from '../../store/schema.js';
import type { ShipmentPatch } from '../../store/shipments.js';
import type { DomainEvent } from '../bus.js';

/** Default: no news for 10 days is a stall worth telling. */
export const DEFAULT_STALLED_AFTER_MS = 10 * 86_400_000;

const FINISHED: ReadonlySet<Status> = new Set(['delivered', 'expired']);

function ms(iso: string | null): number | null {
  if (iso === null) return null;
  const v = Date.parse(iso);
  return Number.isFinite(v) ? v : null;
}

/** The derived-state columns of a shipment, from a state. */
export function statePatch(
  prev: ShipmentRow,
  state: DerivedState,
  extra: {
    originCountry?: string;
    destinationCountry?: string;
    service?: string;
    checkedAt: number;
  },
): ShipmentPatch {
  const deliveredAt = state.status === 'delivered' ? ms(state.since) : null;
  const patch: ShipmentPatch = {
    status: state.status,
    milestone: state.milestone,
    reason: state.reason,
    status_since: ms(state.since) ?? prev.status_since,
    last_event_at: ms(state.lastEventAt),
    delivered_at: deliveredAt,
    last_checked_at: Math.max(Number(prev.last_checked_at ?? 0), extra.checkedAt),
  };
  if (prev.origin_country === null && extra.originCountry) {
    patch.origin_country = extra.originCountry;
  }
  if (prev.destination_country === null && extra.destinationCountry) {
    patch.destination_country = extra.destinationCountry;
  }
  // The buyer's word (order form, import) comes first: a source only fills a missing method.
  if (prev.service === null && extra.service) patch.service = extra.service;
  return patch;
}

/** Only the entries of `patch` that differ from `prev` (empty: nothing to write). */
export function changedColumns(prev: ShipmentRow, patch: ShipmentPatch): ShipmentPatch {
  const out: Record<string, unknown> = {};
  const before = prev as unknown as Record<string, unknown>;
  for (const [column, value] of Object.entries(patch)) {
    const old = before[column];
    const same =
      old === value ||
      (old !== null && value !== null && typeof value === 'number' && Number(old) === value);
    if (!same) out[column] = value;
  }
  return out as ShipmentPatch;
}

/** Does a patch touch the derived state (not only the bookkeeping of checks)? */
export function isStateChange(patch: ShipmentPatch): boolean {
  return Object.keys(patch).some((k) => k !== 'last_checked_at');
}

/**
 * Domain events of the move from the stored shipment to the new state (links are added by
 * the caller). `checkedAt` is when the source was checked: a stall is told once, at the
 * first check past the threshold.
 */
export function stateEvents(
  prev: ShipmentRow,
  state: DerivedState,
  checkedAt: number,
  stalledAfterMs: number = DEFAULT_STALLED_AFTER_MS,
): DomainEvent[] {
  const out: DomainEvent[] = [];
  const shipmentId = prev.id;
  const since = ms(state.since);
  const prevRank = prev.milestone === null ? -1 : milestoneIndex(prev.milestone);
  for (const m of state.milestonesReached) {
    if (milestoneIndex(m.milestone) <= prevRank) continue;
    out.push({ type: 'milestone_reached', shipmentId, milestone: m.milestone, at: ms(m.at) ?? 0 });
  }
  if (state.status !== prev.status) {
    out.push({
      type: 'status_changed',
      shipmentId,
      from: prev.status,
      to: state.status,
      reason: state.reason,
      at: since,
    });
    if (state.status === 'delivered') {
      out.push({ type: 'delivered', shipmentId, at: since ?? checkedAt });
    }
  }
  const stall = stallEvent(prev, ms(state.lastEventAt), state, checkedAt, stalledAfterMs);
  if (stall) out.push(stall);
  return out;
}

/**
 * A `stalled` event when the newest event is older than the threshold at this check and
 * was not already past it at the previous check (so it is told once per silence).
 */
export function stallEvent(
  prev: ShipmentRow,
  lastEventAt: number | null,
  state: Pick<DerivedState, 'status' | 'milestone'>,
  checkedAt: number,
  stalledAfterMs: number = DEFAULT_STALLED_AFTER_MS,
): DomainEvent | null {
  if (lastEventAt === null || FINISHED.has(state.status) || state.milestone === 'returned') {
    return null;
  }
  if (checkedAt - lastEventAt < stalledAfterMs) return null;
  const prevChecked = prev.last_checked_at === null ? null : Number(prev.last_checked_at);
  const prevLast = prev.last_event_at === null ? null : Number(prev.last_event_at);
  const toldBefore =
    prevChecked !== null && prevLast === lastEventAt && prevChecked - lastEventAt >= stalledAfterMs;
  if (toldBefore) return null;
  return {
    type: 'stalled',
    shipmentId: prev.id,
    stalledForMs: checkedAt - lastEventAt,
    lastEventAt,
  };
}
