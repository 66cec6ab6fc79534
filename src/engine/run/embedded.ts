/**
 * @module engine/run/embedded
 * Embedded mode for `trackline serve`: the engine and its scheduler loop in the web
 * process. `stop()` finishes the in-flight poll cycle, then closes the engine.
 */
import { createEngine, type Engine, type EngineOptions } from './context.js';
import { type LoopOptions, type SchedulerLoop, startLoop } from './loop.js';

export interface EmbeddedEngine {
  engine: Engine;
  loop: SchedulerLoop;
  stop(): Promise<void>;
}

export async function startEmbedded(
  opts: EngineOptions & { loop?: LoopOptions },
): Promise<EmbeddedEngine> {
  const engine = await createEngine(opts);
  const loop = startLoop(engine, opts.loop);
  return {
    engine,
    loop,
    async stop() {
      await loop.stop();
      await engine.close();
    },
  };
}
