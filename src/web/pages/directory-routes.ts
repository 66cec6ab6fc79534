/**
 * @module web/pages/directory-routes
 * The reference pages: /carriers, /carriers/:id, /statuses, /contacts, /retailers/:id.
 */
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine/run/context.js';
import { TracklineError } from '../../errors.js';
import { carrierDetail } from '../content/carrier-view.js';
import { retailerView } from '../content/retailer-view.js';
import { isRetailerId } from '../content/retailers.js';
import { type Directory, findCarrier, listedCarriers } from '../directory.js';
import { pageContext } from '../locale.js';
import { carrierPage } from './carrier.js';
import { carrierLive } from './carrier-live.js';
import { carriersPage } from './carriers.js';
import { contactsPage } from './contacts.js';
import { retailerPage } from './retailer.js';
import { statusesPage } from './statuses.js';

const HTML = 'text/html; charset=utf-8';

export function registerDirectoryPages(
  app: FastifyInstance,
  directory: Directory,
  engine?: Engine,
): void {
  app.get<{ Querystring: { q?: string } }>('/carriers', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const q = typeof request.query.q === 'string' ? request.query.q.slice(0, 100) : '';
    return reply.type(HTML).send(carriersPage(ctx, listedCarriers(directory), q));
  });

  app.get<{ Params: { id: string } }>('/carriers/:id', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const carrier = findCarrier(directory, request.params.id);
    if (!carrier) throw new TracklineError('TRK_ERR_NOT_FOUND', ctx.path);
    const live = await carrierLive(engine, carrier.id);
    return reply.type(HTML).send(carrierPage(ctx, carrierDetail(carrier, directory, live)));
  });

  app.get('/statuses', async (request, reply) => {
    const ctx = pageContext(request, reply);
    return reply.type(HTML).send(statusesPage(ctx));
  });

  app.get('/contacts', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const name = (id: string) => findCarrier(directory, id)?.name;
    return reply.type(HTML).send(contactsPage(ctx, directory.contacts, name));
  });

  app.get<{ Params: { id: string } }>('/retailers/:id', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const { id } = request.params;
    if (!isRetailerId(id)) throw new TracklineError('TRK_ERR_NOT_FOUND', ctx.path);
    return reply.type(HTML).send(retailerPage(ctx, retailerView(id, ctx.locale)));
  });
}
