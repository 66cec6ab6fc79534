import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simConfigSchema, simSource } from './index.js';

const dir = new URL('./fixtures/', import.meta.url);
const payloads = readdirSync(dir).filter((f) => f.includes('.payload.'));

function load(file: string): unknown {
  const text = readFileSync(new URL(file, dir), 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : text;
}

describe('sim parse: captured payloads', () => {
  it('has fixtures', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(4);
  });

  it.each(payloads)('%s gives its expected output', (file) => {
    const expected = load(file.replace(/\.payload\.\w+$/, '.expected.json'));
    expect(simSource.parse(load(file))).toEqual(expected);
  });

  it.each(payloads)('%s parses the same way twice and keeps instants with offsets', (file) => {
    const a = simSource.parse(load(file));
    expect(simSource.parse(load(file))).toEqual(a);
    for (const r of a.results) {
      for (const e of r.events) {
        expect(e.time.offset).toMatch(/^[+-]\d\d:\d\d$/);
        expect(Number.isNaN(Date.parse(`${e.time.local.replace(' ', 'T')}${e.time.offset}`))).toBe(
          false,
        );
      }
    }
  });

  it('reports hand-offs as links with the next carrier', () => {
    const out = simSource.parse(load('multi-leg-delivered.payload.json'));
    const links = out.results.flatMap((r) => r.links);
    expect(links).toHaveLength(2);
    expect(links[0]?.number).toMatch(/^[A-Z]{2}\d{9}CN$/);
    expect(links[0]?.carrierHint).toBe('china-post');
    expect(out.results.map((r) => r.trackingNumber)).toEqual(
      expect.arrayContaining(links.map((l) => l.number)),
    );
  });

  it('turns unknown and not-yet-scanned numbers into not_found messages', () => {
    const out = simSource.parse(load('customs-and-pickup.payload.json'));
    expect(out.messages).toEqual([
      expect.objectContaining({ code: 'not_found', level: 'warning' }),
    ]);
  });
});

describe('sim parse: payloads it cannot read', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['html', '<html>502</html>'],
    ['wrong envelope', { items: [] }],
    ['items not a list', { simulator: 'trackline-sim', items: 'soon' }],
  ])('%s → one source_error message, no throw', (_name, payload) => {
    const out = simSource.parse(payload);
    expect(out.results).toEqual([]);
    expect(out.messages).toEqual([
      expect.objectContaining({ level: 'error', code: 'source_error' }),
    ]);
  });

  it('keeps the good items when one item is broken', () => {
    const out = simSource.parse({
      simulator: 'trackline-sim',
      version: 1,
      items: [
        { number: 'LP00000000000001', found: true, events: [{ time: 'x' }] },
        { number: 'LP00000000000002', found: true, links: [], events: [] },
        { number: 'SHORT', found: false, reason: 'invalid_number' },
      ],
    });
    expect(out.results.map((r) => r.trackingNumber)).toEqual(['LP00000000000002']);
    expect(out.messages.map((m) => [m.code, m.trackingNumber])).toEqual([
      ['source_error', 'LP00000000000001'],
      ['invalid_number', 'SHORT'],
    ]);
  });
});

describe('sim descriptor', () => {
  it('is a simulator serving every carrier, 40 numbers a batch', () => {
    expect(simSource.id).toBe('sim');
    expect(simSource.kind).toBe('simulator');
    expect(simSource.serves).toBe('*');
    expect(simSource.limits.batchSize).toBe(40);
  });

  it('needs a base URL and refuses an empty key', () => {
    expect(simConfigSchema.safeParse({ baseUrl: 'http://127.0.0.1:4010' }).success).toBe(true);
    expect(simConfigSchema.safeParse({ baseUrl: 'http://127.0.0.1:4010', key: 'k' }).success).toBe(
      true,
    );
    expect(simConfigSchema.safeParse({ baseUrl: 'http://127.0.0.1:4010', key: '' }).success).toBe(
      false,
    );
    expect(simConfigSchema.safeParse({ baseUrl: 'http://127.0.0.1:4010', key: '  ' }).success).toBe(
      false,
    );
    expect(simConfigSchema.safeParse({ baseUrl: 'not a url' }).success).toBe(false);
    expect(simConfigSchema.safeParse({}).success).toBe(false);
  });
});
