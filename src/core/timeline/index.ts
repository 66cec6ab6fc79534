/**
 * @module core/timeline
 * The timeline engine: resolve times, merge reports from many legs and sources into one
 * ordered timeline, derive the shipment's state, and find legs to link. See docs/timeline.md.
 */

export { formatOffset, parseOffset, parseWallClock } from './clock.js';
export { deriveState } from './derive.js';
export { carrierHint, findLinkRequests, numbersInText } from './links.js';
export { merge } from './merge.js';
export { resolveTime } from './time.js';
export type * from './types.js';
export { countryOfZone, zoneForPlace } from './zones.js';
