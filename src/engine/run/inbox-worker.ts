/**
 * @module engine/run/inbox-worker
 * Processes the webhook inbox (DESIGN §7): claims pending pushes (a claim is a lease, so a
 * crashed worker's pushes come back), reads each with its source's webhook parse, ingests the
 * results and marks the push done. A body that cannot be read, or a source that is no longer
 * configured, fails for good; a store error hands the push back with a growing delay, and
 * after `maxAttempts` it fails for good. Idempotent: ingestion dedupes events by key, so the
 * same body processed twice (a retried push, a lease taken over) stores nothing new.
 * A push saying the source stopped tracking a number (17TRACK's TRACKING_STOPPED) removes
 * the poll rows of that number's legs polled through that source (store/schedule stopPolls),
 * so no worker polls them again until someone registers the number anew.
 * Inbox times (received, claims, retries) are on the real clock; ingestion on the engine's.
 */
import { type ParsedPush, WEBHOOK_RECEIVERS } from '../../carriers/webhooks.js';
import {
  claimInbox,
  type InboxItem,
  markInboxDone,
  markInboxFailed,
  releaseInbox,
} from '../../store/inbox.js';
import { legsByNumbers } from '../../store/legs.js';
import { stopPolls } from '../../store/schedule.js';
import { ingestResults } from '../ingest/ingest.js';
import { normalizeNumber } from '../ingest/interpret.js';
import type { Engine } from './context.js';
import { refreshNextChecks } from './next-checks.js';

export interface InboxOptions {
  /** Most pushes claimed in one call (default 100). */
  limit?: number;
  /** How long a claim lasts, real ms (default 1 min). */
  leaseMs?: number;
  /** Tries before a push that keeps failing is given up (default 5). */
  maxAttempts?: number;
  /** Only this source's pushes. */
  source?: string;
}

export interface InboxReport {
  claimed: number;
  done: number;
  /** Given up for good (unreadable, source gone, too many attempts). */
  failed: number;
  /** Handed back after a transient error. */
  retried: number;
  newEvents: number;
  /** Legs no longer polled because their source stopped tracking them. */
  stopped: number;
  /** Result numbers no stored leg has (nothing was written for them). */
  unmatched: string[];
}

const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 600_000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes the poll rows the push's source no longer serves; the legs' shipments change. */
async function stopTracking(engine: Engine, source: string, parsed: ParsedPush, r: InboxReport) {
  const numbers = (parsed.stoppedNumbers ?? []).map(normalizeNumber).filter((n) => n !== '');
  if (numbers.length === 0) return;
  const legs = await legsByNumbers(engine.db, numbers);
  const stopped = new Set(
    await stopPolls(
      engine.db,
      legs.map((leg) => leg.id),
      source,
    ),
  );
  if (stopped.size === 0) return;
  const shipments = legs.filter((leg) => stopped.has(leg.id)).map((leg) => leg.shipment_id);
  await refreshNextChecks(engine.db, [...new Set(shipments)]);
  engine.logger.info({ sourceId: source, legs: stopped.size }, 'source stopped tracking');
  r.stopped += stopped.size;
}

/** Why a push can never be processed, or undefined when it can be ingested. */
function permanentProblem(engine: Engine, item: InboxItem) {
  if (!engine.configured.enabled.has(item.source)) return `source ${item.source} not configured`;
  const receiver = WEBHOOK_RECEIVERS.get(item.source);
  if (!receiver) return `source ${item.source} takes no webhooks`;
  return receiver;
}

async function processOne(engine: Engine, item: InboxItem, opts: InboxOptions, r: InboxReport) {
  const real = () => engine.realNow();
  const receiver = permanentProblem(engine, item);
  if (typeof receiver === 'string') {
    if (await markInboxFailed(engine.db, item.id, receiver, real())) r.failed += 1;
    return;
  }
  const parsed = receiver.parse(item.body);
  const broken = parsed.output.messages.find(
    (m) => m.code === 'source_error' && m.trackingNumber === undefined,
  );
  if (parsed.output.results.length === 0 && broken) {
    if (await markInboxFailed(engine.db, item.id, broken.message.slice(0, 500), real())) {
      r.failed += 1;
    }
    return;
  }
  try {
    const now = engine.now();
    const report = await ingestResults(engine.db, {
      sourceId: item.source,
      fetchedAt: now,
      results: parsed.output.results,
      now,
      bus: engine.bus,
      sourceFor: (carrierId) => engine.sourceFor(carrierId) ?? item.source,
    });
    await refreshNextChecks(engine.db, report.changedShipments, now);
    await stopTracking(engine, item.source, parsed, r);
    r.newEvents += report.newEvents;
    r.unmatched.push(...report.unmatched);
    if (await markInboxDone(engine.db, item.id, real())) r.done += 1;
  } catch (error) {
    const why = message(error).slice(0, 500);
    engine.logger.warn({ inboxId: item.id, sourceId: item.source, err: error }, 'inbox item');
    const attempts = Number(item.attempts);
    if (attempts >= (opts.maxAttempts ?? 5)) {
      if (await markInboxFailed(engine.db, item.id, `gave up: ${why}`, real())) r.failed += 1;
      return;
    }
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
    if (await releaseInbox(engine.db, item.id, why, real() + delay)) r.retried += 1;
  }
}

/** Claims up to `limit` pending pushes and processes them one by one, oldest first. */
export async function processInbox(engine: Engine, opts: InboxOptions = {}): Promise<InboxReport> {
  const report: InboxReport = {
    claimed: 0,
    done: 0,
    failed: 0,
    retried: 0,
    newEvents: 0,
    stopped: 0,
    unmatched: [],
  };
  const items = await claimInbox(engine.db, {
    limit: opts.limit ?? 100,
    owner: engine.owner,
    leaseMs: opts.leaseMs ?? 60_000,
    now: engine.realNow(),
    ...(opts.source !== undefined ? { source: opts.source } : {}),
  });
  report.claimed = items.length;
  for (const item of items) await processOne(engine, item, opts, report);
  return report;
}
