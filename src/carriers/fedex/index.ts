/**
 * @module carriers/fedex
 * FedEx Track API v1 (reference §6.3) with OAuth client credentials: batches of up to 30
 * numbers, per-number errors inside the 200 body, scan times with their offset. Limits are
 * FedEx's documented ones (1,400 transactions per 10 s, 100K requests a day per project),
 * kept well below.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createFedexClient, type FedexConfig } from './client.js';
import { FEDEX_BATCH_SIZE } from './codes.js';
import { FEDEX_SOURCE_ID, parseFedex } from './parse.js';

export { createFedexClient, type FedexClient, type FedexConfig } from './client.js';
export { FEDEX_CODES, FEDEX_ERROR_CODES, isKnownFedexCode } from './codes.js';
export { FEDEX_SOURCE_ID, fedexTime, parseFedex } from './parse.js';

export const FEDEX_DEFAULT_URL = 'https://apis.fedex.com';
export const FEDEX_SANDBOX_URL = 'https://apis-sandbox.fedex.com';

const secret = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const fedexConfigSchema = z.object({
  clientId: secret('clientId'),
  clientSecret: secret('clientSecret'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(FEDEX_DEFAULT_URL),
  locale: z
    .string()
    .regex(/^[a-z]{2}_[A-Z]{2}$/, "a locale such as 'en_US'")
    .default('en_US'),
});

export const fedexSource: SourceDescriptor<FedexConfig> = {
  id: FEDEX_SOURCE_ID,
  label: 'FedEx Track API',
  kind: 'carrier',
  serves: ['fedex'],
  limits: { perSecond: 10, perDay: 100_000, batchSize: FEDEX_BATCH_SIZE, concurrency: 2 },
  configSchema: fedexConfigSchema,
  create: (config, deps) => createFedexClient(config, deps),
  parse: parseFedex,
};
