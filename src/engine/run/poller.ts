/**
 * @module engine/run/poller
 * One poll cycle: lease due polls (each due poll to one worker; a lease that runs out makes
 * it due again), group them by source into batched requests — one fetch per number however
 * many polls wait on it — within each source's budget (token bucket, quota, circuit, and a
 * backoff another worker announced in source_state), run them `limits.concurrency` at a time
 * and finish every poll (poll-batch.ts). `pollNow` does the same for chosen legs without a
 * lease ("fetch now" for `trackline track`); `refreshNow` is the rate-limited page button.
 */
import { listSourceStates, type PollRow } from '../../store/index.js';
import { completePoll, failPoll, leaseDue, schedulePoll } from '../../store/schedule.js';
import { type BatchPlan, forEachConcurrently, planBatches } from '../policy/batch.js';
import type { RefreshDecision } from '../policy/refresh-limit.js';
import type { Engine } from './context.js';
import { type BatchOutcome, deferPolls, type PollItem, runBatch } from './poll-batch.js';

export interface CycleOptions {
  /** Most polls leased per cycle (default 500). */
  limit?: number;
  /** How long a lease lasts, in real ms (default 2 min; scaled to engine time). */
  leaseMs?: number;
}

export interface CycleReport {
  leased: number;
  /** Requests made to sources. */
  requests: number;
  /** Distinct numbers fetched. */
  numbers: number;
  failedRequests: number;
  /** Polls put back for a later cycle (budget, backoff, circuit). */
  deferred: number;
  newEvents: number;
  errors: string[];
}

const HOUR = 3_600_000;
/** Priority of "refresh now" polls. */
export const REFRESH_PRIORITY = 10;

function emptyReport(leased: number): CycleReport {
  return {
    leased,
    requests: 0,
    numbers: 0,
    failedRequests: 0,
    deferred: 0,
    newEvents: 0,
    errors: [],
  };
}

/** Turns poll rows into items, finishing polls whose leg is gone. */
async function itemsOf(engine: Engine, rows: readonly PollRow[], owner?: string) {
  if (rows.length === 0) return [];
  const legs = await engine.db
    .selectFrom('legs')
    .select(['id', 'number', 'shipment_id'])
    .where(
      'id',
      'in',
      rows.map((r) => r.leg_id),
    )
    .execute();
  const byId = new Map(legs.map((l) => [l.id, l]));
  const items: PollItem[] = [];
  for (const row of rows) {
    const leg = byId.get(row.leg_id);
    if (!leg) {
      await completePoll(engine.db, row.leg_id, null, { owner, result: 'leg_gone' });
      continue;
    }
    items.push({
      legId: row.leg_id,
      shipmentId: leg.shipment_id,
      sourceId: row.source_id,
      number: leg.number,
      priority: Number(row.priority),
      dueAtMs: Number(row.due_at),
      attempts: Number(row.attempts),
    });
  }
  return items;
}

/** Sources another worker backed off (source_state.next_allowed_at, real time, ahead). */
async function sharedBackoff(engine: Engine): Promise<Map<string, number>> {
  const now = engine.realNow();
  const out = new Map<string, number>();
  for (const s of await listSourceStates(engine.db)) {
    if (s.nextAllowedAt !== null && Number(s.nextAllowedAt) > now) {
      out.set(s.sourceId, Number(s.nextAllowedAt));
    }
  }
  return out;
}

