/**
 * @module engine/policy/batch.test
 * Grouping by source, one fetch per number, batch size, request budgets, urgency order and
 * the concurrency-limited runner.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceLimits } from '../../carriers/types.js';
import { type DuePoll, forEachConcurrently, planBatches } from './batch.js';

const LIMITS: Record<string, SourceLimits> = {
  cainiao: { perSecond: 5, batchSize: 3, concurrency: 2 },
  dhl: { perSecond: 1, batchSize: 1, concurrency: 1 },
};
const limitsOf = (id: string): SourceLimits | undefined => LIMITS[id];

interface Poll extends DuePoll {
  id: string;
}
const poll = (id: string, sourceId: string, number: string, extra: Partial<Poll> = {}): Poll => ({
  id,
  sourceId,
  number,
  ...extra,
});

describe('planBatches', () => {
  it('groups by source, fetches each number once and respects batchSize', () => {
    const due = [
      poll('a', 'cainiao', 'LP1'),
      poll('b', 'cainiao', 'LP2'),
      poll('c', 'cainiao', 'LP1'), // a second watcher of LP1
      poll('d', 'dhl', '123'),
      poll('e', 'cainiao', 'LP3'),
      poll('f', 'cainiao', 'LP4'),
      poll('g', 'dhl', '456'),
    ];
    const plan = planBatches(due, limitsOf);
    const cainiao = plan.sources.find((s) => s.sourceId === 'cainiao');
    expect(cainiao?.batches.map((b) => b.numbers)).toEqual([['LP1', 'LP2', 'LP3'], ['LP4']]);
    expect(cainiao?.batches[0]?.polls.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(cainiao?.concurrency).toBe(2);
    const dhl = plan.sources.find((s) => s.sourceId === 'dhl');
    expect(dhl?.batches.map((b) => b.numbers)).toEqual([['123'], ['456']]);
    expect(dhl?.concurrency).toBe(1);
    expect(plan.deferred).toEqual([]);
  });

  it('puts the most urgent first and defers what the budget cannot cover', () => {
    const due = [
      poll('late', 'dhl', '1', { dueAtMs: 300 }),
      poll('early', 'dhl', '2', { dueAtMs: 100 }),
      poll('refresh', 'dhl', '3', { dueAtMs: 400, priority: 10 }),
      poll('mid', 'dhl', '4', { dueAtMs: 200 }),
    ];
    const plan = planBatches(due, limitsOf, { requestBudget: () => 2 });
    expect(plan.sources[0]?.batches.map((b) => b.numbers[0])).toEqual(['3', '2']);
    expect(plan.deferred.map((p) => p.id)).toEqual(['mid', 'late']);
  });

  it('sets aside polls for unknown sources and plans nothing for a zero budget', () => {
    const plan = planBatches([poll('x', 'nowhere', 'N1'), poll('y', 'dhl', 'D1')], limitsOf, {
      requestBudget: () => 0,
    });
    expect(plan.unknownSource.map((p) => p.id)).toEqual(['x']);
    expect(plan.sources).toEqual([]);
    expect(plan.deferred.map((p) => p.id)).toEqual(['y']);
  });

  it('accounts for every poll exactly once, with distinct numbers per source', () => {
    const arbPoll = fc.record({
      id: fc.uuid(),
      sourceId: fc.constantFrom('cainiao', 'dhl', 'other'),
      number: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
      priority: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbPoll, { maxLength: 60 }), fc.option(fc.nat(5)), (due, budget) => {
        const options = budget === null ? {} : { requestBudget: () => budget };
        const plan = planBatches(due, limitsOf, options);
        const seen = [
          ...plan.sources.flatMap((s) => s.batches.flatMap((b) => b.polls)),
          ...plan.deferred,
          ...plan.unknownSource,
        ];
        expect(seen.length).toBe(due.length);
        expect(new Set(seen)).toEqual(new Set(due));
        for (const source of plan.sources) {
          const limits = LIMITS[source.sourceId]!;
          if (budget !== null) expect(source.batches.length).toBeLessThanOrEqual(budget);
          expect(source.concurrency).toBeLessThanOrEqual(limits.concurrency);
          const numbers = source.batches.flatMap((b) => b.numbers);
          expect(new Set(numbers).size).toBe(numbers.length);
          for (const batch of source.batches) {
            expect(batch.numbers.length).toBeGreaterThan(0);
            expect(batch.numbers.length).toBeLessThanOrEqual(limits.batchSize);
            for (const p of batch.polls) expect(batch.numbers).toContain(p.number);
          }
          for (const p of plan.deferred) {
            if (p.sourceId === source.sourceId) expect(numbers).not.toContain(p.number);
          }
        }
      }),
    );
  });
});

describe('forEachConcurrently', () => {
  it('keeps at most `concurrency` in flight and reports each outcome', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      inFlight -= 1;
      if (n === 4) throw new Error('four');
    });
    expect(peak).toBe(3);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
  });

  it('handles an empty list', async () => {
    expect(await forEachConcurrently([], 4, async () => {})).toEqual([]);
  });
});
