import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSourceRegistry } from './registry.js';
import type { SourceDescriptor } from './types.js';

function source(id: string, serves: SourceDescriptor['serves'], batchSize = 1): SourceDescriptor {
  return {
    id,
    label: id,
    kind: serves === '*' ? 'aggregator' : 'carrier',
    serves,
    limits: { perSecond: 1, batchSize, concurrency: 1 },
    configSchema: z.unknown(),
    create: () => ({ fetchRaw: async () => null }),
    parse: () => ({ results: [], messages: [] }),
  };
}

describe('source registry', () => {
  it('refuses a duplicate id at start', () => {
    expect(() =>
      createSourceRegistry([source('dhl', ['dhl-express']), source('dhl', ['dhl-paket'])]),
    ).toThrow(/registered twice/);
  });

  it('refuses a malformed id and impossible limits', () => {
    expect(() => createSourceRegistry([source('', ['x'])])).toThrow(/kebab-case/);
    expect(() => createSourceRegistry([source('Bad Id', ['x'])])).toThrow(/kebab-case/);
    expect(() => createSourceRegistry([source('ok', ['x'], 0)])).toThrow(/impossible limits/);
  });

  it('lists carrier-specific sources before aggregators', () => {
    const registry = createSourceRegistry([source('17track', '*'), source('ups', ['ups'])]);
    expect(registry.servingCarrier('ups').map((s) => s.id)).toEqual(['ups', '17track']);
    expect(registry.servingCarrier('usps').map((s) => s.id)).toEqual(['17track']);
    expect(registry.get('ups')?.label).toBe('ups');
    expect(registry.get('nope')).toBeUndefined();
  });
});
