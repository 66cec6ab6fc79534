/**
 * @module engine/run/loop
 * The scheduler loop of `serve` (embedded mode) and `worker` (distributed mode): runs poll
 * cycles one after another on a timer with jitter — straight away again while cycles come
 * back full, after `intervalMs` (±jitter) when idle; each cycle also processes the webhook
 * inbox once. `stop()` lets the in-flight cycle finish and then resolves; polls leased by a
 * process that dies are retaken when their lease runs out.
 */
import type { Engine } from './context.js';
import { processInbox } from './inbox-worker.js';
import { type CycleOptions, type CycleReport, runPollCycle } from './poller.js';

export interface LoopOptions extends CycleOptions {
  /** Real ms between idle cycles (default 1,000). */
  intervalMs?: number;
  /** Relative jitter of the interval (default 0.2 = ±20%). */
  jitter?: number;
  /** Told after each cycle (metrics, tests). */
  onCycle?: (report: CycleReport) => void;
  /** Real-time timer, injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => { cancel(): void };
}

export interface SchedulerLoop {
  /** Cycles run so far. */
  readonly cycles: number;
  readonly running: boolean;
  /** Finishes the in-flight cycle, then stops. */
  stop(): Promise<void>;
  /** Resolves when the loop has stopped. */
  readonly done: Promise<void>;
}

const defaultTimer = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(t) };
};

export function startLoop(engine: Engine, opts: LoopOptions = {}): SchedulerLoop {
  const interval = opts.intervalMs ?? 1_000;
  const jitter = opts.jitter ?? 0.2;
  const setTimer = opts.setTimer ?? defaultTimer;
  const limit = opts.limit ?? 500;
  let cycles = 0;
  let stopping = false;
  let timer: { cancel(): void } | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimer(resolve, ms);
    });
  const run = async () => {
    while (!stopping) {
      let full = false;
      try {
        const report = await runPollCycle(engine, { ...opts, limit });
        cycles += 1;
        full = report.leased >= limit && report.deferred < report.leased;
        opts.onCycle?.(report);
      } catch (error) {
        engine.logger.error({ err: error }, 'poll cycle failed');
      }
      // One pass over the webhook inbox per cycle (pushes wait at most one interval).
      await processInbox(engine).catch((error: unknown) => {
        engine.logger.error({ err: error }, 'inbox pass failed');
      });
      if (stopping) break;
      const ms = full ? 0 : Math.max(0, interval * (1 + jitter * (2 * engine.random() - 1)));
      await sleep(ms);
    }
  };
  const done = run();
  return {
    get cycles() {
      return cycles;
    },
    get running() {
      return !stopping;
    },
    async stop() {
      stopping = true;
      timer?.cancel();
      wake?.();
      await done;
    },
    done,
  };
}
