/**
 * @module carriers/seventeen-track
 * 17TRACK v2.2 (reference §4), an aggregator that tracks thousands of carriers with one
 * key: register numbers once (auto-detection, final carrier), read them with gettrackinfo
 * in batches of 40, or receive webhook pushes (verifyWebhook + parseWebhook).
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createSeventeenTrackClient, type SeventeenTrackConfig } from './client.js';
import { parseSeventeenTrack, SEVENTEEN_TRACK_SOURCE_ID } from './parse.js';

export {
  BATCH_SIZE,
  type ChangeCarrierItem,
  createSeventeenTrackClient,
  type Envelope,
  type NumberItem,
  type RegisterItem,
  type SeventeenTrackClient,
  type SeventeenTrackConfig,
} from './client.js';
export {
  API_ERRORS,
  CARRIER_KEYS,
  carrierIdOf,
  carrierKeyOf,
  SEVENTEEN_TRACK_CODES,
} from './codes.js';
export { parseSeventeenTrack, SEVENTEEN_TRACK_SOURCE_ID } from './parse.js';
export { type ParsedWebhook, parseWebhook, verifyWebhook, webhookSignature } from './webhook.js';

export const SEVENTEEN_TRACK_DEFAULT_URL = 'https://api.17track.net/track/v2.2';

export const seventeenTrackConfigSchema = z.object({
  apiKey: z.string().trim().min(1, 'apiKey must not be empty'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(SEVENTEEN_TRACK_DEFAULT_URL),
});

export const seventeenTrackSource: SourceDescriptor<SeventeenTrackConfig> = {
  id: SEVENTEEN_TRACK_SOURCE_ID,
  label: '17TRACK',
  kind: 'aggregator',
  serves: '*',
  // ~3 requests/s per key is a third-party figure [1S]; 40 numbers per request is documented.
  limits: { perSecond: 3, batchSize: 40, concurrency: 1 },
  configSchema: seventeenTrackConfigSchema,
  create: (config, deps) => createSeventeenTrackClient(config, deps),
  parse: parseSeventeenTrack,
};
