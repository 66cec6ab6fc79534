/**
 * @module engine/run
 * The running engine: build it from the configuration (context.ts), register numbers
 * (register.ts), poll (poller.ts, poll-batch.ts), run the scheduler loop (loop.ts) and read
 * a parcel's page data (track-view.ts).
 */
export { createEngine, type DemoSimulator, type Engine, type EngineOptions } from './context.js';
export { type EmbeddedEngine, startEmbedded } from './embedded.js';
export { type LoopOptions, type SchedulerLoop, startLoop } from './loop.js';
export {
  type CycleOptions,
  type CycleReport,
  pollNow,
  REFRESH_PRIORITY,
  refreshNow,
  runPollCycle,
} from './poller.js';
export {
  FIRST_POLL_PRIORITY,
  NotATrackingNumberError,
  type RegisterOptions,
  type Registration,
  registerNumber,
  routeNumber,
} from './register.js';
export { getTrackView, shipmentView, type TrackView, type TrackViewEvent } from './track-view.js';
