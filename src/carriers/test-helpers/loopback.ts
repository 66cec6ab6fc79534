/**
 * @module carriers/test-helpers/loopback
 * What the carrier client tests share: a loopback HTTP server that records every request
 * the client sent (method, path, headers, body, arrival time) and answers with a handler
 * the test sets; JSON answers; fixture pairs (payload + expected) for runCarrierContract;
 * and the ClientDeps the tests start from. Test code only (excluded from the build).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { ClientDeps } from '../types.js';

/** One request as the loopback server received it. */
export interface Seen {
  method: string | undefined;
  /** Path and query as sent (`req.url`). */
  path: string;
  /** The same, parsed (pathname, searchParams). */
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body as text ('' when none). */
  body: string;
  /** The body parsed as JSON, undefined when empty (throws when it is not JSON). */
  readonly json: unknown;
  /** When the request arrived (Date.now()). */
  at: number;
}

export type Handler = (seen: Seen, res: ServerResponse) => void;

export interface Loopback {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  base: string;
  /** Every request so far, oldest first; tests may empty it. */
  seen: Seen[];
  /** Answers the next requests with `handler`. */
  setHandler(handler: Handler): void;
  /** Drops open connections (a hung answer included) and stops listening. */
  close(): Promise<void>;
}

/** Writes `body` as JSON (a string is sent as it is) with `status` and extra headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A handler that answers every request with `body` as JSON (see sendJson). */
export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Handler =>
  (_s, res) =>
    sendJson(res, status, body, headers);

/**
 * Starts a server on 127.0.0.1 (a free port) answering with `handler` (default `{}`) and
 * recording every request into `seen`.
 */
export async function startLoopback(
  handler: Handler = (_s, res) => res.end('{}'),
  seen: Seen[] = [],
): Promise<Loopback> {
  let current = handler;
  const server = createServer((req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      const s: Seen = {
        method: req.method,
        path,
        url: new URL(path || '/', 'http://127.0.0.1'),
        headers: req.headers,
        body,
        get json() {
          return body ? (JSON.parse(body) as unknown) : undefined;
        },
        at,
      };
      seen.push(s);
      current(s, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    setHandler(next) {
      current = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A test file's loopback server: `base` (with `pathPrefix`) once it listens, `seen` throughout. */
export interface LoopbackFixture {
  readonly base: string;
  readonly seen: Seen[];
}

/**
 * A loopback server for the calling test file: started before its tests (beforeAll), closed
 * after them (afterAll). `seen` is one array for the whole file; tests may empty it.
 */
export function useLoopback(handler: Handler, pathPrefix = ''): LoopbackFixture {
  const seen: Seen[] = [];
  let server: Loopback | undefined;
  beforeAll(async () => {
    server = await startLoopback(handler, seen);
  });
  afterAll(() => server?.close());
  return {
    get base() {
      if (!server) throw new Error('the loopback server is not started yet');
      return `${server.base}${pathPrefix}`;
    },
    seen,
  };
}

/** A fixture pair for runCarrierContract: `<name><payloadSuffix>` and `<name>.expected.json`. */
export function fixturePair(dir: string, name: string, payloadSuffix = '.payload.json') {
  return {
    name,
    payload: `${dir}${name}${payloadSuffix}`,
    expected: `${dir}${name}.expected.json`,
  };
}

const readJsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The `fixtures/` folder next to a test (`import.meta.url`) and readers for its files. */
export function fixtures(moduleUrl: string, payloadSuffix = '.payload.json') {
  const dir = fileURLToPath(new URL('./fixtures/', moduleUrl));
  return {
    dir,
    /** A pair for runCarrierContract. */
    pair: (name: string) => fixturePair(dir, name, payloadSuffix),
    /** The parsed payload of fixture `name`. */
    payload: (name: string): unknown => readJsonFile(`${dir}${name}${payloadSuffix}`),
    /** The parsed expected output of fixture `name`. */
    expected: (name: string): unknown => readJsonFile(`${dir}${name}.expected.json`),
    /** Any JSON file of the folder, by file name. */
    read: (file: string): unknown => readJsonFile(`${dir}${file}`),
  };
}

/** Real fetch, the real clock and a 2 s timeout, with `over` on top. */
export const testDeps = (over: Partial<ClientDeps> = {}): ClientDeps => ({
  fetch,
  now: Date.now,
  timeoutMs: 2_000,
  ...over,
});

/** The error a promise rejects with (or its value, when it does not). */
export const failure = (p: Promise<unknown>): Promise<unknown> => p.catch((e: unknown) => e);
