/**
 * @module engine/policy
 * The scheduler's pure policies (docs/scheduling.md): when to poll next, how fast a source
 * may be called, how to back off, when a source's circuit opens, what a poll error means,
 * how due polls become batched requests, and how often "refresh now" is allowed.
 */
export * from './backoff.js';
export * from './batch.js';
export * from './circuit-breaker.js';
export * from './decide.js';
export * from './next-check.js';
export * from './refresh-limit.js';
export * from './source-gate.js';
export * from './token-bucket.js';
