/**
 * @module carriers/contract
 * runCarrierContract: the suite every source adapter runs from its own test file. It holds
 * each adapter to the contract of DESIGN §6: parse is pure and deterministic, never throws,
 * reports not-found as a message, gives every event a zone, produces events the classifier
 * can place, and the config schema refuses empty credentials. A skipped case must say why.
 * Test-only code: it imports vitest and is left out of the build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../core/classify/index.js';
import type { ParseOutput, SourceDescriptor } from './types.js';

export type ContractCase =
  | 'deterministic'
  | 'expected-output'
  | 'classified'
  | 'zoned'
  | 'not-found'
  | 'garbage'
  | 'empty-credentials';

export interface ContractFixture {
  /** Short name, e.g. 'delivered'. */
  name: string;
  /** Path of the raw payload (JSON). */
  payload: string;
  /** Path of the expected ParseOutput (JSON); absent only for fixtures checked otherwise. */
  expected?: string;
  /** 'not-found' fixtures must yield a not_found message and no events. */
  kind?: 'normal' | 'not-found';
  /** Codes in this fixture we know the classifier cannot place (e.g. the unknown-codes fixture). */
  unclassified?: readonly string[];
}

export interface ContractOptions<C> {
  source: SourceDescriptor<C>;
  fixtures: readonly ContractFixture[];
  /** Configs the schema must reject (empty key, blank secret…). */
  invalidConfigs: readonly unknown[];
  skip?: readonly { case: ContractCase; reason: string }[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function runCarrierContract<C>({
  source,
  fixtures,
  invalidConfigs,
  skip = [],
}: ContractOptions<C>) {
  for (const s of skip) {
    if (!s.reason.trim()) throw new Error(`${source.id}: skipping '${s.case}' needs a reason`);
  }
  const skipped = new Map(skip.map((s) => [s.case, s.reason]));
  const test = (name: ContractCase, body: () => void) => {
    const reason = skipped.get(name);
    if (reason !== undefined) {
      it.skip(`${name} — skipped: ${reason}`, body);
      console.warn(`[contract] ${source.id}: '${name}' skipped: ${reason}`);
    } else {
      it(name, body);
    }
  };

  describe(`carrier contract: ${source.id}`, () => {
    const parsed = new Map<string, ParseOutput>();
    const parseFixture = (fixture: ContractFixture): ParseOutput => {
      let out = parsed.get(fixture.name);
      if (!out) {
        out = source.parse(readJson(fixture.payload));
        parsed.set(fixture.name, out);
      }
      return out;
    };

    test('deterministic', () => {
      for (const fixture of fixtures) {
        expect(source.parse(readJson(fixture.payload)), fixture.name).toEqual(
          parseFixture(fixture),
        );
      }
    });

    test('expected-output', () => {
      const withExpected = fixtures.filter((f) => f.expected);
      expect(withExpected.length, 'fixtures with an expected output').toBeGreaterThan(0);
      for (const fixture of withExpected) {
        expect(parseFixture(fixture), fixture.name).toEqual(readJson(fixture.expected as string));
      }
    });

    test('classified', () => {
      for (const fixture of fixtures) {
        const allowed = new Set(fixture.unclassified ?? []);
        for (const result of parseFixture(fixture).results) {
          for (const event of result.events) {
            const c = classify(
              { ...event, source: source.id, carrier: result.carrierId },
              { source: source.id },
            );
            if (event.code && allowed.has(event.code)) continue;
            expect(
              c.status,
              `${fixture.name}: "${event.description}" (${event.code ?? 'no code'})`,
            ).not.toBeNull();
          }
        }
      }
    });

    test('zoned', () => {
      for (const fixture of fixtures) {
        for (const result of parseFixture(fixture).results) {
          for (const event of result.events) {
            const { offset, zone, epochMs } = event.time;
            expect(
              offset !== undefined || zone !== undefined || epochMs !== undefined,
              `${fixture.name}: ${event.time.local} has no zone, offset or instant`,
            ).toBe(true);
          }
        }
      }
    });

    test('not-found', () => {
      const notFound = fixtures.filter((f) => f.kind === 'not-found');
      expect(notFound.length, 'a not-found fixture').toBeGreaterThan(0);
      for (const fixture of notFound) {
        const out = parseFixture(fixture);
        expect(
          out.messages.some((m) => m.code === 'not_found'),
          fixture.name,
        ).toBe(true);
        expect(out.results.flatMap((r) => r.events)).toEqual([]);
      }
    });

    test('garbage', () => {
      for (const payload of [null, 42, 'oops', [], {}, { data: 'x' }, '<html>blocked</html>']) {
        const out = source.parse(payload);
        expect(out.results.flatMap((r) => r.events)).toEqual([]);
        expect(out.messages.length, JSON.stringify(payload)).toBeGreaterThan(0);
      }
    });

    test('empty-credentials', () => {
      expect(invalidConfigs.length, 'invalid configs to try').toBeGreaterThan(0);
      for (const config of invalidConfigs) {
        expect(source.configSchema.safeParse(config).success, JSON.stringify(config)).toBe(false);
      }
    });
  });
}
