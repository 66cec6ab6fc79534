/**
 * @module carriers/aftership
 * AfterShip Tracking API (reference §3), an aggregator: create a tracking once (courier
 * detection or a slug), then read it with get trackings in batches, or receive webhook
 * pushes (verifyWebhook + parseWebhook). Subtags are the event codes; a multi-leg tracking
 * (first mile + last mile) becomes two legs.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { type AfterShipConfig, createAfterShipClient } from './client.js';
import { AFTERSHIP_SOURCE_ID, parseAfterShip } from './parse.js';

export {
  type AfterShipClient,
  type AfterShipConfig,
  BATCH_SIZE,
  type CreateTrackingInput,
  createAfterShipClient,
  type DetectCourierInput,
} from './client.js';
export { AFTERSHIP_CODES, alpha2, carrierIdOfSlug, isKnownTag, SLUGS, slugOf } from './codes.js';
export {
  AFTERSHIP_SOURCE_ID,
  type AfterShipEnvelope,
  parseAfterShip,
  parseDetectedCouriers,
} from './parse.js';
export {
  type ParsedWebhook,
  parseWebhook,
  SIGNATURE_HEADER,
  verifyWebhook,
  webhookSignature,
} from './webhook.js';

export const AFTERSHIP_DEFAULT_URL = 'https://api.aftership.com/tracking/2025-01';

export const afterShipConfigSchema = z.object({
  apiKey: z.string().trim().min(1, 'apiKey must not be empty'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(AFTERSHIP_DEFAULT_URL),
  /** The account's webhook secret: switches on `POST /hooks/aftership` (HMAC check). */
  webhookSecret: z.string().trim().min(1, 'webhookSecret must not be empty').optional(),
});

/** Requests a second: GET /trackings/:id's documented 5/s (the plural read allows 6/s). */
export const AFTERSHIP_PER_SECOND = 5;

export const afterShipSource: SourceDescriptor<AfterShipConfig> = {
  id: AFTERSHIP_SOURCE_ID,
  label: 'AfterShip',
  kind: 'aggregator',
  serves: '*',
  // Since API 2024-07 each endpoint has its own limit (aftership.com/docs/tracking/2025-01/
  // quickstart/rate-limit): GET /trackings 6/s, GET /trackings/:id 5/s, POST /trackings 20/s,
  // POST /couriers/detect 3/s. One pace for the source: the slowest endpoint a poll uses.
  limits: { perSecond: AFTERSHIP_PER_SECOND, batchSize: 50, concurrency: 2 },
  configSchema: afterShipConfigSchema,
  create: (config, deps) => createAfterShipClient(config, deps),
  parse: parseAfterShip,
};
