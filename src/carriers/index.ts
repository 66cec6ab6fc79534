/**
 * @module carriers
 * The explicit list of carrier sources. One import line per source; createSourceRegistry
 * refuses a duplicate or malformed id when the process starts.
 */
import { afterShipSource } from './aftership/index.js';
import { cainiaoSource } from './cainiao/index.js';
import { dhlSource } from './dhl/index.js';
import { fedexSource } from './fedex/index.js';
import { laPosteSource } from './laposte/index.js';
import { createSourceRegistry } from './registry.js';
import { seventeenTrackSource } from './seventeen-track/index.js';
import { simSource } from './sim/index.js';
import type { SourceDescriptor } from './types.js';
import { upsSource } from './ups/index.js';
import { uspsSource } from './usps/index.js';

export const SOURCES: readonly SourceDescriptor[] = [
  simSource,
  cainiaoSource,
  seventeenTrackSource,
  afterShipSource,
  dhlSource,
  upsSource,
  fedexSource,
  uspsSource,
  laPosteSource,
];

export const sources = createSourceRegistry(SOURCES);
