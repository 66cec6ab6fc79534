import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_CODES } from './codes.js';
import { simSource } from './index.js';
import { DAY_MS } from './journey.js';
import { type SimServer, startSimServer } from './server.js';
import type { TruthView } from './truth.js';

const EPOCH = Date.UTC(2026, 2, 1);
let sim: SimServer;

beforeAll(async () => {
  sim = await startSimServer({ epochMs: EPOCH, timeScale: 0, seed: 'server-test' });
});
afterAll(async () => {
  await sim.close();
});

const client = () =>
  simSource.create({ baseUrl: sim.url }, { fetch, now: Date.now, timeoutMs: 5_000 });
const getJson = async <T>(path: string): Promise<T> =>
  (await (await fetch(sim.url + path)).json()) as T;
const setClock = (setMs: number) =>
  fetch(`${sim.url}/sim/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ setMs }),
  });

describe('simulator over loopback', () => {
  it('listens on 127.0.0.1 and answers track requests through the adapter', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const raw = await client().fetchRaw(['LP00054937353995', 'NOT-A-PARCEL-123']);
    const { results, messages } = simSource.parse(raw);
    expect(messages).toEqual([
      expect.objectContaining({ code: 'not_found', trackingNumber: 'NOTAPARCEL123' }),
    ]);
    const [lp] = results;
    expect(lp?.trackingNumber).toBe('LP00054937353995');
    expect(lp?.carrierId).toBe('cainiao');
    for (const e of lp?.events ?? []) {
      expect(e.time.local).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(e.time.offset).toMatch(/^[+-]\d\d:\d\d$/);
      expect(SIM_CODES[e.code ?? '']).toBeDefined();
    }
  });

  it('lists demo numbers that cover the interesting cases, each with its ground truth', async () => {
    const demo = await getJson<{ numbers: Array<{ number: string; case: string }> }>('/api/demo');
    expect(demo.numbers.length).toBeGreaterThanOrEqual(12);
    expect(demo.numbers.length).toBeLessThanOrEqual(20);
    const cases = demo.numbers.map((d) => d.case);
    for (const c of [
      'delivered',
      'multi_leg',
      'in_transit',
      'customs_held',
      'pickup_point',
      'not_found_yet',
    ]) {
      expect(cases).toContain(c);
    }
    const notYet = demo.numbers.find((d) => d.case === 'not_found_yet')!;
    const { messages } = simSource.parse(await client().fetchRaw([notYet.number]));
    expect(messages[0]?.code).toBe('not_found');
    const held = demo.numbers.find((d) => d.case === 'customs_held')!;
    const truth = await getJson<TruthView>(`/sim/truth/${held.number}`);
    expect(truth.now.state.reason).toBe('customs_held');
    expect(truth.incidents.map((i) => i.kind)).toContain('customs_hold');
  });

  it('reveals events as the clock advances, follows hand-offs, and agrees with ground truth', async () => {
    const demo = await getJson<{ numbers: Array<{ number: string; case: string }> }>('/api/demo');
    const multi = demo.numbers.find((d) => d.case === 'multi_leg')!.number;
    const truth0 = await getJson<TruthView>(`/sim/truth/${multi}`);
    expect(truth0.legs).toHaveLength(3);
    const start = Date.parse(truth0.startAt);
    try {
      // Before the first scan: nothing to see.
      await setClock(start - 1000);
      expect(simSource.parse(await client().fetchRaw([multi])).results).toHaveLength(0);
      let seen = 0;
      for (let t = start; t <= Date.parse(truth0.endAt) + DAY_MS; t += 2 * DAY_MS) {
        await setClock(t);
        const truth = await getJson<TruthView>(`/sim/truth/${multi}`);
        const { results } = simSource.parse(await client().fetchRaw(truth.now.legsVisible));
        const events = results.flatMap((r) => r.events);
        expect(events.length).toBe(truth.now.visibleEvents);
        expect(events.length).toBeGreaterThanOrEqual(seen);
        seen = events.length;
        // The newest event across legs carries the state ground truth reports.
        const newest = events
          .map((e) => ({ e, at: Date.parse(`${e.time.local.replace(' ', 'T')}${e.time.offset}`) }))
          .sort((a, b) => b.at - a.at)[0];
        const entry = SIM_CODES[newest?.e.code ?? ''];
        expect(
          entry && { status: entry.status, milestone: entry.milestone, reason: entry.reason },
        ).toEqual(truth.now.state);
        // Links name exactly the legs handed over so far.
        const links = results.flatMap((r) => r.links.map((l) => l.number));
        expect([truth.legs[0]!.number, ...links]).toEqual(truth.now.legsVisible);
      }
      const end = await getJson<TruthView>(`/sim/truth/${truth0.legs[2]!.number}`);
      expect(end.now.done).toBe(true);
      expect(end.leg).toBe(2);
      expect(end.primary).toBe(multi);
      expect(end.now.state).toEqual(end.final);
    } finally {
      await setClock(EPOCH);
    }
  });

  it('moves its clock forward on request', async () => {
    const before = await getJson<{ nowMs: number }>('/sim/clock');
    const res = await fetch(`${sim.url}/sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 3_600_000 }),
    });
    const after = (await res.json()) as { nowMs: number };
    expect(after.nowMs - before.nowMs).toBe(3_600_000);
    const bad = await fetch(`${sim.url}/sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 'soon' }),
    });
    expect(bad.status).toBe(400);
    await setClock(EPOCH);
  });

  it('refuses a batch over 40 numbers and answers unknown truth with 404', async () => {
    const numbers = Array.from(
      { length: 41 },
      (_, i) => `LP0000000000${String(i).padStart(4, '0')}`,
    );
    const res = await fetch(`${sim.url}/api/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ numbers }),
    });
    expect(res.status).toBe(400);
    expect((await fetch(`${sim.url}/sim/truth/NOPE12345`)).status).toBe(404);
  });
});

describe('simulator with a key', () => {
  it('asks for X-Sim-Key and accepts it', async () => {
    const keyed = await startSimServer({ epochMs: EPOCH, timeScale: 0, key: 'sekret' });
    try {
      const deps = { fetch, now: Date.now, timeoutMs: 5_000 };
      await expect(
        simSource.create({ baseUrl: keyed.url }, deps).fetchRaw(['LP00054937353995']),
      ).rejects.toMatchObject({ name: 'CarrierAuthError' });
      const ok = await simSource
        .create({ baseUrl: keyed.url, key: 'sekret' }, deps)
        .fetchRaw(['LP00054937353995']);
      expect(simSource.parse(ok).results).toHaveLength(1);
    } finally {
      await keyed.close();
    }
  });
});
