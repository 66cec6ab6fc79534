/**
 * @module web/routes
 * A record of every route an app registers (method + URL), kept through Fastify's onRoute
 * hook, so tests can hold the OpenAPI document against what is really served.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

const registries = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Starts recording; call before any route is registered. */
export function recordRoutes(app: FastifyInstance): void {
  const list: RouteEntry[] = [];
  registries.set(app, list);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) list.push({ method: String(method), url: route.url });
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return registries.get(app) ?? [];
}
