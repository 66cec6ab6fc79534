/**
 * @module engine/ingest/group-commit
 * Group commit for ingestion. A worker fetches several batches at once (a source's
 * concurrency, several sources); each answer used to be its own transaction, and on SQLite a
 * commit costs about as much as storing a hundred events (every page the transaction touched
 * is written to the WAL again). The queue runs the first call at once, alone, so a quiet
 * worker adds no delay; calls that arrive while a transaction is running wait for it and then
 * go in together, one `ingestResults` call per source, up to `maxResults` results.
 *
 * The calls of one queue must differ only in their results and times: one engine's calls
 * (same bus, same `sourceFor` for a source id, same windows). A group takes its first call's
 * options and the latest `fetchedAt` and `now` of its calls (they are milliseconds apart).
 * Each caller's `finish` runs in the shared transaction, in call order. Each caller gets the
 * group's report; `leader` is true for exactly one caller per group, so counts summed over
 * leaders are counted once.
 */
import type { Db } from '../../store/db.js';
import { type IngestArgs, type IngestReport, ingestResults } from './ingest.js';

export interface GroupShare {
  /** The report of the whole group this call was stored with. */
  report: IngestReport;
  /** True for one caller per group: count the report's figures there only. */
  leader: boolean;
  /** Calls stored in the same transaction, this one included. */
  groupSize: number;
}

export interface IngestQueue {
  /** Ingests `args.results`, in a transaction shared with calls waiting at the same time. */
  ingest(args: IngestArgs): Promise<GroupShare>;
  /** Transactions run and calls served so far. */
  stats(): { groups: number; calls: number };
}

interface Waiting {
  args: IngestArgs;
  resolve: (share: GroupShare) => void;
  reject: (error: unknown) => void;
}

/** Most results stored in one transaction (ten of the largest source batches). */
export const DEFAULT_GROUP_RESULTS = 400;

export function createIngestQueue(
  db: Db,
  opts: { maxResults?: number; run?: typeof ingestResults } = {},
): IngestQueue {
  const maxResults = Math.max(1, opts.maxResults ?? DEFAULT_GROUP_RESULTS);
  const run = opts.run ?? ingestResults;
  const waiting: Waiting[] = [];
  let running = false;
  let groups = 0;
  let calls = 0;

  /** The oldest call and the calls of the same source behind it, within the size cap. */
  function takeGroup(): Waiting[] {
    const first = waiting.shift();
    if (!first) return [];
    const group = [first];
    let size = first.args.results.length;
    for (let i = 0; i < waiting.length; ) {
      const next = waiting[i]!;
      const fits = size + next.args.results.length <= maxResults;
      if (next.args.sourceId === first.args.sourceId && fits) {
        group.push(next);
        size += next.args.results.length;
        waiting.splice(i, 1);
      } else {
        i++;
      }
    }
    return group;
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      for (let group = takeGroup(); group.length > 0; group = takeGroup()) {
        const lead = group[0]!.args;
        const args: IngestArgs =
          group.length === 1
            ? lead
            : {
                ...lead,
                results: group.flatMap((w) => w.args.results),
                fetchedAt: Math.max(...group.map((w) => w.args.fetchedAt)),
                now: Math.max(...group.map((w) => w.args.now)),
                finish: async (trx, report) => {
                  for (const w of group) await w.args.finish?.(trx, report);
                },
              };
        groups += 1;
        calls += group.length;
        try {
          const report = await run(db, args);
          group.forEach((w, i) => {
            w.resolve({ report, leader: i === 0, groupSize: group.length });
          });
        } catch (error) {
          for (const w of group) w.reject(error);
        }
        // Let the callers just answered come back before the next group is taken, so a
        // worker's answers in flight keep going in together rather than in alternating
        // small and large groups.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      running = false;
    }
  }

  return {
    ingest(args) {
      return new Promise<GroupShare>((resolve, reject) => {
        waiting.push({ args, resolve, reject });
        if (!running) void drain();
      });
    },
    stats: () => ({ groups, calls }),
  };
}
