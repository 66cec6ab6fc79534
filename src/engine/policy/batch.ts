/**
 * @module engine/policy/batch
 * Turns due polls into requests: grouped by source, one fetch per tracking number however
 * many polls (watchers, legs, refresh requests) wait on it, at most `limits.batchSize`
 * numbers per request, most urgent first, and no more requests than the source's budget
 * allows this round. `forEachConcurrently` runs a source's requests `limits.concurrency` at a time.
 */
import type { SourceLimits } from '../../carriers/types.js';

/** A poll that is due; extra fields ride along untouched. */
export interface DuePoll {
  sourceId: string;
  /** Normalized tracking number; polls with the same number share one fetch. */
  number: string;
  /** Higher first (e.g. "refresh now" above routine polls). */
  priority?: number;
  dueAtMs?: number;
}

/** One request to a source, and every poll its answer serves. */
export interface Batch<P extends DuePoll = DuePoll> {
  sourceId: string;
  /** Distinct numbers, at most `batchSize`. */
  numbers: string[];
  /** All polls answered by this request (several may share a number). */
  polls: P[];
}

export interface SourcePlan<P extends DuePoll = DuePoll> {
  sourceId: string;
  /** Requests in flight at once for this source. */
  concurrency: number;
  batches: Batch<P>[];
}

export interface BatchPlan<P extends DuePoll = DuePoll> {
  sources: SourcePlan<P>[];
  /** Polls left for a later round because the source's request budget ran out. */
  deferred: P[];
  /** Polls naming a source with no known limits. */
  unknownSource: P[];
}

export interface PlanOptions {
  /** Requests the source may make this round (its token bucket / quota); unlimited when absent. */
  requestBudget?: (sourceId: string) => number;
}

function urgency(a: DuePoll, b: DuePoll): number {
  const byPriority = (b.priority ?? 0) - (a.priority ?? 0);
  if (byPriority !== 0) return byPriority;
  return (a.dueAtMs ?? 0) - (b.dueAtMs ?? 0);
}

/** Plans the requests for a set of due polls. */
export function planBatches<P extends DuePoll>(
  due: readonly P[],
  limitsOf: (sourceId: string) => SourceLimits | undefined,
  options: PlanOptions = {},
): BatchPlan<P> {
  const bySource = new Map<string, P[]>();
  const unknownSource: P[] = [];
  for (const poll of due) {
    if (!limitsOf(poll.sourceId)) {
      unknownSource.push(poll);
      continue;
    }
    const list = bySource.get(poll.sourceId);
    if (list) list.push(poll);
    else bySource.set(poll.sourceId, [poll]);
  }

  const sources: SourcePlan<P>[] = [];
  const deferred: P[] = [];
  for (const [sourceId, polls] of bySource) {
    const limits = limitsOf(sourceId);
    if (!limits) continue;
    const batchSize = Math.max(1, Math.floor(limits.batchSize));
    const budget = Math.max(0, Math.floor(options.requestBudget?.(sourceId) ?? Infinity));

    // One entry per number, in order of its most urgent poll.
    const byNumber = new Map<string, P[]>();
    for (const poll of [...polls].sort(urgency)) {
      const same = byNumber.get(poll.number);
      if (same) same.push(poll);
      else byNumber.set(poll.number, [poll]);
    }

    const batches: Batch<P>[] = [];
    let current: Batch<P> | undefined;
    for (const [number, waiting] of byNumber) {
      if (!current || current.numbers.length >= batchSize) {
        if (batches.length >= budget) {
          deferred.push(...waiting);
          continue;
        }
        current = { sourceId, numbers: [], polls: [] };
        batches.push(current);
      }
      current.numbers.push(number);
      current.polls.push(...waiting);
    }
    if (batches.length > 0) {
      const concurrency = Math.max(1, Math.min(Math.floor(limits.concurrency), batches.length));
      sources.push({ sourceId, concurrency, batches });
    }
  }
  return { sources, deferred, unknownSource };
}

/** Runs `work` over `items` with at most `concurrency` in flight; resolves when all settle. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<PromiseSettledResult<void>[]> {
  const results: PromiseSettledResult<void>[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        await work(items[index] as T, index);
        results[index] = { status: 'fulfilled', value: undefined };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
