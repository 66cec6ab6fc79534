/**
 * @module web/api/detect
 * GET /api/v1/detect?q=… — what each pasted token is: the same JSON as `trackline detect --json`.
 */
import type { FastifyInstance } from 'fastify';
import { analyzeText } from '../../core/numbers/index.js';
import { TracklineError } from '../../errors.js';

/** How many numbers one search may hold. */
export const MAX_NUMBERS = 40;

export function registerDetectApi(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>('/api/v1/detect', async (request) => {
    const query = typeof request.query.q === 'string' ? request.query.q : '';
    if (!query.trim()) throw new TracklineError('TRK_ERR_NUMBER_EMPTY');
    if (query.length > 4000)
      throw new TracklineError('TRK_ERR_BAD_REQUEST', 'q is longer than 4000 characters');
    const detections = analyzeText(query);
    if (detections.length > MAX_NUMBERS) {
      throw new TracklineError('TRK_ERR_TOO_MANY_NUMBERS', String(detections.length));
    }
    return { detections };
  });
}
