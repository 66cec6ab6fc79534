/**
 * @module carriers/cainiao
 * Cainiao, the AliExpress backbone (reference §5): the keyless JSON endpoint behind the
 * public global tracking page. Several numbers per request; polite by default (one request
 * every few seconds); a block or captcha answer rests the source for hours.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { type CainiaoConfig, createCainiaoClient } from './client.js';
import { CAINIAO_SOURCE_ID, parseCainiao } from './parse.js';

export type { CainiaoClient, CainiaoConfig } from './client.js';
export { CAINIAO_CODES, isKnownActionCode } from './codes.js';
export { CAINIAO_SOURCE_ID, parseCainiao } from './parse.js';

export const CAINIAO_DEFAULT_URL = 'https://global.cainiao.com/global/detail.json';
/** One request every 5 s by default. */
export const CAINIAO_DEFAULT_INTERVAL_MS = 5_000;
/** Six hours of rest after a block or captcha answer. */
export const CAINIAO_DEFAULT_BLOCK_BACKOFF_MS = 6 * 3_600_000;

export const cainiaoConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).default(CAINIAO_DEFAULT_URL),
  minIntervalMs: z.number().int().nonnegative().default(CAINIAO_DEFAULT_INTERVAL_MS),
  blockBackoffMs: z.number().int().positive().default(CAINIAO_DEFAULT_BLOCK_BACKOFF_MS),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, "a language tag such as 'en-US'")
    .default('en-US'),
});

export const cainiaoSource: SourceDescriptor<CainiaoConfig> = {
  id: CAINIAO_SOURCE_ID,
  label: 'Cainiao global tracking (AliExpress)',
  kind: 'carrier',
  // Cainiao's page tracks AliExpress parcels under their LP numbers and the postal numbers
  // it hands them over to; routing sends China-origin formats here when nothing better is set.
  serves: ['cainiao', 'china-post', 'china-ems'],
  limits: {
    perSecond: 1_000 / CAINIAO_DEFAULT_INTERVAL_MS,
    batchSize: 10,
    concurrency: 1,
  },
  configSchema: cainiaoConfigSchema,
  create: (config, deps) => createCainiaoClient(config, deps),
  parse: parseCainiao,
};
