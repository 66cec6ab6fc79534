/**
 * @module engine/ingest/batch
 * One round of ingestion inside the transaction, set at a time: lock and read every
 * shipment the results belong to (three queries), plan each in memory, follow hand-offs
 * (one query per hop for the whole batch; a result waiting for a number linked this round
 * joins its shipment at once), then write: new legs, new events (ON CONFLICT DO NOTHING),
 * first polls, merges with other shipments (one by one, rare), and the derived state of
 * every changed shipment in one statement.
 */
import type { SourceResult } from '../../carriers/types.js';
import type { Db } from '../../store/db.js';
import { eventsOfShipments, insertEvents, listEvents } from '../../store/events.js';
import { newId } from '../../store/ids.js';
import { insertLegs, legsByNumbers, legsOfShipments, listLegs } from '../../store/legs.js';
import { scheduleFirstPolls } from '../../store/schedule.js';
import type { LegRow, ShipmentsTable, ShipmentViewsTable } from '../../store/schema.js';
import { lockShipments, writeShipments } from '../../store/shipments.js';
import { writeViews } from '../../store/views.js';
import type { DomainEvent } from '../bus.js';
import type { IngestArgs, IngestReport } from './ingest.js';
import { carrierOf, type LinkContext, linkLeg, pick, roleFrom } from './link-legs.js';
import { changedColumns, isStateChange, stallEvent, stateEvents, statePatch } from './outcome.js';
import {
  addItems,
  type Item,
  isQuiet,
  newLinks,
  reinterpret,
  type ShipmentPlan,
  startPlan,
  storedOf,
} from './plan.js';
import { buildStoredView } from './stored-view.js';

/** Most hops followed in one ingest (LP → S10 → last mile is two). */
const MAX_HOPS = 4;

