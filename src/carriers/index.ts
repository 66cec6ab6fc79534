/**
 * @module carriers
 * The explicit list of carrier sources. One import line per source; createSourceRegistry
 * refuses a duplicate or malformed id when the process starts.
 */
import { cainiaoSource } from './cainiao/index.js';
import { createSourceRegistry } from './registry.js';
import { seventeenTrackSource } from './seventeen-track/index.js';
import { simSource } from './sim/index.js';
import type { SourceDescriptor } from './types.js';

export const SOURCES: readonly SourceDescriptor[] = [
  simSource,
  cainiaoSource,
  seventeenTrackSource,
];

export const sources = createSourceRegistry(SOURCES);
