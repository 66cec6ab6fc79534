/**
 * @module web/pages/home-route
 * GET / — the search page; with ?q= it shows what each pasted token is.
 */
import type { FastifyInstance } from 'fastify';
import type { DemoEntry } from '../../carriers/sim/demo.js';
import { analyzeText } from '../../core/numbers/index.js';
import { MAX_NUMBERS } from '../api/detect.js';
import { formatNumber } from '../i18n/format.js';
import { pageContext } from '../locale.js';
import { homePage } from './home.js';

export function registerHome(app: FastifyInstance, demoNumbers?: () => DemoEntry[]): void {
  app.get<{ Querystring: { q?: string } }>('/', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const query = typeof request.query.q === 'string' ? request.query.q.slice(0, 4000) : '';
    let detections = query.trim() ? analyzeText(query) : [];
    let error: string | undefined;
    if (detections.length > MAX_NUMBERS) {
      error = ctx.ui.home.tooMany(
        formatNumber(detections.length, ctx.locale),
        formatNumber(MAX_NUMBERS, ctx.locale),
      );
      detections = detections.slice(0, MAX_NUMBERS);
    }
    reply.type('text/html; charset=utf-8');
    return homePage({
      ctx,
      query,
      detections,
      error,
      ...(demoNumbers ? { demo: demoNumbers() } : {}),
      explain: (d) => (d.lookalike ? ctx.ui.home.lookalike[d.lookalike] : undefined),
    });
  });
}
