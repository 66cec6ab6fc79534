import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admits, gramsOf, mandatoryLiteral, scan, splitRule } from './prefilter.js';
import { LANGUAGES } from './rules/index.js';
import { fold } from './text.js';

const COMPILED = LANGUAGES.flatMap((def) =>
  def.rules.map(([id, pattern]) => {
    const re = new RegExp(fold(pattern.source));
    return { id: `${def.lang}:${id}`, re, gate: gramsOf(re.source), alts: splitRule(re.source) };
  }),
);

/** Words and fragments lifted from the rules themselves, so random texts do hit them. */
const WORDS = [
  ...new Set(
    COMPILED.flatMap(({ re }) => re.source.match(/[\p{L}' ]{2,}/gu) ?? []).map((w) => w.trim()),
  ),
].filter((w) => w !== '');

describe('prefilter', () => {
  it('finds the literal every match must contain', () => {
    expect(mandatoryLiteral('out for delivery')).toBe('out for delivery');
    expect(mandatoryLiteral('(?:the )?delivered')).toBe('delivered');
    expect(mandatoryLiteral('cancel+ed')).toBe('cance');
    expect(mandatoryLiteral('[a-z]+ (?:x|y)')).toBeUndefined();
  });

  it('gives every rule of every language a gate (none has to run blindly)', () => {
    const ungated = COMPILED.filter((r) => r.gate === null).map((r) => r.id);
    expect(ungated).toEqual([]);
  });

  it('never shuts out a rule that matches (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(' ', ', ', '. ', ''),
        (parts, sep) => {
          const text = fold(parts.join(sep));
          const stamp = scan(text);
          for (const { id, re, gate, alts } of COMPILED) {
            const where = `${id} on ${JSON.stringify(text)}`;
            const matches = re.test(text);
            if (matches) expect(admits(gate, stamp), where).toBe(true);
            // Split into alternatives, the rule matches exactly when one admitted alternative does.
            expect(
              alts.some((a) => admits(a.gate, stamp) && a.re.test(text)),
              where,
            ).toBe(matches);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shuts out most rules for an ordinary text', () => {
    const text = fold('Arrived at the sorting center');
    const stamp = scan(text);
    const admitted = COMPILED.filter((r) => admits(r.gate, stamp)).length;
    expect(admitted).toBeLessThan(COMPILED.length / 5);
  });
});
