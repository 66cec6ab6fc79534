/**
 * @module web/api/directory
 * The JSON beside the reference pages: carriers, statuses, contacts and retailers under
 * /api/v1. Localised texts follow ?lang=, else the lang cookie, else Accept-Language. A
 * carrier's detail adds, with an engine, the source serving it here and its observed times.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../core/i18n/locales.js';
import type { Engine } from '../../engine/run/context.js';
import { TracklineError } from '../../errors.js';
import { carrierDetail, carrierSummary } from '../content/carrier-view.js';
import { retailerView } from '../content/retailer-view.js';
import { isRetailerId } from '../content/retailers.js';
import { glossary } from '../content/status-view.js';
import { type Directory, findCarrier, listedCarriers } from '../directory.js';
import { requestLocale } from '../locale.js';
import { carrierLive } from '../pages/carrier-live.js';

/** The locale of a localised answer, announced so caches keep languages apart. */
function answerLocale(request: FastifyRequest, reply: FastifyReply): Locale {
  const { locale } = requestLocale(request);
  reply.header('Content-Language', locale).header('Vary', 'Accept-Language, Cookie');
  return locale;
}

export function registerDirectoryApi(
  app: FastifyInstance,
  directory: Directory,
  engine?: Engine,
): void {
  app.get('/api/v1/carriers', async () => ({
    carriers: listedCarriers(directory).map(carrierSummary),
  }));

  app.get<{ Params: { id: string } }>('/api/v1/carriers/:id', async (request) => {
    const carrier = findCarrier(directory, request.params.id);
    if (!carrier) throw new TracklineError('TRK_ERR_NOT_FOUND', request.url.split('?')[0]);
    return { carrier: carrierDetail(carrier, directory, await carrierLive(engine, carrier.id)) };
  });

  app.get('/api/v1/statuses', async (request, reply) => glossary(answerLocale(request, reply)));

  app.get('/api/v1/contacts', async () => ({ countries: directory.contacts }));

  app.get<{ Params: { id: string } }>('/api/v1/retailers/:id', async (request, reply) => {
    const { id } = request.params;
    if (!isRetailerId(id)) throw new TracklineError('TRK_ERR_NOT_FOUND', request.url.split('?')[0]);
    return { retailer: retailerView(id, answerLocale(request, reply)) };
  });
}
