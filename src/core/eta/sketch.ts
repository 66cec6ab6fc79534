/**
 * @module core/eta/sketch
 * A mergeable quantile summary of durations in hours: a fixed log-spaced histogram.
 *
 * Bin 0 holds [0, 1 h); bin i ≥ 1 holds [γ^(i−1), γ^i) with γ = 1.04, up to ~400 days; one
 * overflow bin holds the rest. Every sketch has the same bins, so merging adds counts: exact,
 * associative and commutative, memory fixed (BIN_COUNT numbers). A quantile is read at rank
 * ⌈p·n⌉ and interpolated inside the bin that holds that rank, so it lies in the same bin as
 * the exact sample quantile: |q̂ − q| ≤ max(0.04·q, 1 h) below 400 days. JSON keeps only the
 * non-empty bins.
 */
import type { Dist } from './dist.js';

/** Ratio between the edges of one bin. */
export const SKETCH_GAMMA = 1.04;
/** Durations up to this many hours are binned with the stated error. */
export const SKETCH_MAX_HOURS = 400 * 24;
const LOG_GAMMA = Math.log(SKETCH_GAMMA);
const LAST = Math.ceil(Math.log(SKETCH_MAX_HOURS) / LOG_GAMMA);
/** Number of bins, overflow included. */
export const BIN_COUNT = LAST + 2;

export interface Sketch {
  /** Values recorded. */
  n: number;
  /** Smallest and largest value recorded (hours); +∞/−∞ when empty. */
  min: number;
  max: number;
  /** Count per bin, length BIN_COUNT. */
  counts: number[];
}

/** The stored form: non-empty bins as [index, count]. */
export interface SketchJSON {
  v: 1;
  gamma: number;
  n: number;
  min: number | null;
  max: number | null;
  bins: Array<[number, number]>;
}

export function emptySketch(): Sketch {
  return {
    n: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    counts: new Array<number>(BIN_COUNT).fill(0),
  };
}

function binOf(hours: number): number {
  if (hours < 1) return 0;
  return Math.min(LAST + 1, Math.floor(Math.log(hours) / LOG_GAMMA) + 1);
}

function lowerEdge(bin: number): number {
  return bin === 0 ? 0 : SKETCH_GAMMA ** (bin - 1);
}

/** Position `frac` (0..1) inside a bin, geometric above 1 h, clamped to what was seen. */
function inside(s: Sketch, bin: number, frac: number): number {
  const lo = lowerEdge(bin);
  let v: number;
  if (bin === 0) v = frac;
  else if (bin === LAST + 1) v = lo + frac * Math.max(0, s.max - lo);
  else v = lo * SKETCH_GAMMA ** frac;
  return Math.min(s.max, Math.max(s.min, v));
}

/** Records one duration (hours; negatives count as 0). Mutates and returns `s`. */
export function addToSketch(s: Sketch, hours: number): Sketch {
  if (!Number.isFinite(hours)) return s;
  const h = Math.max(0, hours);
  const bin = binOf(h);
  s.counts[bin] = (s.counts[bin] ?? 0) + 1;
  s.n += 1;
  if (h < s.min) s.min = h;
  if (h > s.max) s.max = h;
  return s;
}

/** A sketch of the given durations. */
export function sketchOf(values: Iterable<number>): Sketch {
  const s = emptySketch();
  for (const v of values) addToSketch(s, v);
  return s;
}

/** A new sketch holding both inputs (neither is changed). */
export function mergeSketches(a: Sketch, b: Sketch): Sketch {
  return {
    n: a.n + b.n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    counts: a.counts.map((c, i) => c + (b.counts[i] ?? 0)),
  };
}

/** The p-quantile in hours (rank ⌈p·n⌉); NaN when empty. */
export function sketchQuantile(s: Sketch, p: number): number {
  if (s.n === 0) return Number.NaN;
  const rank = Math.min(s.n, Math.max(1, Math.ceil(Math.min(1, Math.max(0, p)) * s.n)));
  let before = 0;
  for (let bin = 0; bin < BIN_COUNT; bin++) {
    const c = s.counts[bin] ?? 0;
    if (c > 0 && before + c >= rank) return inside(s, bin, (rank - before - 0.5) / c);
    before += c;
  }
  return s.max;
}

/** Share of recorded values ≤ `hours`, interpolated inside its bin; NaN when empty. */
export function sketchCdf(s: Sketch, hours: number): number {
  if (s.n === 0) return Number.NaN;
  if (hours < s.min) return 0;
  if (hours >= s.max) return 1;
  const bin = binOf(hours);
  let before = 0;
  for (let i = 0; i < bin; i++) before += s.counts[i] ?? 0;
  const c = s.counts[bin] ?? 0;
  if (c === 0) return before / s.n;
  const lo = Math.max(lowerEdge(bin), s.min);
  const hi = Math.min(bin === LAST + 1 ? s.max : SKETCH_GAMMA ** bin, s.max);
  const frac =
    hi <= lo
      ? 1
      : bin === 0 || bin === LAST + 1
        ? (hours - lo) / (hi - lo)
        : Math.log(hours / lo) / Math.log(hi / lo);
  return (before + c * Math.min(1, Math.max(0, frac))) / s.n;
}

/** The sketch as a Dist (for conditioning on elapsed time). */
export function sketchDist(s: Sketch): Dist {
  return { quantile: (p) => sketchQuantile(s, p), cdf: (x) => sketchCdf(s, x) };
}

export function sketchToJSON(s: Sketch): SketchJSON {
  const bins: Array<[number, number]> = [];
  s.counts.forEach((c, i) => {
    if (c > 0) bins.push([i, c]);
  });
  return {
    v: 1,
    gamma: SKETCH_GAMMA,
    n: s.n,
    min: s.n > 0 ? s.min : null,
    max: s.n > 0 ? s.max : null,
    bins,
  };
}

/** Reads a stored sketch; throws on anything that is not one written by this version. */
export function sketchFromJSON(json: unknown): Sketch {
  const j = json as Partial<SketchJSON> | null;
  if (j?.v !== 1 || j.gamma !== SKETCH_GAMMA || !Array.isArray(j.bins)) {
    throw new Error('not a version 1 duration sketch');
  }
  const s = emptySketch();
  for (const pair of j.bins) {
    const [i, c] = Array.isArray(pair) ? pair : [];
    if (!Number.isInteger(i) || !Number.isInteger(c) || i! < 0 || i! >= BIN_COUNT || c! <= 0) {
      throw new Error('bad sketch bin');
    }
    s.counts[i!] = (s.counts[i!] ?? 0) + c!;
    s.n += c!;
  }
  if (s.n !== j.n) throw new Error('sketch count does not match its bins');
  if (s.n > 0) {
    if (typeof j.min !== 'number' || typeof j.max !== 'number' || j.min > j.max) {
      throw new Error('bad sketch range');
    }
    s.min = j.min;
    s.max = j.max;
  }
  return s;
}
