/**
 * @module carriers/laposte
 * La Poste "Suivi" v2 over Okapi (reference §6.5): one key tracks Colissimo, Chronopost and
 * La Poste letters and parcels; several ids per call, answers in French or English.
 */
import { z } from 'zod';
import type { SourceDescriptor } from '../types.js';
import { createLaPosteClient, type LaPosteConfig } from './client.js';
import { LAPOSTE_SOURCE_ID, parseLaPoste } from './parse.js';

export { BATCH_SIZE, createLaPosteClient, type LaPosteConfig, type LaPosteLang } from './client.js';
export {
  carrierIdOfProduct,
  isKnownEventCode,
  LAPOSTE_CODES,
  OK_CODES,
  RETURN_CODES,
} from './codes.js';
export { LAPOSTE_SOURCE_ID, parseLaPoste } from './parse.js';

export const LAPOSTE_DEFAULT_URL = 'https://api.laposte.fr/suivi/v2';

export const laPosteConfigSchema = z.object({
  apiKey: z.string().trim().min(1, 'apiKey must not be empty'),
  baseUrl: z.url({ protocol: /^https?$/ }).default(LAPOSTE_DEFAULT_URL),
  lang: z.enum(['fr_FR', 'en_GB']).default('en_GB'),
});

export const laPosteSource: SourceDescriptor<LaPosteConfig> = {
  id: LAPOSTE_SOURCE_ID,
  label: 'La Poste / Colissimo / Chronopost (Suivi v2)',
  kind: 'carrier',
  serves: ['la-poste', 'colissimo', 'chronopost'],
  // No published per-second figure in the reference; one call a second is our own politeness.
  limits: { perSecond: 1, batchSize: 10, concurrency: 1 },
  configSchema: laPosteConfigSchema,
  create: (config, deps) => createLaPosteClient(config, deps),
  parse: parseLaPoste,
};
