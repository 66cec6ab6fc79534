/**
 * @module engine/run/poll-batch
 * One request to one source and everything that follows it: take a call from the source's
 * gate, fetch the batch's numbers, parse, ingest (through the engine's group-commit queue)
 * and, in the same transaction, finish every poll the answer serves —
 * the next check from the adaptive policy (or stop), or on an error the decision of
 * `onPollError` (retry with backoff, back the source off after a 429, disable it after an
 * auth failure, stop the number) — and persist the source's state for every worker to see.
 */
import { CarrierRateLimitError, CarrierUnavailableError } from '../../carriers/errors.js';
import type { ParseOutput } from '../../carriers/types.js';
import type { Db } from '../../store/db.js';
import { upsertSourceState } from '../../store/source-state.js';
import type { Batch, DuePoll } from '../policy/batch.js';
import { onPollError, type PollDecision } from '../policy/decide.js';
import { nextCheckAt } from '../policy/next-check.js';
import type { Engine, SourceRuntime } from './context.js';
import { refreshNextChecks } from './next-checks.js';
import { completeMany, type Finished, failMany } from './schedule-bulk.js';

/** A due poll of one leg. */
export interface PollItem extends DuePoll {
  legId: string;
  shipmentId: string;
  /** Attempts so far, this one included (leaseDue counts it). */
  attempts: number;
}

/** What one request did, summed up by the cycle. */
export interface BatchOutcome {
  /** False when the gate refused the call (the polls were put back). */
  called: boolean;
  ok: boolean;
  newEvents: number;
  error?: string;
  decision?: PollDecision['action'];
}

/** How long a poll waits when its source is disabled (bad credentials). */
const DISABLED_RETRY_MS = 3_600_000;
const MAX_DEFER_MS = 3_600_000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A whole answer the parser could not read is a failed call, not "nothing new". */
function unreadable(sourceId: string, parsed: ParseOutput): Error | undefined {
  if (parsed.results.length > 0) return undefined;
  const broken = parsed.messages.find((m) => m.code === 'source_error' && !m.trackingNumber);
  return broken ? new CarrierUnavailableError(sourceId, broken.message) : undefined;
}

/** Puts polls back without a fetch (budget or gate refused); the due time moves by `waitMs`. */
export async function deferPolls(
  engine: Engine,
  polls: readonly PollItem[],
  waitMs: number,
  why: string,
  owner: string | undefined,
): Promise<void> {
  const at = engine.now() + engine.engineDelay(Math.min(Math.max(waitMs, 1), MAX_DEFER_MS));
  const ids = polls.map((p) => p.legId);
  await failMany(engine.db, ids, at, `deferred: ${why}`, owner);
}

export async function runBatch(
  engine: Engine,
  rt: SourceRuntime,
  batch: Batch<PollItem>,
  owner: string | undefined,
): Promise<BatchOutcome> {
  const sourceId = rt.source.id;
  const gate = rt.gate.acquire(engine.realNow());
  if (!gate.ok) {
    await deferPolls(engine, batch.polls, gate.waitMs, gate.reason, owner);
    return { called: false, ok: false, newEvents: 0 };
  }
  let parsed: ParseOutput;
  try {
    const payload = await rt.client.fetchRaw(batch.numbers);
    parsed = rt.source.parse(payload);
    const broken = unreadable(sourceId, parsed);
    if (broken) throw broken;
  } catch (error) {
    return failBatch(engine, rt, batch, owner, error);
  }
  const now = engine.now();
  const notFound = new Set(
    parsed.messages.filter((m) => m.trackingNumber).map((m) => m.trackingNumber as string),
  );
  let newEvents = 0;
  try {
    const share = await engine.ingest.ingest({
      sourceId,
      fetchedAt: now,
      results: parsed.results,
      now,
      bus: engine.bus,
      sourceFor: (carrierId) => engine.sourceFor(carrierId) ?? sourceId,
      // The polls this answer serves are finished in the transaction that stores its events.
      finish: (trx) =>
        finishPolls(engine, trx, batch.polls, now, owner, (n) =>
          notFound.has(n) ? 'not_found' : 'ok',
        ),
    });
    // Batches stored together share one report: count its events once, at the leader.
    newEvents = share.leader ? share.report.newEvents : 0;
  } catch (error) {
    // The store failed, not the source: retry soon, without blaming the source.
    engine.logger.error({ err: error, sourceId }, 'ingest failed');
    const at = now + engine.engineDelay(5_000 + Math.floor(engine.random() * 5_000));
    const ids = batch.polls.map((p) => p.legId);
    await failMany(engine.db, ids, at, `ingest_error: ${message(error)}`, owner);
    return { called: true, ok: false, newEvents: 0, error: message(error) };
  }
  // Outside that transaction: on PostgreSQL every worker's ingest would otherwise queue
  // behind the one source_state row.
  const real = engine.realNow();
  rt.gate.onSuccess(real);
  await upsertSourceState(
    engine.db,
    sourceId,
    { ...rt.gate.persisted(real), lastSuccessAt: real },
    real,
  );
  return { called: true, ok: true, newEvents };
}

