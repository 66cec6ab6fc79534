/**
 * @module carriers/registry
 * The source registry: an explicit list, checked once at start. A duplicate or malformed id
 * stops the start; nothing is discovered from the file system.
 */
import type { SourceDescriptor } from './types.js';

export interface SourceRegistry {
  readonly all: readonly SourceDescriptor[];
  get(id: string): SourceDescriptor | undefined;
  /** Sources that can track a registry carrier id, carrier-specific ones first. */
  servingCarrier(carrierId: string): SourceDescriptor[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function createSourceRegistry(sources: readonly SourceDescriptor[]): SourceRegistry {
  const byId = new Map<string, SourceDescriptor>();
  for (const source of sources) {
    if (!ID.test(source.id)) throw new Error(`source id '${source.id}' must be kebab-case`);
    if (byId.has(source.id)) throw new Error(`source id '${source.id}' is registered twice`);
    if (source.limits.batchSize < 1 || source.limits.perSecond <= 0) {
      throw new Error(`source '${source.id}' has impossible limits`);
    }
    byId.set(source.id, source);
  }
  const all = Object.freeze([...sources]);
  return {
    all,
    get: (id) => byId.get(id),
    servingCarrier: (carrierId) => {
      const specific = all.filter((s) => s.serves !== '*' && s.serves.includes(carrierId));
      const general = all.filter((s) => s.serves === '*');
      return [...specific, ...general];
    },
  };
}
