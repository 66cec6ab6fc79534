/**
 * @module core/eta/dist
 * Duration distributions in hours behind one small interface (quantile and CDF), the
 * log-normal used by the priors, and the one operation estimates need on any of them:
 * quantiles of the time still to go given that `elapsed` hours have already gone by.
 */

/** A distribution of durations in hours. */
export interface Dist {
  /** Smallest x with CDF(x) ≥ p, for p in [0, 1]. */
  quantile(p: number): number;
  /** P(X ≤ x). Non-decreasing. */
  cdf(x: number): number;
}

const Z90 = 1.2815515655446004;

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

const QA = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269];
const QA4 = -30.66479806614716;
const QA5 = 2.506628277459239;
const QB = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972];
const QB4 = -13.28068155288572;
const QC = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734];
const QC4 = 4.374664141464968;
const QC5 = 2.938163982698783;
const QD = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const Q_LOW = 0.02425;

function quantileTail(q: number): number {
  return (
    (((((QC[0]! * q + QC[1]!) * q + QC[2]!) * q + QC[3]!) * q + QC4) * q + QC5) /
    ((((QD[0]! * q + QD[1]!) * q + QD[2]!) * q + QD[3]!) * q + 1)
  );
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  if (p < Q_LOW) return quantileTail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - Q_LOW) return -quantileTail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((QA[0]! * r + QA[1]!) * r + QA[2]!) * r + QA[3]!) * r + QA4) * r + QA5) * q) /
    (((((QB[0]! * r + QB[1]!) * r + QB[2]!) * r + QB[3]!) * r + QB4) * r + 1)
  );
}

/** A log-normal: ln X ~ N(mu, sigma²). */
export function logNormal(mu: number, sigma: number): Dist {
  return {
    quantile: (p) => Math.exp(mu + sigma * normalQuantile(p)),
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
  };
}

/** The log-normal whose 10th and 90th percentiles are `p10` and `p90` (same unit). */
export function logNormalFromBand(p10: number, p90: number): { mu: number; sigma: number } {
  const lo = Math.log(Math.max(p10, 1e-6));
  const hi = Math.log(Math.max(p90, p10 * 1.01, 1e-6));
  return { mu: (lo + hi) / 2, sigma: (hi - lo) / (2 * Z90) };
}

/**
 * The mixture w·a + (1 − w)·b. Its quantile is found by bisection on the CDF (50 halvings
 * of at most 10⁷ hours: far finer than a second).
 */
export function mixture(a: Dist, b: Dist, w: number): Dist {
  const wa = Math.min(1, Math.max(0, w));
  const cdf = (x: number) => wa * a.cdf(x) + (1 - wa) * b.cdf(x);
  return {
    cdf,
    quantile: (p) => {
      if (p >= 1) return Math.max(a.quantile(1), b.quantile(1));
      let lo = 0;
      let hi = Math.max(1, a.quantile(0.999), b.quantile(0.999));
      while (cdf(hi) < p && hi < 1e7) hi *= 2;
      for (let i = 0; i < 50; i++) {
        const mid = (lo + hi) / 2;
        if (cdf(mid) >= p) hi = mid;
        else lo = mid;
      }
      return hi;
    },
  };
}

/** Result of conditioning a distribution on time already spent. */
export interface Remaining {
  /** Hours still to go at each requested probability. */
  hours: number[];
  /** P(X > elapsed): the share of comparable parcels still on the way after `elapsed`. */
  survival: number;
}

/**
 * Quantiles of X − elapsed given X > elapsed: x_p = Q(F(e) + p·(1 − F(e))) − e. When fewer
 * than `minSurvival` of parcels take that long, the parcel is treated as if it were at the
 * (1 − minSurvival) point: the shape of the tail is kept, the clock is not rewound.
 */
export function remainingQuantiles(
  dist: Dist,
  elapsed: number,
  ps: readonly number[],
  minSurvival = 0.05,
): Remaining {
  const e = Math.max(0, elapsed);
  const survival = 1 - dist.cdf(e);
  const base = survival >= minSurvival ? e : dist.quantile(1 - minSurvival);
  const f = dist.cdf(base);
  const hours = ps.map((p) => Math.max(0, dist.quantile(f + p * (1 - f)) - base));
  for (let i = 1; i < hours.length; i++) hours[i] = Math.max(hours[i]!, hours[i - 1]!);
  return { hours, survival };
}
