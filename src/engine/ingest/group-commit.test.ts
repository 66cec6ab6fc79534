import { describe, expect, it } from 'vitest';
import type { SourceResult } from '../../carriers/types.js';
import type { Db } from '../../store/db.js';
import { createIngestQueue } from './group-commit.js';
import type { IngestArgs, IngestReport } from './ingest.js';

function result(n: string): SourceResult {
  return { trackingNumber: n, events: [] } as unknown as SourceResult;
}

function args(sourceId: string, numbers: string[], at = 1_000): IngestArgs {
  return { sourceId, fetchedAt: at, now: at, results: numbers.map(result) };
}

function report(newEvents: number): IngestReport {
  return { newEvents, changedShipments: [], domainEvents: [], linkRequests: [], unmatched: [] };
}

/** A fake ingestResults that records each call and finishes only when told. */
function recorder() {
  const calls: IngestArgs[] = [];
  const release: Array<() => void> = [];
  const run = (_db: Db, a: IngestArgs) => {
    calls.push(a);
    return new Promise<IngestReport>((resolve) => {
      release.push(() => resolve(report(a.results.length * 10)));
    });
  };
  return { calls, release, run };
}

const db = {} as Db;
const tick = () => new Promise((r) => setImmediate(r));

describe('ingest queue (group commit)', () => {
  it('runs a lone call at once, then stores the calls that waited in one group', async () => {
    const rec = recorder();
    const q = createIngestQueue(db, { run: rec.run });
    const first = q.ingest(args('sim', ['A']));
    expect(rec.calls).toHaveLength(1);
    const second = q.ingest(args('sim', ['B'], 1_005));
    const third = q.ingest(args('sim', ['C', 'D'], 1_003));
    rec.release[0]!();
    const one = await first;
    expect(one).toMatchObject({ leader: true, groupSize: 1 });
    while (rec.calls.length < 2) await tick();
    const grouped = rec.calls[1]!;
    expect(grouped.results.map((r) => r.trackingNumber)).toEqual(['B', 'C', 'D']);
    expect(grouped.fetchedAt).toBe(1_005);
    expect(grouped.now).toBe(1_005);
    rec.release[1]!();
    const [two, three] = await Promise.all([second, third]);
    expect(two.leader).toBe(true);
    expect(three.leader).toBe(false);
    expect(two.report).toBe(three.report);
    expect(two.groupSize).toBe(2);
    expect(q.stats()).toEqual({ groups: 2, calls: 3 });
  });

  it('keeps sources apart and respects the size cap', async () => {
    const rec = recorder();
    const q = createIngestQueue(db, { run: rec.run, maxResults: 3 });
    const all = [
      q.ingest(args('sim', ['A'])),
      q.ingest(args('sim', ['B', 'C'])),
      q.ingest(args('dhl', ['X'])),
      q.ingest(args('sim', ['D'])),
      q.ingest(args('sim', ['E', 'F'])),
    ];
    for (let i = 0; i < 4; i++) {
      while (rec.release.length <= i) await tick();
      rec.release[i]!();
    }
    await Promise.all(all);
    const groups = rec.calls.map((c) => `${c.sourceId}:${c.results.map((r) => r.trackingNumber)}`);
    expect(groups).toEqual(['sim:A', 'sim:B,C,D', 'dhl:X', 'sim:E,F']);
  });

  it('gives every caller of a failed group the error, and goes on with the next', async () => {
    let n = 0;
    const q = createIngestQueue(db, {
      run: async (_db, a) => {
        n += 1;
        if (a.results.some((r) => r.trackingNumber === 'BAD')) throw new Error('disk full');
        return report(1);
      },
    });
    const first = q.ingest(args('sim', ['A']));
    const bad = q.ingest(args('sim', ['BAD']));
    const mate = q.ingest(args('sim', ['B']));
    await expect(first).resolves.toMatchObject({ leader: true });
    await expect(bad).rejects.toThrow('disk full');
    await expect(mate).rejects.toThrow('disk full');
    await expect(q.ingest(args('sim', ['C']))).resolves.toMatchObject({ groupSize: 1 });
    expect(n).toBe(3);
  });
});
