import { describe, expect, it } from 'vitest';
import { createSimClock } from './clock.js';
import { SimWorld } from './world.js';

const EPOCH = Date.UTC(2026, 2, 1);
const LATE = EPOCH + 200 * 86_400_000;

describe('SimWorld', () => {
  it('resolves handed-over numbers to their journey, even after the journey left the cache', () => {
    const world = new SimWorld({ seed: 'w', epochMs: EPOCH, cacheSize: 2 });
    let multi: string | undefined;
    for (let i = 0; i < 200 && !multi; i++) {
      const n = `LP00${String(500000000000 + i * 104729).padStart(12, '0')}`;
      if ((world.journey(n)?.legs.length ?? 0) === 3) multi = n;
    }
    expect(multi).toBeDefined();
    const legs = world.journey(multi!)!.legs.map((l) => l.number);
    for (let i = 0; i < 5; i++) world.journey(`LP0011111111111${i}`); // push it out of the cache
    for (const [i, n] of legs.entries()) {
      const r = world.resolve(n.toLowerCase());
      expect(r?.leg).toBe(i);
      expect(r?.journey.number).toBe(multi);
      const item = world.track(n, LATE);
      expect(item.found).toBe(true);
    }
  });

  it('says why a number is not found', () => {
    const world = new SimWorld({ seed: 'w', epochMs: EPOCH });
    expect(world.track('HA000000000CN', LATE)).toMatchObject({
      found: false,
      reason: 'unknown_number',
    });
    expect(world.track('??', LATE)).toMatchObject({ found: false, reason: 'invalid_number' });
    const early = world.track('LP00123456789012', EPOCH - 400 * 86_400_000);
    expect(early).toMatchObject({ found: false, reason: 'no_events_yet' });
  });
});

describe('SimClock', () => {
  it('runs at its time scale and jumps on request', () => {
    let real = 1_000;
    const clock = createSimClock({ epochMs: EPOCH, timeScale: 86_400, realNow: () => real });
    expect(clock.now()).toBe(EPOCH);
    real += 1_000;
    expect(clock.now()).toBe(EPOCH + 86_400_000);
    clock.advance(5);
    expect(clock.now()).toBe(EPOCH + 86_400_005);
    clock.set(EPOCH);
    real += 500;
    expect(clock.now()).toBe(EPOCH + 43_200_000);
  });
});
