import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { buildApp } from '../app.js';
import { delivered, inTransit } from './fixtures.js';
import type { LiveUpdate } from './live.js';
import { type FakeDeps, fakeDeps } from './testing.js';

let app: FastifyInstance;
let deps: FakeDeps;
let base: string;

beforeAll(async () => {
  deps = fakeDeps();
  app = await buildApp({ config: loadConfig({}, {}), tracking: { deps } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
});

/** Reads the stream until `done` says so or `ms` pass; returns the text read. */
async function read(
  url: string,
  onOpen: () => void,
  done: (text: string) => boolean,
  ms = 800,
): Promise<{ text: string; type: string | null }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  const res = await fetch(url, { signal: abort.signal });
  const type = res.headers.get('content-type');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  onOpen();
  try {
    while (!done(text)) {
      const { value, done: end } = await reader.read();
      if (end) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted: the time is up
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return { text, type };
}

const waitFor = async (check: () => boolean, ms = 500): Promise<void> => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
};

describe('GET /track/:number/events (Server-Sent Events)', () => {
  it('sends an update event when the shipment changes, with heartbeats', async () => {
    const id = inTransit.shipment.id;
    const { text, type } = await read(
      `${base}/track/${inTransit.number}/events?lang=fr`,
      () => {
        void waitFor(() => (deps.listeners.get(id)?.size ?? 0) > 0).then(() => deps.fire(id));
      },
      (t) => t.includes('event: update') && t.includes(': ping'),
    );
    expect(type).toMatch(/^text\/event-stream/);
    const message = text.split('\n\n').find((m) => m.startsWith('event: update'));
    expect(message).toBeDefined();
    const data = JSON.parse(message!.split('\ndata: ')[1]!) as LiveUpdate;
    expect(data.step).toBe('arrived_destination');
    expect(data.items[0]?.description).toBe('Colis en cours de dédouanement');
    expect(data.items[0]?.by).toBe('signalé par laposte pour CJ123456785FR');
    expect(text).toContain(': ping');
  });

  it('unsubscribes when the reader goes away', async () => {
    const id = delivered.shipment.id;
    await read(
      `${base}/track/${delivered.number}/events`,
      () => undefined,
      (t) => t.includes(': connected'),
    );
    await waitFor(() => (deps.listeners.get(id)?.size ?? 0) === 0);
    expect(deps.listeners.get(id)?.size ?? 0).toBe(0);
  });

  it('answers 404 for something that is not a tracking number', async () => {
    const res = await fetch(`${base}/track/8123456789012345/events`);
    expect(res.status).toBe(404);
  });
});
