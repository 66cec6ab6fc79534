/**
 * @module carriers/dhl
 * DHL Shipment Tracking – Unified (reference §6.1): one API key for Express, Paket,
 * eCommerce and Post; one number a call, a `service` hint from the carrier, 1 call/s and a
 * daily quota (250 on the initial tier).
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createDhlClient, type DhlConfig } from './client.js';
import { SERVICES } from './codes.js';
import { DHL_SOURCE_ID, parseDhl } from './parse.js';

export { createDhlClient, type DhlClient, type DhlConfig, type DhlItem } from './client.js';
export {
  CARRIER_OF_SERVICE,
  carrierIdOfService,
  DHL_CODES,
  type DhlService,
  isKnownStatusCode,
  SERVICE_OF_CARRIER,
  SERVICES,
  serviceFor,
} from './codes.js';
export { DHL_SOURCE_ID, type DhlAnswer, type DhlEnvelope, parseDhl } from './parse.js';

export const DHL_DEFAULT_URL = 'https://api-eu.dhl.com';
/** The initial tier's daily allowance (reference §6.1). */
export const DHL_DEFAULT_DAILY_QUOTA = 250;

export const dhlConfigSchema = z.object({
  apiKey: z.string().trim().min(1, 'apiKey must not be empty'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(DHL_DEFAULT_URL),
  dailyQuota: z.number().int().positive().default(DHL_DEFAULT_DAILY_QUOTA),
  minIntervalMs: z.number().int().nonnegative().default(1_000),
  service: z.enum(SERVICES).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, "a two-letter language such as 'en'")
    .optional(),
});

export const dhlSource: SourceDescriptor<DhlConfig> = {
  id: DHL_SOURCE_ID,
  label: 'DHL Shipment Tracking – Unified',
  kind: 'carrier',
  serves: ['dhl-express', 'dhl-paket', 'dhl-ecommerce', 'deutsche-post'],
  limits: { perSecond: 1, perDay: DHL_DEFAULT_DAILY_QUOTA, batchSize: 1, concurrency: 1 },
  configSchema: dhlConfigSchema,
  create: (config, deps) => createDhlClient(config, deps),
  parse: parseDhl,
};
