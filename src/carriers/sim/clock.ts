/**
 * @module carriers/sim/clock
 * The simulator's clock: a fixed epoch plus real elapsed time multiplied by a time scale
 * (86,400 = one simulated day per real second), plus explicit jumps for tests.
 */

export interface SimClock {
  /** Current simulated instant (epoch ms). */
  now(): number;
  /** Moves simulated time forward by `ms`; returns the new instant. */
  advance(ms: number): number;
  /** Sets simulated time to `ms`; time keeps flowing from there at the same scale. */
  set(ms: number): number;
  readonly epochMs: number;
  readonly timeScale: number;
}

export interface SimClockOptions {
  /** Where the clock starts. */
  epochMs: number;
  /** Simulated ms per real ms; 0 freezes time (only advance/set move it). */
  timeScale: number;
  /** The real clock, injected for tests. */
  realNow?: () => number;
}

export function createSimClock(opts: SimClockOptions): SimClock {
  const realNow = opts.realNow ?? Date.now;
  let baseSim = opts.epochMs;
  let baseReal = realNow();
  const now = (): number => Math.floor(baseSim + (realNow() - baseReal) * opts.timeScale);
  return {
    epochMs: opts.epochMs,
    timeScale: opts.timeScale,
    now,
    advance(ms) {
      baseSim = now() + ms;
      baseReal = realNow();
      return baseSim;
    },
    set(ms) {
      baseSim = ms;
      baseReal = realNow();
      return baseSim;
    },
  };
}
