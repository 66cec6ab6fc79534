import { describe, expect, it } from 'vitest';
import { casesFrom, evaluate, fitLaneStats, snapshotAt } from './evaluate.js';
import { syntheticJourneys, uniformStream } from './synthetic.js';

const END = Date.parse('2026-06-01T00:00:00Z');

describe('evaluation on held-out journeys', () => {
  // Fitted on one seed, scored on another: the journeys never overlap.
  const fit = syntheticJourneys({ seed: 21, count: 2500, endMs: END });
  const test = syntheticJourneys({ seed: 22, count: 800, endMs: END });
  const cases = casesFrom(test, 2, uniformStream(23));
  const lanes = evaluate(cases, fitLaneStats(fit));
  const prior = evaluate(cases, null);

  it('holds 70–90 % of deliveries in the stated 80 % window (target 75–85 %)', () => {
    console.log(
      `eta coverage: lanes ${(100 * lanes.coverage).toFixed(1)} %, ` +
        `prior ${(100 * prior.coverage).toFixed(1)} % on ${lanes.estimated} cuts`,
    );
    expect(lanes.estimated).toBe(cases.length);
    expect(lanes.byBasis['lane']).toBeGreaterThan(cases.length * 0.9);
    expect(lanes.coverage).toBeGreaterThanOrEqual(0.7);
    expect(lanes.coverage).toBeLessThanOrEqual(0.9);
    expect(prior.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('is closer with lane statistics than with the priors alone on biased lanes', () => {
    expect(lanes.medianAbsErrorDays).toBeLessThan(prior.medianAbsErrorDays);
  });

  it('never scores an estimate that was not made', () => {
    const none = evaluate([], null);
    expect(none.estimated).toBe(0);
    expect(Number.isNaN(none.coverage)).toBe(true);
  });
});

describe('snapshots', () => {
  const [j] = syntheticJourneys({ seed: 3, count: 1, endMs: END });
  const at = (m: string) => Date.parse(j!.milestonesReached.find((x) => x.milestone === m)!.at);

  it('shows only what had happened by then', () => {
    const cut = at('delivered') - 1;
    const snap = snapshotAt(j!, cut);
    expect(snap.milestonesReached.some((m) => m.milestone === 'delivered')).toBe(false);
    expect(snap.status).not.toBe('delivered');
    const early = snapshotAt(j!, Date.parse(j!.shippedAt!) + 1);
    expect(early.lastMileCarrier).toBeUndefined();
    expect(
      early.milestonesReached.every((m) => Date.parse(m.at) <= Date.parse(j!.shippedAt!) + 1),
    ).toBe(true);
  });

  it('names the last-mile carrier once told when it became known', () => {
    const start = Date.parse(j!.shippedAt!);
    expect(snapshotAt(j!, start + 10, start).lastMileCarrier).toBe(j!.lastMileCarrier);
    expect(snapshotAt(j!, start + 10, start + 20).lastMileCarrier).toBeUndefined();
  });
});
