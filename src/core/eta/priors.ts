/**
 * @module core/eta/priors
 * What we expect before any parcel of a lane has been seen: a shipping method's band from
 * the seeds turned into a transit-time distribution, and the time still to go from each
 * milestone.
 *
 * Choices (see docs/eta.md):
 * - Door-to-door transit T (first scan → delivery) is log-normal, fitted so the seed band is
 *   its 10th–90th percentile: durations are positive and right-skewed, and the seeds' bands
 *   read as "most parcels", not as hard limits.
 * - A band in business days is widened to calendar days (upper bound × 7/5).
 * - An open-ended band ("20–40+ days") has its upper bound raised by 15 %.
 * - From milestone m the remaining time is T·(1 − f_m), f_m the share of the journey
 *   typically done when m is reached (MILESTONE_SHARE). The share itself varies from
 *   parcel to parcel, so the log-spread grows: σ_m = √(σ² + s_m²), s_m = 0.2·f/(1 − f) ≤ 0.6.
 */
import { type Dist, logNormal, logNormalFromBand } from './dist.js';
import { type PriorBand, priorBand, type ShippingMethod } from './services.js';
import type { Anchor } from './types.js';

export const HOURS_PER_DAY = 24;

/**
 * Share of the door-to-door time typically behind a parcel when it reaches each milestone
 * (0 = first scan, 1 = delivered). A label is usually created a day or more before the
 * first scan, hence a negative share. Derived from the seeds' account of a journey: a few
 * days at origin and export, air transport, 2–7 days of import customs, then the last mile.
 */
export const MILESTONE_SHARE: Readonly<Record<Anchor, number>> = {
  label_created: -0.1,
  start: 0,
  picked_up: 0.02,
  origin_facility: 0.06,
  export_customs: 0.15,
  departed_origin: 0.25,
  international_transit: 0.3,
  transit_hub: 0.4,
  arrived_destination: 0.55,
  import_customs: 0.6,
  customs_released: 0.7,
  handed_to_last_mile: 0.75,
  destination_facility: 0.85,
  pickup_point: 0.93,
  out_for_delivery: 0.98,
};

/**
 * Extra log-spread of the remaining time at each milestone. The share done at a milestone
 * varies from parcel to parcel by about ±20 % (log-sd 0.2); for the remaining 1 − f that is
 * a log-sd of about 0.2·f/(1 − f), capped at 0.6 near the end of the journey.
 */
function extraSpread(anchor: Anchor): number {
  const share = MILESTONE_SHARE[anchor];
  if (share <= 0) return 0;
  return Math.min(0.6, (0.2 * share) / (1 - share));
}

/** The band of `method` in calendar days, as the prior uses it. */
export function calendarBand(
  method: ShippingMethod | undefined,
): PriorBand & { businessDays: boolean } {
  const band = priorBand(method);
  const business = method?.businessDays === true && band.from === 'service';
  let maxDays = business ? (band.maxDays * 7) / 5 : band.maxDays;
  if (band.openEnded) maxDays *= 1.15;
  return { ...band, maxDays, businessDays: business };
}

/** Door-to-door transit time of a method (hours from first scan to delivery). */
export function transitPrior(method: ShippingMethod | undefined): Dist {
  const band = calendarBand(method);
  const { mu, sigma } = logNormalFromBand(
    band.minDays * HOURS_PER_DAY,
    band.maxDays * HOURS_PER_DAY,
  );
  return logNormal(mu, sigma);
}

/** Time from reaching `anchor` to delivery (hours), for a method. */
export function remainingPrior(method: ShippingMethod | undefined, anchor: Anchor): Dist {
  const band = calendarBand(method);
  const { mu, sigma } = logNormalFromBand(
    band.minDays * HOURS_PER_DAY,
    band.maxDays * HOURS_PER_DAY,
  );
  const share = MILESTONE_SHARE[anchor];
  const s = extraSpread(anchor);
  return logNormal(mu + Math.log(1 - share), Math.sqrt(sigma * sigma + s * s));
}
