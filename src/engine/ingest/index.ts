/**
 * @module engine/ingest
 * Ingestion: interpret a source's results (pure) and store them in one transaction, then
 * tell the bus. See ingest.ts and interpret.ts.
 */
export { type IngestArgs, type IngestReport, ingestResults } from './ingest.js';
export {
  type Interpretation,
  type InterpretContext,
  interpret,
  interpretInputs,
  type LegLink,
  linksOf,
  normalizeNumber,
  toTimelineInputs,
} from './interpret.js';
export type { LinkOutcome } from './link-legs.js';
export { DEFAULT_STALLED_AFTER_MS } from './outcome.js';
