/**
 * @module core/status/labels/labels.test
 * Every locale has every value, in short labels and 1–3 sentence explanations, translated.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.js';
import { MILESTONES, ORDER_STATUSES, PROGRESS_STEPS, REASONS, STATUSES } from '../taxonomy.js';
import { AXES, type Axis, type Entry, LABELS } from './index.js';

const VALUES: Record<Axis, readonly string[]> = {
  status: STATUSES,
  milestone: MILESTONES,
  reason: REASONS,
  order: ORDER_STATUSES,
  progress: PROGRESS_STEPS,
};

/** Limits: labels are a few words (up to 5 where a language needs articles). */
const MAX_LABEL_WORDS = 5;
const MAX_LABEL_CHARS = 36;
const MAX_EXPLANATION_CHARS = 300;

const entries = (locale: (typeof LOCALES)[number], axis: Axis): Array<[string, Entry]> =>
  Object.entries(LABELS[locale][axis] as Record<string, Entry>);

const sentences = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('status labels', () => {
  it('exist for every locale', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(AXES)('has exactly the taxonomy values of %s', (axis) => {
      expect(Object.keys(LABELS[locale][axis]).sort()).toEqual([...VALUES[axis]].sort());
    });

    it('has no empty or padded text', () => {
      for (const axis of AXES) {
        for (const [key, [label, explanation]] of entries(locale, axis)) {
          for (const text of [label, explanation]) {
            expect(text.trim(), `${axis}.${key}`).not.toBe('');
            expect(text, `${axis}.${key}`).toBe(text.trim());
            expect(text, `${axis}.${key}`).not.toMatch(/\s{2}/);
          }
        }
      }
    });

    it('keeps labels short', () => {
      for (const axis of AXES) {
        for (const [key, [label]] of entries(locale, axis)) {
          expect(label.split(/\s+/).length, `${axis}.${key}: ${label}`).toBeLessThanOrEqual(
            MAX_LABEL_WORDS,
          );
          expect(label.length, `${axis}.${key}: ${label}`).toBeLessThanOrEqual(MAX_LABEL_CHARS);
          expect(label, `${axis}.${key}`).not.toMatch(/[.!?]$/);
        }
      }
    });

    it('explains in one to three whole sentences', () => {
      for (const axis of AXES) {
        for (const [key, [, explanation]] of entries(locale, axis)) {
          const n = sentences(explanation).length;
          expect(n, `${axis}.${key}`).toBeGreaterThanOrEqual(1);
          expect(n, `${axis}.${key}`).toBeLessThanOrEqual(3);
          expect(explanation, `${axis}.${key}`).toMatch(/[.!?]$/);
          expect(explanation.length, `${axis}.${key}`).toBeLessThanOrEqual(MAX_EXPLANATION_CHARS);
        }
      }
    });

    it('never repeats an explanation within the locale', () => {
      const all = AXES.flatMap((axis) => entries(locale, axis).map(([, [, e]]) => e));
      expect(new Set(all).size).toBe(all.length);
    });

    it('never uses the word for "delivered" in a label that is not a delivery', () => {
      const word = LABELS[locale].status.delivered[0].toLowerCase();
      for (const axis of AXES) {
        for (const [key, [label]] of entries(locale, axis)) {
          if (key === 'delivered') continue;
          const words = label.toLowerCase().split(/[\s,]+/);
          expect(words, `${axis}.${key}: ${label}`).not.toContain(word);
        }
      }
    });
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s is translated: no explanation is the English one',
    (locale) => {
      for (const axis of AXES) {
        for (const [key, [, explanation]] of entries(locale, axis)) {
          const english = (LABELS.en[axis] as Record<string, Entry>)[key]?.[1];
          expect(english, `en ${axis}.${key}`).toBeDefined();
          expect(explanation, `${axis}.${key}`).not.toBe(english);
        }
      }
    },
  );

  it('uses typographic apostrophes, not ASCII ones, in shown text', () => {
    for (const locale of LOCALES) {
      for (const axis of AXES) {
        for (const [key, [label, explanation]] of entries(locale, axis)) {
          expect(`${label} ${explanation}`, `${locale} ${axis}.${key}`).not.toContain("'");
        }
      }
    }
  });
});
