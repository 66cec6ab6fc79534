/**
 * @module carriers/sim
 * The built-in simulator carrier (DESIGN §6): a real HTTP service on loopback with
 * realistic multi-leg journeys, incidents, rate limits and faults. Its data is made up and
 * must be labelled as demo data wherever it is shown. Serves every carrier ('*') because in
 * demo mode it stands in for all of them.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createSimClient, SIM_SOURCE_ID, type SimConfig } from './client.js';
import { parseSim } from './parse.js';

export type { SimConfig } from './client.js';
export { SIM_CODES } from './codes.js';
export { type SimServer, type SimServerOptions, startSimServer } from './server.js';

export const simConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  key: z.string().trim().min(1, 'key must not be empty').optional(),
});

export const simSource: SourceDescriptor<SimConfig> = {
  id: SIM_SOURCE_ID,
  label: 'Trackline simulator (demo data)',
  kind: 'simulator',
  serves: '*',
  limits: { perSecond: 100, batchSize: 40, concurrency: 8 },
  configSchema: simConfigSchema,
  create: (config, deps) => createSimClient(config, deps),
  parse: parseSim,
};
