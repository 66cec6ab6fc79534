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
export {
  etaInputOf,
  milestonesOfScans,
  originOfScans,
  type Scan,
  type ShipmentFacts,
} from './input.js';
export { isoOfMs, msOfIso } from './instant.js';
export {
  type DeliveryTimes,
  deliveryTimes,
  emptyLaneStats,
  isAnchor,
  LANE_PERIOD_DAYS,
  LANE_WINDOW_DAYS,
  type LaneEntry,
  type LaneKey,
  type LaneStats,
  type LaneStatsJSON,
  laneKeys,
  laneOf,
  lanePeriodStart,
  laneStatsFromJSON,
  laneStatsToJSON,
  laneWindowStart,
  lookupLane,
  MIN_LANE_SAMPLES,
  mergeLaneStats,
  recordDelivery,
  recordTimes,
} from './lanes.js';
export { findShippingMethod, SHIPPING_METHODS, type ShippingMethod } from './services.js';
export {
  emptySketch,
  mergeSketches,
  type Sketch,
  type SketchJSON,
  sketchFromJSON,
  sketchToJSON,
} from './sketch.js';
export type * from './types.js';
