/**
 * @module core/eta
 * Delivery estimates: shipping-method priors, lane statistics, estimate() and its scoring.
 */
export { countryName } from './basis.js';
export { type EstimateOptions, estimate, WINDOW } from './estimate.js';
export {
  type EvalCase,
  type EvalResult,
  evaluate,
  fitLaneStats,
  snapshotAt,
} from './evaluate.js';
export { etaInputOf, type ShipmentFacts } from './input.js';
export {
  emptyLaneStats,
  type LaneStats,
  type LaneStatsJSON,
  laneStatsFromJSON,
  laneStatsToJSON,
  lookupLane,
  MIN_LANE_SAMPLES,
  mergeLaneStats,
  recordDelivery,
} from './lanes.js';
export { findShippingMethod, SHIPPING_METHODS, type ShippingMethod } from './services.js';
export type * from './types.js';
