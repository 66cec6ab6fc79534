/**
 * Helpers for the end-to-end tests: `trackline worker` as a real child process (through
 * tsx, the command registrar as main.ts will mount it), a recording proxy in front of the
 * simulator (which numbers were fetched, how often), and fast seeding of many parcels.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/store/db.js';
import { newId } from '../../src/store/ids.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = fileURLToPath(new URL('../../src/cli/commands/worker.ts', import.meta.url));
const CONTEXT = fileURLToPath(new URL('../../src/cli/context.ts', import.meta.url));

export interface WorkerChild {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed) and what it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
}

/** Starts `trackline worker ARGS` in a child process with `env` added. */
export function startWorker(args: string[], env: Record<string, string>): WorkerChild {
  const script = `
    const { Command } = await import('commander');
    const { registerWorker } = await import(${JSON.stringify(WORKER)});
    const { processIO } = await import(${JSON.stringify(CONTEXT)});
    const ctx = { io: processIO(), exitCode: 0 };
    const program = new Command().exitOverride();
    registerWorker(program, ctx);
    await program.parseAsync(['node', 'trackline', 'worker', ...${JSON.stringify(args)}]);
    process.exit(ctx.exitCode);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TRACKLINE_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { child, exited };
}

export interface RecordingProxy {
  url: string;
  /** Number → how many track requests carried it. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** An HTTP proxy to the simulator's POST /api/track that counts the numbers requested. */
export async function recordingProxy(simUrl: string): Promise<RecordingProxy> {
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const numbers = (JSON.parse(body) as { numbers?: string[] }).numbers ?? [];
        for (const n of numbers) counts.set(n, (counts.get(n) ?? 0) + 1);
      } catch {
        // Not JSON: forwarded as is, the simulator answers 400.
      }
      const upstream = await fetch(new URL(req.url ?? '/', simUrl), {
        method: req.method ?? 'GET',
        headers: { 'content-type': 'application/json' },
        ...(req.method === 'POST' ? { body } : {}),
      });
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(await upstream.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Inserts `numbers` as parcels (shipment, origin leg, a poll due at `now`) in bulk. */
export async function seedParcels(db: Db, numbers: readonly string[], now: number): Promise<void> {
  for (let i = 0; i < numbers.length; i += 500) {
    const part = numbers.slice(i, i + 500).map((number) => ({
      number,
      shipmentId: newId('shipment', now),
      legId: newId('leg', now),
    }));
    await db
      .insertInto('shipments')
      .values(
        part.map((p) => ({
          id: p.shipmentId,
          status: 'pending' as const,
          milestone: null,
          reason: null,
          status_since: now,
          last_event_at: null,
          last_checked_at: null,
          next_check_at: now,
          delivered_at: null,
          origin_country: null,
          destination_country: null,
          service: null,
          retailer: null,
          eta_earliest: null,
          eta_likely: null,
          eta_latest: null,
          eta_basis: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await db
      .insertInto('legs')
      .values(
        part.map((p) => ({
          id: p.legId,
          shipment_id: p.shipmentId,
          number: p.number,
          carrier_id: 'cainiao',
          generation: 0,
          role: 'origin' as const,
          learned_from: 'user' as const,
          first_seen_at: now,
        })),
      )
      .execute();
    await db
      .insertInto('poll_schedule')
      .values(
        part.map((p) => ({
          leg_id: p.legId,
          source_id: 'sim',
          due_at: now,
          priority: 0,
          lease_owner: null,
          lease_until: null,
          last_result: null,
        })),
      )
      .execute();
  }
}