/** Schedules each poll's next check from its shipment's state (or stops it). */
async function finishPolls(
  engine: Engine,
  db: Db,
  polls: readonly PollItem[],
  now: number,
  owner: string | undefined,
  resultOf: (number: string) => string,
): Promise<void> {
  const legIds = [...new Set(polls.map((p) => p.legId))];
  const rows = await db
    .selectFrom('legs')
    .innerJoin('shipments', 'shipments.id', 'legs.shipment_id')
    .select([
      'legs.id as legId',
      'shipments.id as shipmentId',
      'shipments.status',
      'shipments.milestone',
      'shipments.created_at',
      'shipments.last_event_at',
    ])
    .where('legs.id', 'in', legIds)
    .execute();
  const byLeg = new Map(rows.map((r) => [r.legId, r]));
  const shipments = new Set<string>();
  const finished = new Set<string>();
  const done: Finished[] = [];
  for (const poll of polls) {
    const row = byLeg.get(poll.legId);
    if (!row) {
      done.push({ legId: poll.legId, dueAt: null, result: 'leg_gone' });
      continue;
    }
    shipments.add(row.shipmentId);
    const next = nextCheckAt(
      {
        status: row.status,
        milestone: row.milestone,
        registeredAtMs: Number(row.created_at),
        ...(row.last_event_at !== null ? { lastEventAtMs: Number(row.last_event_at) } : {}),
        lastCheckedAtMs: now,
      },
      now,
      engine.random,
      engine.polling,
    );
    if (next.stop) finished.add(row.shipmentId);
    done.push({
      legId: poll.legId,
      dueAt: next.stop ? null : next.atMs,
      result: next.stop ? `stopped: ${next.reason}` : resultOf(poll.number),
    });
  }
  const touched = await completeMany(db, done, owner);
  if (touched < done.length && owner !== undefined) {
    engine.logger.warn({ lost: done.length - touched, owner }, 'leases lost before polls finished');
  }
  if (finished.size > 0) {
    // A delivered, returned or expired parcel is finished on every leg already fetched once
    // (a leg just handed over is still fetched once, so none of its scans is lost).
    await db
      .deleteFrom('poll_schedule')
      .where('last_result', 'is not', null)
      .where('leg_id', 'in', (eb) =>
        eb
          .selectFrom('legs')
          .select('id')
          .where('shipment_id', 'in', [...finished]),
      )
      .execute();
  }
  await refreshNextChecks(db, [...shipments], now);
}

async function failBatch(
  engine: Engine,
  rt: SourceRuntime,
  batch: Batch<PollItem>,
  owner: string | undefined,
  error: unknown,
): Promise<BatchOutcome> {
  // Decisions are taken on the real clock (Retry-After is real seconds); due times are
  // engine time.
  const real = engine.realNow();
  const now = engine.now();
  const due = (realAt: number) => now + engine.engineDelay(Math.max(0, realAt - real));
  const attempts = Math.max(0, ...batch.polls.map((p) => p.attempts - 1));
  const attempt = error instanceof CarrierRateLimitError ? rt.gate.rateLimitStreak : attempts;
  const decision = onPollError(error, { nowMs: real, attempt, random: engine.random });
  rt.gate.onDecision(decision, real);
  const reason = message(error);
  engine.logger.warn({ sourceId: rt.source.id, decision: decision.action, reason }, 'poll failed');
  const ids = batch.polls.map((p) => p.legId);
  const result = `${decision.action}: ${reason}`;
  switch (decision.action) {
    case 'retry':
      await failMany(engine.db, ids, due(decision.atMs), result, owner);
      break;
    case 'backoff-source':
      await failMany(engine.db, ids, due(decision.untilMs), result, owner);
      break;
    case 'disable-source':
      await failMany(engine.db, ids, due(real + DISABLED_RETRY_MS), result, owner);
      break;
    case 'stop-number':
      await completeMany(
        engine.db,
        ids.map((legId) => ({ legId, dueAt: null, result })),
        owner,
      );
      break;
  }
  await refreshNextChecks(engine.db, [...new Set(batch.polls.map((p) => p.shipmentId))]);
  await upsertSourceState(
    engine.db,
    rt.source.id,
    { ...rt.gate.persisted(real), lastErrorAt: real, lastError: reason.slice(0, 500) },
    real,
  );
  return { called: true, ok: false, newEvents: 0, error: reason, decision: decision.action };
}