export interface BatchState {
  report: IngestReport;
  mergedInto: Map<string, string>;
  changed: Set<string>;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Ingest the results grouped by shipment. `orphans` are results whose number had no leg:
 * one that a hand-off in this round links is taken (and returned).
 */
export async function ingestBatch(
  trx: Db,
  groups: Map<string, Item[]>,
  orphans: Map<string, SourceResult[]>,
  args: IngestArgs,
  st: BatchState,
): Promise<Set<SourceResult>> {
  const ids = [...groups.keys()];
  const prevs = new Map((await lockShipments(trx, ids)).map((s) => [s.id, s]));
  const legs = groupBy(await legsOfShipments(trx, ids), (l) => l.shipment_id);
  const events = groupBy(await eventsOfShipments(trx, ids), (e) => e.shipment_id);
  const plans: ShipmentPlan[] = [];
  for (const [id, items] of groups) {
    const prev = prevs.get(id);
    if (prev) plans.push(startPlan(prev, legs.get(id) ?? [], events.get(id) ?? [], items, args));
  }
  const taken = await followLinks(trx, plans, orphans, args);
  // Every shipment that gains a leg or an event here is changed: finish() writes its view.
  await insertLegs(
    trx,
    plans.flatMap((p) => p.newLegs),
    { rewritesViews: true },
  );
  const inserted = await insertEvents(
    trx,
    plans.flatMap((p) => p.rows),
    { rewritesViews: true },
  );
  st.report.newEvents += inserted.length;
  const planOf = new Map(plans.map((p) => [p.prev.id, p]));
  for (const row of inserted) planOf.get(row.shipment_id)?.inserted.push(row);
  await scheduleFirstPolls(
    trx,
    plans.flatMap((p) =>
      p.newLegs.map((l) => ({
        legId: l.id,
        sourceId: sourceFor(args, l.carrier_id),
        dueAt: args.now,
      })),
    ),
  );
  await linkExternal(trx, plans, args, st);
  await finish(trx, plans, args, st);
  return taken;
}

function sourceFor(args: IngestArgs, carrierId: string): string {
  return args.sourceFor ? args.sourceFor(carrierId) : args.sourceId;
}

/** Interpret, then hop by hop make the legs hand-offs name, for the whole batch at once. */
async function followLinks(
  trx: Db,
  plans: ShipmentPlan[],
  orphans: Map<string, SourceResult[]>,
  args: IngestArgs,
): Promise<Set<SourceResult>> {
  const taken = new Set<SourceResult>();
  const claimed = new Map<string, string>();
  const busy = plans.filter((p) => !isQuiet(p));
  let active = busy;
  for (let hop = 0; hop < MAX_HOPS && active.length > 0; hop++) {
    const found = new Map(active.map((p) => [p, newLinks(p)]));
    const wanted = [...found.values()].flatMap((links) => links.map((l) => l.number));
    if (wanted.length === 0) break;
    const existing = groupBy(await legsByNumbers(trx, wanted), (l) => l.number);
    const next: ShipmentPlan[] = [];
    for (const [p, links] of found) {
      let grew = false;
      for (const link of links) {
        if (p.known.has(link.number)) continue;
        p.known.add(link.number);
        const carrierId = carrierOf(link, p.declaringLeg.carrier_id);
        const other = pick(existing.get(link.number) ?? [], carrierId);
        const owner = claimed.get(link.number);
        if (other || (owner !== undefined && owner !== p.prev.id)) {
          p.external.push(link);
          continue;
        }
        const fromLeg = p.legs.find((l) => l.number === link.legNumber);
        const role = roleFrom(link.milestone, fromLeg, p.declaringLeg);
        const leg: LegRow = {
          id: newId('leg', args.now),
          shipment_id: p.prev.id,
          number: link.number,
          carrier_id: carrierId,
          generation: 0,
          role,
          learned_from: 'carrier',
          first_seen_at: args.now,
        };
        claimed.set(link.number, p.prev.id);
        p.legs.push(leg);
        p.newLegs.push(leg);
        p.linked.push({
          shipmentId: p.prev.id,
          number: link.number,
          carrierId,
          legId: leg.id,
          role,
          action: 'created',
        });
        const waiting = orphans.get(link.number) ?? [];
        orphans.delete(link.number);
        for (const result of waiting) taken.add(result);
        if (waiting.length > 0) {
          addItems(
            p,
            waiting.map((result) => ({ result, leg })),
            args,
          );
          grew = true;
        }
      }
      if (grew) next.push(p);
    }
    active = next;
  }
  // One interpretation per shipment, of everything; a link it names that no hop made (a
  // stored report's, or past the hop limit) goes the one-by-one way.
  for (const p of busy) {
    for (const link of reinterpret(p, args.now).links) {
      if (p.known.has(link.number)) continue;
      p.known.add(link.number);
      p.external.push(link);
    }
  }
  return taken;
}

/** Numbers another shipment has: merge it in (or a new generation), one link at a time. */
async function linkExternal(trx: Db, plans: ShipmentPlan[], args: IngestArgs, st: BatchState) {
  const byId = new Map(plans.map((p) => [p.prev.id, p]));
  for (const p of plans) {
    if (p.gone) continue;
    let links = p.external;
    for (let hop = 0; hop < MAX_HOPS && links.length > 0; hop++) {
      const ctx: LinkContext = {
        shipmentId: p.prev.id,
        legs: p.legs,
        timeline: p.interp?.timeline ?? [],
        declaringLeg: p.declaringLeg,
        sourceFor: (carrierId) => sourceFor(args, carrierId),
        now: args.now,
        ...(args.reuseWindowMs !== undefined ? { reuseWindowMs: args.reuseWindowMs } : {}),
      };
      let merged = false;
      for (const link of links) {
        const outcome = await linkLeg(trx, link, ctx);
        if (!outcome) continue;
        p.linked.push(outcome);
        if (outcome.mergedFrom) {
          st.mergedInto.set(outcome.mergedFrom, p.prev.id);
          const other = byId.get(outcome.mergedFrom);
          if (other) other.gone = true;
          merged = true;
        }
      }
      if (!merged) break;
      // The merged shipments' legs and events are ours now: derive again from the store.
      p.dirty = true;
      p.legs = await listLegs(trx, p.prev.id);
      const rows = await listEvents(trx, p.prev.id);
      const stored = storedOf(rows, p.legs);
      p.storedRows = rows;
      p.inserted = [];
      p.stored = stored.inputs;
      p.storedKeys = stored.keys;
      p.fresh = [];
      p.known = new Set(p.legs.map((l) => l.number));
      links = reinterpret(p, args.now).links;
    }
  }
}

/** Derived state of every changed shipment in one statement; domain events in order. */
async function finish(trx: Db, plans: ShipmentPlan[], args: IngestArgs, st: BatchState) {
  const writes: ShipmentsTable[] = [];
  for (const p of plans) {
    const { prev } = p;
    const linked = p.linked.map(
      (l): DomainEvent => ({
        type: 'leg_linked',
        shipmentId: st.mergedInto.get(prev.id) ?? prev.id,
        legId: l.legId,
        number: l.number,
        carrierId: l.carrierId,
        ...(l.mergedFrom ? { mergedFrom: l.mergedFrom } : {}),
      }),
    );
    if (p.gone) {
      st.report.domainEvents.push(...linked);
      st.report.linkRequests.push(...p.linked);
      continue;
    }
    let patch: Partial<ShipmentsTable>;
    const domain: DomainEvent[] = [];
    if (!p.interp) {
      const checked = Math.max(Number(prev.last_checked_at ?? 0), args.fetchedAt);
      patch = changedColumns(prev, { last_checked_at: checked });
      const last = prev.last_event_at === null ? null : Number(prev.last_event_at);
      const stall = stallEvent(prev, last, prev, args.fetchedAt, args.stalledAfterMs);
      if (stall) domain.push(stall);
    } else {
      const full = statePatch(prev, p.interp.state, { ...p.countries, checkedAt: args.fetchedAt });
      patch = changedColumns(prev, full);
      domain.push(...stateEvents(prev, p.interp.state, args.fetchedAt, args.stalledAfterMs));
    }
    if (Object.keys(patch).length > 0) writes.push({ ...prev, ...patch, updated_at: args.now });
    if (isStateChange(patch) || p.rows.length > 0 || p.linked.length > 0 || p.dirty) {
      st.changed.add(prev.id);
    }
    st.report.domainEvents.push(...domain, ...linked);
    st.report.linkRequests.push(...p.linked);
  }
  await writeShipments(trx, writes);
  await writeViews(trx, await viewsOf(trx, plans, writes, args, st));
}

/**
 * The stored views of the changed shipments, from what the plans hold: their legs, and the
 * event rows read before and inserted now. A shipment that gained a leg outside the plan (a
 * hand-off to another shipment's number) has its legs read again.
 */
async function viewsOf(
  trx: Db,
  plans: readonly ShipmentPlan[],
  writes: readonly ShipmentsTable[],
  args: IngestArgs,
  st: BatchState,
): Promise<ShipmentViewsTable[]> {
  const changed = plans.filter((p) => !p.gone && st.changed.has(p.prev.id));
  const reread = changed.filter((p) => p.linked.length > 0 && !p.dirty).map((p) => p.prev.id);
  const legs = groupBy(
    reread.length > 0 ? await legsOfShipments(trx, reread) : [],
    (l) => l.shipment_id,
  );
  const written = new Map(writes.map((w) => [w.id, w]));
  return changed.map((p) => {
    const row = written.get(p.prev.id) ?? p.prev;
    const view = buildStoredView(
      legs.get(p.prev.id) ?? p.legs,
      p.inserted.length > 0 ? [...p.storedRows, ...p.inserted] : p.storedRows,
      { origin: row.origin_country, destination: row.destination_country },
      p.interp?.state.anomalies,
    );
    return { shipment_id: p.prev.id, body: JSON.stringify(view), built_at: args.now };
  });
}