async function runPlan(
  engine: Engine,
  items: readonly PollItem[],
  owner: string | undefined,
  report: CycleReport,
  blocked: ReadonlyMap<string, number> = new Map(),
): Promise<void> {
  const now = engine.now();
  const real = engine.realNow();
  const plan: BatchPlan<PollItem> = planBatches(
    items,
    (id) => engine.runtimes.get(id)?.source.limits,
    {
      requestBudget: (id) =>
        blocked.has(id) ? 0 : (engine.runtimes.get(id)?.gate.budget(real) ?? 0),
    },
  );
  for (const poll of plan.unknownSource) {
    const at = now + engine.engineDelay(HOUR);
    await failPoll(engine.db, poll.legId, at, { owner, result: 'source not configured' });
  }
  const deferredBySource = new Map<string, PollItem[]>();
  for (const poll of plan.deferred) {
    deferredBySource.set(poll.sourceId, [...(deferredBySource.get(poll.sourceId) ?? []), poll]);
  }
  for (const [sourceId, polls] of deferredBySource) {
    const gate = engine.runtimes.get(sourceId)?.gate.check(real);
    const until = blocked.get(sourceId);
    const wait = until !== undefined ? until - real : gate && !gate.ok ? gate.waitMs : 1_000;
    await deferPolls(engine, polls, wait, until !== undefined ? 'backoff' : 'budget', owner);
  }
  report.deferred += plan.deferred.length;
  await Promise.all(
    plan.sources.map(async (sp) => {
      const rt = engine.runtimes.get(sp.sourceId);
      if (!rt) return;
      await forEachConcurrently(sp.batches, sp.concurrency, async (batch) => {
        let outcome: BatchOutcome;
        try {
          outcome = await runBatch(engine, rt, batch, owner);
        } catch (error) {
          // A store failure while finishing: the leases expire and the polls run again.
          engine.logger.error({ err: error, sourceId: sp.sourceId }, 'poll batch crashed');
          report.errors.push(error instanceof Error ? error.message : String(error));
          return;
        }
        if (!outcome.called) {
          report.deferred += batch.polls.length;
          return;
        }
        report.requests += 1;
        report.numbers += batch.numbers.length;
        report.newEvents += outcome.newEvents;
        if (!outcome.ok) {
          report.failedRequests += 1;
          if (outcome.error) report.errors.push(outcome.error);
        }
      });
    }),
  );
}

/** Leases due polls and runs them; resolves when every request of the cycle has settled. */
export async function runPollCycle(engine: Engine, opts: CycleOptions = {}): Promise<CycleReport> {
  const now = engine.now();
  const rows = await leaseDue(engine.db, {
    limit: opts.limit ?? 500,
    owner: engine.owner,
    leaseMs: engine.engineDelay(opts.leaseMs ?? 120_000),
    now,
  });
  const report = emptyReport(rows.length);
  if (rows.length === 0) return report;
  const items = await itemsOf(engine, rows, engine.owner);
  await runPlan(engine, items, engine.owner, report, await sharedBackoff(engine));
  return report;
}

/** Fetches these legs now, whatever their due time (no lease: results are idempotent). */
export async function pollNow(engine: Engine, legIds: readonly string[]): Promise<CycleReport> {
  if (legIds.length === 0) return emptyReport(0);
  const rows: PollRow[] = [];
  for (let i = 0; i < legIds.length; i += 500) {
    const part = legIds.slice(i, i + 500);
    rows.push(
      ...(await engine.db
        .selectFrom('poll_schedule')
        .selectAll()
        .where('leg_id', 'in', part)
        .execute()),
    );
  }
  const report = emptyReport(rows.length);
  await runPlan(engine, await itemsOf(engine, rows), undefined, report);
  return report;
}

/**
 * "Refresh now" for a shipment: at most once per parcel per 5 min (and not when it was just
 * checked), then its legs' polls move to now at high priority and are fetched at once.
 */
export async function refreshNow(
  engine: Engine,
  shipmentId: string,
  opts: { fetch?: boolean } = {},
): Promise<RefreshDecision & { report?: CycleReport }> {
  const now = engine.now();
  const shipment = await engine.db
    .selectFrom('shipments')
    .select('last_checked_at')
    .where('id', '=', shipmentId)
    .executeTakeFirst();
  if (!shipment) return { ok: false, waitMs: Number.POSITIVE_INFINITY, reason: 'parcel' };
  const last = shipment.last_checked_at === null ? undefined : Number(shipment.last_checked_at);
  const decision = engine.refresh.request(shipmentId, now, last);
  if (!decision.ok) return decision;
  const polls = await engine.db
    .selectFrom('poll_schedule')
    .innerJoin('legs', 'legs.id', 'poll_schedule.leg_id')
    .select(['poll_schedule.leg_id', 'poll_schedule.source_id'])
    .where('legs.shipment_id', '=', shipmentId)
    .execute();
  for (const p of polls) {
    await schedulePoll(engine.db, {
      legId: p.leg_id,
      sourceId: p.source_id,
      dueAt: now,
      priority: REFRESH_PRIORITY,
      keepEarlier: true,
    });
  }
  if (opts.fetch === false) return decision;
  return {
    ...decision,
    report: await pollNow(
      engine,
      polls.map((p) => p.leg_id),
    ),
  };
}
