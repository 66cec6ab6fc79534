/**
 * @module carriers/usps
 * USPS Tracking 3.2 (`POST /tracking/v3r2/tracking`, reference §6.4) with OAuth client
 * credentials: up to USPS_BATCH_SIZE numbers per call, a default budget of 60 requests an
 * hour (expressed in limits as 1/60 per second and 1,440 a day; the client also counts it
 * itself), event times with their GMT offset.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createUspsClient, type UspsConfig } from './client.js';
import { USPS_BATCH_SIZE, USPS_DEFAULT_REQUESTS_PER_HOUR } from './codes.js';
import { parseUsps, USPS_SOURCE_ID } from './parse.js';

export {
  createUspsClient,
  type UspsClient,
  type UspsConfig,
  type UspsRaw,
  type UspsReply,
} from './client.js';
export {
  isKnownUspsCode,
  USPS_BATCH_SIZE,
  USPS_CODES,
  USPS_DEFAULT_REQUESTS_PER_HOUR,
} from './codes.js';
export { parseUsps, USPS_SOURCE_ID, uspsTime } from './parse.js';

export const USPS_DEFAULT_URL = 'https://apis.usps.com';
export const USPS_TEST_URL = 'https://apis-tem.usps.com';

const secret = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const uspsConfigSchema = z.object({
  clientId: secret('clientId'),
  clientSecret: secret('clientSecret'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(USPS_DEFAULT_URL),
  requestsPerHour: z.number().int().positive().default(USPS_DEFAULT_REQUESTS_PER_HOUR),
  scope: z.string().trim().min(1).optional(),
});

export const uspsSource: SourceDescriptor<UspsConfig> = {
  id: USPS_SOURCE_ID,
  label: 'USPS Tracking API 3.2 (v3r2)',
  kind: 'carrier',
  serves: ['usps'],
  limits: {
    perSecond: USPS_DEFAULT_REQUESTS_PER_HOUR / 3_600,
    perDay: USPS_DEFAULT_REQUESTS_PER_HOUR * 24,
    batchSize: USPS_BATCH_SIZE,
    concurrency: 1,
  },
  configSchema: uspsConfigSchema,
  create: (config, deps) => createUspsClient(config, deps),
  parse: parseUsps,
};
