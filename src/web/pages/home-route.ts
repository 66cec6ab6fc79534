/**
 * @module web/pages/home-route
 * GET / — the search page; with ?q= it shows what each pasted token is.
 */
import type { FastifyInstance } from 'fastify';
import { analyzeText, lookalikeAdvice } from '../../core/numbers/index.js';
import { MAX_NUMBERS } from '../api/detect.js';
import { homePage } from './home.js';

export function registerHome(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>('/', async (request, reply) => {
    const query = typeof request.query.q === 'string' ? request.query.q.slice(0, 4000) : '';
    let detections = query.trim() ? analyzeText(query) : [];
    let error: string | undefined;
    if (detections.length > MAX_NUMBERS) {
      error = `You pasted ${detections.length} numbers; we show the first ${MAX_NUMBERS}.`;
      detections = detections.slice(0, MAX_NUMBERS);
    }
    reply.type('text/html; charset=utf-8');
    return homePage({
      query,
      detections,
      error,
      explain: (d) => {
        if (!d.lookalike) return undefined;
        const advice = lookalikeAdvice(d.lookalike);
        return `${advice.what} ${advice.todo}`;
      },
    });
  });
}
