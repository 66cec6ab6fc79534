import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIN_COUNT,
  emptySketch,
  mergeSketches,
  SKETCH_GAMMA,
  SKETCH_MAX_HOURS,
  sketchCdf,
  sketchFromJSON,
  sketchOf,
  sketchQuantile,
  sketchToJSON,
} from './sketch.js';

const hours = fc.double({ min: 0, max: SKETCH_MAX_HOURS - 1, noNaN: true });
const sample = fc.array(hours, { minLength: 1, maxLength: 300 });
const prob = fc.double({ min: 0, max: 1, noNaN: true });

function exact(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil(p * s.length)));
  return s[rank - 1]!;
}

describe('duration sketch', () => {
  it('has a fixed, bounded number of bins', () => {
    expect(BIN_COUNT).toBeLessThan(300);
    expect(sketchOf([1, 2, 3]).counts).toHaveLength(BIN_COUNT);
    expect(sketchOf(Array.from({ length: 5000 }, (_, i) => i)).counts).toHaveLength(BIN_COUNT);
  });

  it('is within max(4 % of the value, 1 h) of the exact quantile', () => {
    fc.assert(
      fc.property(sample, prob, (values, p) => {
        const q = exact(values, p);
        const est = sketchQuantile(sketchOf(values), p);
        expect(Math.abs(est - q)).toBeLessThanOrEqual(Math.max((SKETCH_GAMMA - 1) * q, 1) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('merges associatively and commutatively, exactly like one sketch of everything', () => {
    fc.assert(
      fc.property(sample, sample, sample, (a, b, c) => {
        const [x, y, z] = [sketchOf(a), sketchOf(b), sketchOf(c)];
        const left = mergeSketches(mergeSketches(x, y), z);
        const right = mergeSketches(x, mergeSketches(y, z));
        expect(left).toEqual(right);
        expect(mergeSketches(x, y)).toEqual(mergeSketches(y, x));
        expect(left).toEqual(sketchOf([...a, ...b, ...c]));
      }),
      { numRuns: 200 },
    );
  });

  it('treats the empty sketch as the identity of merge', () => {
    const s = sketchOf([5, 50, 500]);
    expect(mergeSketches(s, emptySketch())).toEqual(s);
    expect(Number.isNaN(sketchQuantile(emptySketch(), 0.5))).toBe(true);
  });

  it('has a non-decreasing CDF that agrees with its quantiles', () => {
    fc.assert(
      fc.property(sample, prob, prob, (values, p1, p2) => {
        const s = sketchOf(values);
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        expect(sketchQuantile(s, lo)).toBeLessThanOrEqual(sketchQuantile(s, hi));
        const x = sketchQuantile(s, lo);
        const y = sketchQuantile(s, hi);
        expect(sketchCdf(s, x)).toBeLessThanOrEqual(sketchCdf(s, y));
        expect(sketchCdf(s, s.max)).toBe(1);
        expect(sketchCdf(s, -1)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('survives a JSON round trip and keeps only the used bins', () => {
    fc.assert(
      fc.property(sample, (values) => {
        const s = sketchOf(values);
        const json = JSON.parse(JSON.stringify(sketchToJSON(s)));
        expect(sketchFromJSON(json)).toEqual(s);
        expect(json.bins.length).toBeLessThanOrEqual(values.length);
      }),
    );
    const empty = sketchFromJSON(JSON.parse(JSON.stringify(sketchToJSON(emptySketch()))));
    expect(empty).toEqual(emptySketch());
  });

  it('refuses stored sketches that are not its own', () => {
    const good = sketchToJSON(sketchOf([1, 2, 3]));
    expect(() => sketchFromJSON(null)).toThrow();
    expect(() => sketchFromJSON({ ...good, gamma: 1.1 })).toThrow();
    expect(() => sketchFromJSON({ ...good, n: 4 })).toThrow();
    expect(() => sketchFromJSON({ ...good, bins: [[BIN_COUNT, 1]] })).toThrow();
    expect(() => sketchFromJSON({ ...good, bins: [[1, -2]] })).toThrow();
  });

  it('counts negative durations as zero and ignores non-numbers', () => {
    const s = sketchOf([-5, Number.NaN, Number.POSITIVE_INFINITY, 3]);
    expect(s.n).toBe(2);
    expect(s.min).toBe(0);
  });
});
