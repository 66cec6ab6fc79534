/**
 * @module core/status/describe.test
 * describe() and the label helpers for every axis and locale; the progress-bar mapping.
 */
import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { LOCALES } from '../i18n/locales.js';
import {
  describe,
  isProgressInterrupted,
  milestoneLabel,
  orderStatusLabel,
  progressStepFor,
  progressStepLabel,
  reasonLabel,
  statusLabel,
} from './describe.js';
import { LABELS } from './labels/index.js';
import { MILESTONE_NORMALITY, STATUS_NORMALITY } from './normality.js';
import {
  MILESTONES,
  type Milestone,
  milestoneIndex,
  ORDER_STATUSES,
  PROGRESS_STEPS,
  type ProgressStep,
  REASONS,
  STATUSES,
  type Status,
} from './taxonomy.js';

const stepRank = (s: ProgressStep): number => PROGRESS_STEPS.indexOf(s);

group('describe()', () => {
  it.each(LOCALES)('gives every value of every axis its %s words', (locale) => {
    for (const s of STATUSES) {
      const d = describe('status', s, locale);
      expect([d.label, d.explanation]).toEqual(LABELS[locale].status[s]);
      expect(d.normal).toBe(STATUS_NORMALITY[s]);
      expect(statusLabel(s, locale)).toBe(d.label);
    }
    for (const m of MILESTONES) {
      const d = describe('milestone', m, locale);
      expect([d.label, d.explanation]).toEqual(LABELS[locale].milestone[m]);
      expect(d.normal).toBe(MILESTONE_NORMALITY[m]);
      expect(milestoneLabel(m, locale)).toBe(d.label);
    }
    for (const r of REASONS) {
      const d = describe('reason', r, locale);
      expect([d.label, d.explanation]).toEqual(LABELS[locale].reason[r]);
      expect(d.normal).toBeUndefined();
      expect(reasonLabel(r, locale)).toBe(d.label);
    }
    for (const o of ORDER_STATUSES) {
      const d = describe('order', o, locale);
      expect([d.label, d.explanation]).toEqual(LABELS[locale].order[o]);
      expect(orderStatusLabel(o, locale)).toBe(d.label);
    }
    for (const p of PROGRESS_STEPS) {
      const d = describe('progress', p, locale);
      expect([d.label, d.explanation]).toEqual(LABELS[locale].progress[p]);
      expect(progressStepLabel(p, locale)).toBe(d.label);
    }
  });

  it('differs by locale', () => {
    expect(describe('status', 'delivered', 'de').label).toBe('Zugestellt');
    expect(describe('status', 'delivered', 'fr').label).not.toBe(
      describe('status', 'delivered', 'en').label,
    );
  });

  it('refuses a value outside the taxonomy', () => {
    expect(() => describe('status', 'teleported' as Status, 'en')).toThrow(RangeError);
  });

  it('marks problems as not normal and the ordinary journey as normal', () => {
    expect(describe('status', 'in_transit', 'en').normal).toBe('yes');
    expect(describe('status', 'exception', 'en').normal).toBe('no');
    expect(describe('milestone', 'returned', 'pl').normal).toBe('no');
  });
});

group('progressStepFor()', () => {
  const table: Array<[Milestone | null, Status, ProgressStep]> = [
    [null, 'pending', 'ordered'],
    [null, 'info_received', 'shipped'],
    ['label_created', 'info_received', 'shipped'],
    [null, 'in_transit', 'picked_up'],
    ['picked_up', 'in_transit', 'picked_up'],
    ['origin_facility', 'in_transit', 'picked_up'],
    ['export_customs', 'exception', 'picked_up'],
    ['departed_origin', 'in_transit', 'left_origin'],
    ['international_transit', 'in_transit', 'left_origin'],
    ['transit_hub', 'in_transit', 'left_origin'],
    ['arrived_destination', 'in_transit', 'arrived_destination'],
    ['import_customs', 'exception', 'arrived_destination'],
    ['customs_released', 'in_transit', 'customs_cleared'],
    ['handed_to_last_mile', 'in_transit', 'customs_cleared'],
    ['destination_facility', 'in_transit', 'customs_cleared'],
    ['out_for_delivery', 'out_for_delivery', 'out_for_delivery'],
    ['out_for_delivery', 'failed_attempt', 'out_for_delivery'],
    ['pickup_point', 'available_for_pickup', 'out_for_delivery'],
    ['destination_facility', 'available_for_pickup', 'out_for_delivery'],
    ['delivered', 'delivered', 'delivered'],
    [null, 'delivered', 'delivered'],
    ['returning', 'exception', 'shipped'],
    ['returned', 'exception', 'shipped'],
    [null, 'exception', 'ordered'],
    ['international_transit', 'expired', 'left_origin'],
  ];
  it.each(table)('(%s, %s) → %s', (milestone, status, step) => {
    expect(progressStepFor(milestone, status)).toBe(step);
  });

  const milestoneArb = fc.option(fc.constantFrom(...MILESTONES), { nil: null });
  const statusArb = fc.constantFrom(...STATUSES);

  it('reaches "delivered" only when the status says delivered', () => {
    fc.assert(
      fc.property(milestoneArb, statusArb, (m, s) => {
        const step = progressStepFor(m, s);
        expect(PROGRESS_STEPS).toContain(step);
        expect(step === 'delivered').toBe(s === 'delivered');
      }),
    );
  });

  it('never goes backwards as a parcel moves forward along the journey', () => {
    const forward = MILESTONES.filter((m) => m !== 'returning' && m !== 'returned');
    fc.assert(
      fc.property(
        fc.constantFrom(...forward),
        fc.constantFrom(...forward),
        statusArb,
        (a, b, s) => {
          const [lo, hi] = milestoneIndex(a) <= milestoneIndex(b) ? [a, b] : [b, a];
          expect(stepRank(progressStepFor(lo, s))).toBeLessThanOrEqual(
            stepRank(progressStepFor(hi, s)),
          );
        },
      ),
    );
  });

  it('marks exceptions, expiries and returns as interrupted', () => {
    expect(isProgressInterrupted('import_customs', 'exception')).toBe(true);
    expect(isProgressInterrupted(null, 'expired')).toBe(true);
    expect(isProgressInterrupted('returning', 'in_transit')).toBe(true);
    expect(isProgressInterrupted('international_transit', 'in_transit')).toBe(false);
    expect(isProgressInterrupted('delivered', 'delivered')).toBe(false);
  });
});
