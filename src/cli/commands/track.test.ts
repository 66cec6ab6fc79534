/**
 * `trackline track` against the simulator on loopback (configured via TRACKLINE_SIM_URL),
 * SQLite in a temp data folder: JSON of the track API, plain-words text, colour and a
 * progress bar on a terminal, and exit 1 for an input that is not a tracking number.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SimServer, startSimServer } from '../../carriers/sim/server.js';
import { lookalikeAdvice } from '../../core/numbers/index.js';
import type { TrackView } from '../../engine/run/track-view.js';
import { type CliContext, type CliIO, memoryIO } from '../context.js';
import { registerTrack } from './track.js';

let sim: SimServer;
const dir = mkdtempSync(join(tmpdir(), 'trackline-track-'));
let demo: Map<string, string>;

beforeAll(async () => {
  sim = await startSimServer({ seed: 'cli-track' });
  vi.stubEnv('TRACKLINE_SIM_URL', sim.url);
  demo = new Map(sim.demo().map((d) => [d.case, d.number]));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], io: CliIO & { out: string[]; err: string[] } = memoryIO()) {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  registerTrack(program, ctx);
  await program.parseAsync([
    'node',
    'trackline',
    'track',
    '--data',
    dir,
    '--log-level',
    'silent',
    ...args,
  ]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('trackline track', () => {
  it('fetches now and prints the API JSON, following hand-offs', async () => {
    const delivered = demo.get('delivered');
    const multi = demo.get('multi_leg') ?? demo.get('in_transit');
    expect(delivered).toBeDefined();
    expect(multi).toBeDefined();
    const r = await run(['--json', delivered!, multi!]);
    expect(r.code).toBe(0);
    const views = JSON.parse(r.out) as TrackView[];
    expect(views.map((v) => v.number)).toEqual([delivered, multi]);
    const [d, m] = views as [TrackView, TrackView];
    expect(d.shipment.status).toBe('delivered');
    expect(d.shipment.events.length).toBeGreaterThan(3);
    expect(d.shipment.lastCheckedAt).not.toBeNull();
    expect(d.shipment.nextCheckAt).toBeNull();
    expect(m.shipment.events.length).toBeGreaterThan(0);
    if (demo.has('multi_leg')) {
      expect(m.shipment.legs.length).toBeGreaterThan(1);
      // Every leg was fetched: the handed-over leg has events too.
      const legsWithEvents = new Set(m.shipment.events.map((e) => e.legNumber));
      expect(legsWithEvents.size).toBeGreaterThan(1);
    }
  });

  it('prints timelines in plain words, without colour off a terminal', async () => {
    const delivered = demo.get('delivered')!;
    const r = await run([delivered]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(delivered);
    expect(r.out).toMatch(/Delivered/);
    expect(r.out).toContain('demo data');
    expect(r.out).not.toContain('\x1b[');
  });

  it('rejects what is not a tracking number with exit 1, tracking the rest', async () => {
    const r = await run(['me@example.com', demo.get('in_transit') ?? demo.get('delivered')!]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a tracking number');
    // The look-alike is named, with what to paste instead.
    expect(r.err).toContain(lookalikeAdvice('email').todo);
    expect(r.out).not.toBe('');
  });

  it('colours and shows a progress bar on a terminal when tracking many', async () => {
    const io = { ...memoryIO(), isTTY: true };
    const numbers = [...demo.values()].slice(0, 6);
    const r = await run(numbers, io);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\x1b[');
    expect(r.err).toContain('tracking');
    expect(r.err).toContain(`${numbers.length * 2}/${numbers.length * 2}`);
  });
});
