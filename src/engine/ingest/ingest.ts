/**
 * @module engine/ingest/ingest
 * The ingestion pipeline (DESIGN §2): source results → classify → merge with the shipment's
 * stored events → derive → one transaction (new events with ON CONFLICT dedupe_key DO
 * NOTHING, the shipment's derived state, legs for hand-offs and their first poll, shipment
 * merges) → domain events on the bus after the commit.
 *
 * Idempotent: the dedupe key is the leg id plus the report's content key, and a shipment is
 * written only where it differs, so ingesting the same results twice writes nothing and
 * emits nothing the second time. The shipments' rows are touched first in the transaction,
 * which takes their row locks on PostgreSQL (SQLite's BEGIN IMMEDIATE already serializes),
 * so two workers ingesting the same parcel never derive from a stale view. Work is done set
 * at a time (batch.ts): a few queries per call, not per result.
 *
 * Call it outside any transaction of your own: the bus is told after its commit. It sets
 * `last_checked_at` (never backwards) but not `next_check_at`, which the scheduler plans.
 */
import type { SourceResult } from '../../carriers/types.js';
import { type Db, withTransaction } from '../../store/db.js';
import { legsByNumbers } from '../../store/legs.js';
import type { LegRow } from '../../store/schema.js';
import type { DomainEvent, EventBus } from '../bus.js';
import { type BatchState, ingestBatch } from './batch.js';
import { normalizeNumber } from './interpret.js';
import type { LinkOutcome } from './link-legs.js';
import type { Item } from './plan.js';

export interface IngestArgs {
  sourceId: string;
  /** When the results were fetched, epoch ms. */
  fetchedAt: number;
  results: readonly SourceResult[];
  now: number;
  /** Told of the domain events after the commit. */
  bus?: EventBus;
  /** Which source polls a newly linked leg of this carrier; default the ingesting source. */
  sourceFor?: (carrierId: string) => string;
  /** No news for this long is a stall (default 10 days). */
  stalledAfterMs?: number;
  /** A linked number whose parcel went quiet this long ago is a new parcel (default 180 d). */
  reuseWindowMs?: number;
  /**
   * More writes that belong with this ingest (finishing the polls it answers, the source's
   * state), run last in the same transaction: one commit instead of several.
   */
  finish?: (trx: Db, report: IngestReport) => Promise<void>;
}

export interface IngestReport {
  /** Events stored by this call. */
  newEvents: number;
  /** Shipments whose events, legs or derived state changed. */
  changedShipments: string[];
  /** Emitted on the bus after the commit, in order. */
  domainEvents: DomainEvent[];
  /** Legs created or merged in for hand-offs. */
  linkRequests: LinkOutcome[];
  /** Result numbers with no leg in the store (nothing was written for them). */
  unmatched: string[];
}

/** Most rounds of leg lookups (a round finds results whose legs the previous one made). */
const MAX_ROUNDS = 4;

/** The leg a result is about: the result's carrier's first, else the newest generation. */
function pickLeg(result: SourceResult, legs: readonly LegRow[] | undefined): LegRow | undefined {
  if (!legs || legs.length === 0) return undefined;
  return (result.carrierId && legs.find((l) => l.carrier_id === result.carrierId)) || legs[0];
}

export async function ingestResults(db: Db, args: IngestArgs): Promise<IngestReport> {
  const report: IngestReport = {
    newEvents: 0,
    changedShipments: [],
    domainEvents: [],
    linkRequests: [],
    unmatched: [],
  };
  await withTransaction(db, async (trx) => {
    const st: BatchState = { report, mergedInto: new Map(), changed: new Set() };
    let pending = [...args.results];
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
      const found = new Map<string, LegRow[]>();
      for (const leg of await legsByNumbers(
        trx,
        pending.map((r) => normalizeNumber(r.trackingNumber)),
      )) {
        const list = found.get(leg.number);
        if (list) list.push(leg);
        else found.set(leg.number, [leg]);
      }
      const groups = new Map<string, Item[]>();
      const orphans = new Map<string, SourceResult[]>();
      for (const result of pending) {
        const number = normalizeNumber(result.trackingNumber);
        const leg = pickLeg(result, found.get(number));
        if (!leg) {
          orphans.set(number, [...(orphans.get(number) ?? []), result]);
          continue;
        }
        let shipmentId = leg.shipment_id;
        while (st.mergedInto.has(shipmentId)) shipmentId = st.mergedInto.get(shipmentId)!;
        groups.set(shipmentId, [...(groups.get(shipmentId) ?? []), { result, leg }]);
      }
      if (groups.size === 0) break;
      const taken = await ingestBatch(trx, groups, orphans, args, st);
      pending = [...orphans.values()].flat().filter((r) => !taken.has(r));
    }
    for (const gone of st.mergedInto.keys()) st.changed.delete(gone);
    report.unmatched = pending.map((r) => r.trackingNumber);
    report.changedShipments = [...st.changed];
    if (args.finish) await args.finish(trx, report);
  });
  if (args.bus) for (const e of report.domainEvents) args.bus.emit(e);
  return report;
}
