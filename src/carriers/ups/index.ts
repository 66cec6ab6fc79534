/**
 * @module carriers/ups
 * UPS Track API v1 (reference §6.2) with OAuth client credentials: one number per call,
 * activities with local date and time plus their GMT offset. UPS publishes no per-second
 * figure for Track; the limits below are our own polite defaults.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createUpsClient, type UpsConfig } from './client.js';
import { parseUps, UPS_SOURCE_ID } from './parse.js';

export { createUpsClient, type UpsClient, type UpsConfig, type UpsReply } from './client.js';
export { isKnownUpsType, UPS_CODES, upsEventCode } from './codes.js';
export { parseUps, UPS_SOURCE_ID, upsTime } from './parse.js';

export const UPS_DEFAULT_URL = 'https://onlinetools.ups.com';
export const UPS_TEST_URL = 'https://wwwcie.ups.com';

const secret = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const upsConfigSchema = z.object({
  clientId: secret('clientId'),
  clientSecret: secret('clientSecret'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(UPS_DEFAULT_URL),
  transactionSrc: z.string().trim().min(1).max(64).default('trackline'),
  locale: z
    .string()
    .regex(/^[a-z]{2}_[A-Z]{2}$/, "a locale such as 'en_US'")
    .default('en_US'),
  merchantId: z.string().trim().min(1).optional(),
});

export const upsSource: SourceDescriptor<UpsConfig> = {
  id: UPS_SOURCE_ID,
  label: 'UPS Track API',
  kind: 'carrier',
  serves: ['ups'],
  limits: { perSecond: 2, batchSize: 1, concurrency: 2 },
  configSchema: upsConfigSchema,
  create: (config, deps) => createUpsClient(config, deps),
  parse: parseUps,
};
