import { describe, expect, it } from 'vitest';
import { logNormal, mixture, normalCdf, normalQuantile, remainingQuantiles } from './dist.js';
import { calendarBand, MILESTONE_SHARE, remainingPrior, transitPrior } from './priors.js';
import { findShippingMethod, SHIPPING_METHODS } from './services.js';
import type { Anchor } from './types.js';

const DAY = 24;

describe('shipping methods', () => {
  it.each([
    ['aliexpress-standard', 'standard', 15, 30],
    ['AliExpress Saver Shipping', 'economy', 25, 45],
    ['aliexpress premium', 'premium', 7, 15],
    ['Choice', 'premium', 9, 15],
    ['ePacket', 'standard', 10, 20],
    ['China Post Registered Air Mail', 'economy', 20, 40],
    ['EMS', 'premium', 7, 15],
    ['DHL', 'express', 3, 7],
    ['european warehouse', 'local', 3, 10],
    ['Cainiao Super Economy', 'economy', 28, 56],
  ])('%s is %s, %i–%i days', (name, cls, min, max) => {
    const m = findShippingMethod(name);
    expect(m?.class).toBe(cls);
    expect([m?.minDays, m?.maxDays]).toEqual([min, max]);
  });

  it('gives every method a usable band and a seed or a class to fall back on', () => {
    for (const m of SHIPPING_METHODS) {
      const band = calendarBand(m);
      expect(band.minDays).toBeGreaterThan(0);
      expect(band.maxDays).toBeGreaterThan(band.minDays);
      if (m.minDays === null) expect(band.from).toBe('class');
    }
    expect(calendarBand(findShippingMethod('yanwen')).from).toBe('class');
    expect(findShippingMethod('no such method')).toBeUndefined();
  });
});

describe('service priors', () => {
  it('puts the seed band at the 10th and 90th percentile of transit', () => {
    const d = transitPrior(findShippingMethod('aliexpress-standard'));
    expect(d.quantile(0.1) / DAY).toBeCloseTo(15, 5);
    expect(d.quantile(0.9) / DAY).toBeCloseTo(30, 5);
    expect(d.cdf(15 * DAY)).toBeCloseTo(0.1, 4);
  });

  it('widens business days and open-ended bands', () => {
    expect(calendarBand(findShippingMethod('dhl-express')).maxDays).toBeCloseTo(9.8);
    expect(calendarBand(findShippingMethod('china-post')).maxDays).toBeCloseTo(46);
  });

  it('expects less time to go the further the parcel is', () => {
    const m = findShippingMethod('aliexpress-standard');
    const order: Anchor[] = [
      'label_created',
      'start',
      'picked_up',
      'departed_origin',
      'arrived_destination',
      'customs_released',
      'destination_facility',
      'out_for_delivery',
    ];
    const medians = order.map((a) => remainingPrior(m, a).quantile(0.5));
    for (let i = 1; i < medians.length; i++) expect(medians[i]!).toBeLessThan(medians[i - 1]!);
    for (const share of Object.values(MILESTONE_SHARE)) expect(share).toBeLessThan(1);
  });

  it('inverts the normal CDF', () => {
    for (const p of [0.001, 0.1, 0.5, 0.9, 0.999]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    }
  });

  it('conditions on time already spent, and never counts backwards', () => {
    const d = transitPrior(findShippingMethod('aliexpress-standard'));
    const fresh = remainingQuantiles(d, 0, [0.1, 0.5, 0.9]);
    const later = remainingQuantiles(d, 20 * DAY, [0.1, 0.5, 0.9]);
    expect(fresh.hours[1]! / DAY).toBeCloseTo(Math.sqrt(15 * 30), 3);
    expect(later.hours[1]!).toBeLessThan(fresh.hours[1]!);
    expect(later.survival).toBeLessThan(1);
    const overdue = remainingQuantiles(d, 400 * DAY, [0.1, 0.5, 0.9]);
    expect(overdue.survival).toBeLessThan(0.05);
    expect(overdue.hours.every((h) => h >= 0)).toBe(true);
    expect(overdue.hours[0]!).toBeLessThanOrEqual(overdue.hours[2]!);
  });
});

describe('mixture', () => {
  it('weighs the two distributions and inverts its own CDF', () => {
    const a = logNormal(Math.log(100), 0.2);
    const b = logNormal(Math.log(400), 0.2);
    const m = mixture(a, b, 0.25);
    expect(m.cdf(200)).toBeCloseTo(0.25, 3);
    // The median lies in b's bulk: b alone must reach 1/3 there.
    expect(b.cdf(m.quantile(0.5))).toBeCloseTo(1 / 3, 3);
    for (const p of [0.05, 0.1, 0.5, 0.9, 0.99]) expect(m.cdf(m.quantile(p))).toBeCloseTo(p, 4);
    expect(mixture(a, b, 1).quantile(0.5)).toBeCloseTo(100, 1);
  });
});
