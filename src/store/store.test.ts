/**
 * @module store/store.test
 * The one repository suite, run against SQLite (a temp file) and against PostgreSQL when
 * TRACKLINE_TEST_PG is a connection URL (each run in its own fresh schema, dropped after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, withTransaction } from './db.js';
import { insertEvents, listEvents, type NewEvent } from './events.js';
import {
  appendInbox,
  claimInbox,
  countInbox,
  getInboxItem,
  markInboxDone,
  markInboxFailed,
  releaseInbox,
} from './inbox.js';
import { createLeg, findLeg, listLegs } from './legs.js';
import { appliedMigrations, migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import {
  createOrder,
  findOrCreateOrder,
  linkOrderShipment,
  listOrderShipments,
  listShipmentOrders,
} from './orders.js';
import { completePoll, countPolls, failPoll, getPoll, leaseDue, schedulePoll } from './schedule.js';
import {
  createShipment,
  findShipmentsByNumber,
  getShipment,
  mergeShipments,
  updateShipment,
} from './shipments.js';
import { getSourceState, listSourceStates, upsertSourceState } from './source-state.js';
import { leaseBody, runTogether } from './test-helpers/child.js';
import { postgresTarget, sqliteTarget, type TestTarget } from './test-helpers/targets.js';

const PG_URL = process.env['TRACKLINE_TEST_PG'];
if (!PG_URL) {
  console.warn(
    '[store] PostgreSQL repository suite SKIPPED: set TRACKLINE_TEST_PG=postgres://… to run it',
  );
}

const DIALECTS: TestTarget[] = [sqliteTarget(), postgresTarget(PG_URL)];
const T0 = Date.UTC(2026, 10, 21, 6, 0, 0);

function event(shipmentId: string, legId: string, key: string, minutes: number): NewEvent {
  return {
    shipment_id: shipmentId,
    leg_id: legId,
    source: 'sim',
    occurred_at: T0 + minutes * 60_000,
    local_time: '2026-11-21 14:00:00',
    zone: 'Asia/Shanghai',
    zone_confidence: 0.9,
    description: `scan ${key}`,
    status: 'in_transit',
    milestone: 'origin_facility',
    confidence: 1,
    rule: 'test',
    dedupe_key: key,
    fetched_at: T0,
  };
}

for (const target of DIALECTS) {
  describe.skipIf(!target.enabled)(`store on ${target.name}`, () => {
    let h: DatabaseHandle;
    const handles: DatabaseHandle[] = [];
    const open = async () => {
      const handle = await target.open();
      handles.push(handle);
      return handle;
    };
    /** A shipment with one leg, for tests that need somewhere to hang rows. */
    const shipmentWithLeg = async (number: string) => {
      const shp = await createShipment(h.db, { retailer: 'aliexpress' }, T0);
      const leg = await createLeg(
        h.db,
        { shipmentId: shp.id, number, carrierId: 'sim', role: 'origin', learnedFrom: 'user' },
        T0,
      );
      return { shp, leg };
    };

    beforeAll(async () => {
      h = await open();
      expect(h.dialect).toBe(target.name);
    });
    afterAll(async () => {
      for (const handle of handles) await handle.close();
      await target.cleanup();
    });

    it('migrates from three processes at once, each migration applied once', {
      timeout: 60_000,
    }, async () => {
      const body = 'return (await store.migrateToLatest(h.db)).applied;';
      const applied = (await runTogether<string[]>(target.url, [body, body, body])).flat();
      expect(applied.sort()).toEqual(Object.keys(MIGRATIONS).sort());
    });

    it('migrates again without changing anything', async () => {
      const again = await migrateToLatest(h.db);
      expect(again.applied).toEqual([]);
      expect(await appliedMigrations(h.db)).toEqual(again.known);
      expect(again.known).toEqual(Object.keys(MIGRATIONS).sort());
    });

    it('creates, patches and finds shipments by number', async () => {
      const { shp } = await shipmentWithLeg('LP00123456789012');
      expect(shp.id).toMatch(/^shp_/);
      const updated = await updateShipment(
        h.db,
        shp.id,
        { status: 'in_transit', milestone: 'departed_origin', last_event_at: T0 + 5 },
        T0 + 10,
      );
      expect(updated).toMatchObject({ status: 'in_transit', last_event_at: T0 + 5 });
      expect(updated?.updated_at).toBe(T0 + 10);
      expect(typeof updated?.created_at).toBe('number');
      const found = await findShipmentsByNumber(h.db, 'LP00123456789012');
      expect(found.map((s) => s.id)).toEqual([shp.id]);
      expect(await findShipmentsByNumber(h.db, 'NOPE')).toEqual([]);
    });

    it('keeps a number unique per carrier within a generation', async () => {
      const { shp, leg } = await shipmentWithLeg('RR123456785CN');
      expect(leg.generation).toBe(0);
      const again = { shipmentId: shp.id, number: 'RR123456785CN', carrierId: 'sim' } as const;
      await expect(
        createLeg(h.db, { ...again, role: 'alias', learnedFrom: 'detection' }, T0),
      ).rejects.toThrow();
      const other = await createShipment(h.db, {}, T0);
      const reused = await createLeg(
        h.db,
        { ...again, shipmentId: other.id, generation: 1, role: 'origin', learnedFrom: 'user' },
        T0 + 1,
      );
      expect((await findLeg(h.db, 'sim', 'RR123456785CN'))?.id).toBe(reused.id);
    });

    it('stores each event once (dedupe key), returning only new rows', async () => {
      const { shp, leg } = await shipmentWithLeg('LP-DEDUPE');
      const first = await insertEvents(h.db, [
        event(shp.id, leg.id, 'k1', 2),
        event(shp.id, leg.id, 'k2', 1),
        event(shp.id, leg.id, 'k1', 2),
      ]);
      expect(first.map((e) => e.dedupe_key)).toEqual(['k1', 'k2']);
      const second = await insertEvents(h.db, [
        event(shp.id, leg.id, 'k2', 1),
        event(shp.id, leg.id, 'k3', 3),
      ]);
      expect(second.map((e) => e.dedupe_key)).toEqual(['k3']);
      const stored = await listEvents(h.db, shp.id);
      expect(stored.map((e) => e.dedupe_key)).toEqual(['k2', 'k1', 'k3']);
      expect(stored[0]).toMatchObject({
        occurred_at: T0 + 60_000,
        zone_confidence: 0.9,
        reason: null,
      });
      // 1,200 events cross the insert chunk size.
      const many = Array.from({ length: 1200 }, (_, i) => event(shp.id, leg.id, `bulk${i}`, i));
      expect(await insertEvents(h.db, many)).toHaveLength(1200);
      expect(await insertEvents(h.db, many)).toHaveLength(0);
    });

    it('rolls a transaction back when it throws', async () => {
      const { shp, leg } = await shipmentWithLeg('LP-TX');
      await expect(
        withTransaction(h.db, async (trx) => {
          await insertEvents(trx, [event(shp.id, leg.id, 'tx1', 1)]);
          await withTransaction(trx, async (inner) => {
            await updateShipment(inner, shp.id, { status: 'delivered' }, T0);
          });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await listEvents(h.db, shp.id)).toEqual([]);
      expect((await getShipment(h.db, shp.id))?.status).toBe('pending');
    });

    it('links orders and shipments many-to-many', async () => {
      const a = await createOrder(
        h.db,
        {
          retailer: 'aliexpress',
          orderNumber: '8100',
          items: [{ title: 'cable', qty: 2 }],
          amount: '12.30',
          currency: 'EUR',
        },
        T0,
      );
      const b = await findOrCreateOrder(h.db, { retailer: 'aliexpress', orderNumber: '8101' }, T0);
      expect(
        await findOrCreateOrder(h.db, { retailer: 'aliexpress', orderNumber: '8101' }, T0 + 1),
      ).toEqual(b);
      const s1 = await createShipment(h.db, {}, T0);
      const s2 = await createShipment(h.db, {}, T0 + 1);
      await linkOrderShipment(h.db, a.id, s1.id);
      await linkOrderShipment(h.db, a.id, s2.id); // split order
      await linkOrderShipment(h.db, b.id, s1.id); // consolidated parcel
      await linkOrderShipment(h.db, b.id, s1.id); // twice is a no-op
      expect((await listOrderShipments(h.db, a.id)).map((s) => s.id)).toEqual([s1.id, s2.id]);
      expect((await listOrderShipments(h.db, b.id)).map((s) => s.id)).toEqual([s1.id]);
      const onS1 = await listShipmentOrders(h.db, s1.id);
      expect(onS1.map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
      expect(onS1.find((o) => o.id === a.id)).toMatchObject({
        items: [{ title: 'cable', qty: 2 }],
        amount: '12.30',
      });
      await expect(
        createOrder(h.db, { retailer: 'aliexpress', orderNumber: '8100' }, T0),
      ).rejects.toThrow();
    });

    it('merges one shipment into another', async () => {
      const from = await shipmentWithLeg('LP-MERGE-A');
      const into = await shipmentWithLeg('LP-MERGE-B');
      await insertEvents(h.db, [event(from.shp.id, from.leg.id, 'm1', 1)]);
      const order = await createOrder(h.db, { retailer: 'aliexpress', orderNumber: 'M1' }, T0);
      await linkOrderShipment(h.db, order.id, from.shp.id);
      await linkOrderShipment(h.db, order.id, into.shp.id);
      await withTransaction(h.db, (trx) => mergeShipments(trx, from.shp.id, into.shp.id, T0 + 1));
      expect(await getShipment(h.db, from.shp.id)).toBeUndefined();
      expect((await listLegs(h.db, into.shp.id)).map((l) => l.number).sort()).toEqual([
        'LP-MERGE-A',
        'LP-MERGE-B',
      ]);
      expect((await listEvents(h.db, into.shp.id)).map((e) => e.dedupe_key)).toEqual(['m1']);
      expect((await listOrderShipments(h.db, order.id)).map((s) => s.id)).toEqual([into.shp.id]);
    });

    it('appends to the inbox and claims each item once, idempotently', async () => {
      const items = [];
      for (let i = 0; i < 5; i++) {
        items.push(
          await appendInbox(h.db, {
            source: 'hook',
            headers: { 'x-sig': `s${i}` },
            body: `{"n":${i}}`,
            receivedAt: T0 + i,
          }),
        );
      }
      const w1 = await claimInbox(h.db, {
        limit: 3,
        owner: 'w1',
        leaseMs: 1000,
        now: T0 + 10,
        source: 'hook',
      });
      const w2 = await claimInbox(h.db, {
        limit: 3,
        owner: 'w2',
        leaseMs: 1000,
        now: T0 + 10,
        source: 'hook',
      });
      expect(w1.map((i) => i.id)).toEqual(items.slice(0, 3).map((i) => i.id));
      expect(w2.map((i) => i.id)).toEqual(items.slice(3).map((i) => i.id));
      expect(w1[0]?.headers).toEqual({ 'x-sig': 's0' });
      expect(
        await claimInbox(h.db, {
          limit: 10,
          owner: 'w3',
          leaseMs: 1000,
          now: T0 + 20,
          source: 'hook',
        }),
      ).toEqual([]);
      const first = w1[0]!.id;
      expect(await markInboxDone(h.db, first, T0 + 30)).toBe(true);
      expect(await markInboxDone(h.db, first, T0 + 31)).toBe(false);
      expect(await markInboxFailed(h.db, first, 'late', T0 + 32)).toBe(false);
      expect(await getInboxItem(h.db, first)).toMatchObject({
        status: 'done',
        processed_at: T0 + 30,
        attempts: 1,
      });
      expect(await markInboxFailed(h.db, w1[1]!.id, 'bad signature', T0 + 33)).toBe(true);
      expect(await releaseInbox(h.db, w1[2]!.id, 'db busy', T0 + 5000)).toBe(true);
      // w2's claim expires at T0+1010: its items come back; the released one only at T0+5000.
      const retaken = await claimInbox(h.db, {
        limit: 10,
        owner: 'w4',
        leaseMs: 60_000,
        now: T0 + 2000,
        source: 'hook',
      });
      expect(retaken.map((i) => i.id)).toEqual(w2.map((i) => i.id));
      expect(retaken[0]?.attempts).toBe(2);
      const later = await claimInbox(h.db, {
        limit: 10,
        owner: 'w5',
        leaseMs: 1000,
        now: T0 + 5000,
        source: 'hook',
      });
      expect(later.map((i) => i.id)).toEqual([w1[2]!.id]);
      expect(await countInbox(h.db)).toMatchObject({ done: 1, failed: 1, pending: 3 });
    });

    it('upserts source state field by field', async () => {
      const fresh = await upsertSourceState(h.db, 'cainiao', {}, T0);
      expect(fresh).toMatchObject({
        healthy: true,
        circuit: 'closed',
        lastError: null,
        updatedAt: T0,
      });
      await upsertSourceState(
        h.db,
        'cainiao',
        {
          healthy: false,
          lastError: '503',
          lastErrorAt: T0 + 1,
          circuit: 'open',
          circuitUntil: T0 + 60_000,
        },
        T0 + 1,
      );
      const half = await upsertSourceState(h.db, 'cainiao', { circuit: 'half_open' }, T0 + 2);
      expect(half).toMatchObject({
        healthy: false,
        lastError: '503',
        circuit: 'half_open',
        circuitUntil: T0 + 60_000,
        updatedAt: T0 + 2,
      });
      await upsertSourceState(
        h.db,
        '17track',
        { quotaLeft: 99, quotaResetsAt: T0 + 86_400_000 },
        T0,
      );
      expect(await getSourceState(h.db, '17track')).toMatchObject({ quotaLeft: 99, healthy: true });
      expect((await listSourceStates(h.db)).map((s) => s.sourceId)).toEqual(['17track', 'cainiao']);
    });

    it('leases due polls by priority, and an expired lease is due again', async () => {
      const legs = [];
      for (const n of ['P1', 'P2', 'P3']) legs.push((await shipmentWithLeg(`LP-POLL-${n}`)).leg);
      const [l1, l2, l3] = legs.map((l) => l.id) as [string, string, string];
      await schedulePoll(h.db, { legId: l1, sourceId: 'sim', dueAt: T0 - 100 });
      await schedulePoll(h.db, { legId: l2, sourceId: 'sim', dueAt: T0 - 50, priority: 5 });
      await schedulePoll(h.db, { legId: l3, sourceId: 'sim', dueAt: T0 + 60_000 });
      const got = await leaseDue(h.db, { limit: 10, owner: 'a', leaseMs: 30_000, now: T0 });
      expect(got.map((p) => p.leg_id)).toEqual([l2, l1]);
      expect(got[0]).toMatchObject({ lease_owner: 'a', lease_until: T0 + 30_000, attempts: 1 });
      expect(
        await leaseDue(h.db, { limit: 10, owner: 'b', leaseMs: 30_000, now: T0 + 1000 }),
      ).toEqual([]);
      expect(await countPolls(h.db, T0 + 1000)).toEqual({ total: 3, due: 0, leased: 2 });
      // Worker a dies; after its lease, b takes both; a can no longer finish them.
      const retaken = await leaseDue(h.db, {
        limit: 10,
        owner: 'b',
        leaseMs: 30_000,
        now: T0 + 30_000,
      });
      expect(retaken.map((p) => [p.leg_id, p.attempts])).toEqual([
        [l2, 2],
        [l1, 2],
      ]);
      expect(await completePoll(h.db, l1, T0 + 99_000, { owner: 'a' })).toBe(false);
      expect(await completePoll(h.db, l1, T0 + 99_000, { owner: 'b' })).toBe(true);
      expect(await getPoll(h.db, l1)).toMatchObject({
        due_at: T0 + 99_000,
        lease_owner: null,
        attempts: 0,
        last_result: 'ok',
      });
      expect(await failPoll(h.db, l2, T0 + 40_000, { owner: 'b', result: 'rate_limited' })).toBe(
        true,
      );
      expect(await getPoll(h.db, l2)).toMatchObject({
        due_at: T0 + 40_000,
        attempts: 2,
        last_result: 'rate_limited',
      });
      // "refresh now" only moves a poll earlier.
      await schedulePoll(h.db, { legId: l3, sourceId: 'sim', dueAt: T0 + 1, keepEarlier: true });
      await schedulePoll(h.db, {
        legId: l3,
        sourceId: 'sim',
        dueAt: T0 + 500_000,
        keepEarlier: true,
      });
      expect((await getPoll(h.db, l3))?.due_at).toBe(T0 + 1);
      expect(await completePoll(h.db, l3, null)).toBe(true);
      expect(await getPoll(h.db, l3)).toBeUndefined();
    });

    it('never gives one due poll to two concurrent leasers', async () => {
      const other = await open();
      const { shp } = await shipmentWithLeg('LP-CONC-0');
      const ids: string[] = [];
      await withTransaction(h.db, async (trx) => {
        for (let i = 0; i < 500; i++) {
          const leg = await createLeg(
            trx,
            {
              shipmentId: shp.id,
              number: `CONC${i}`,
              carrierId: 'conc',
              role: 'alias',
              learnedFrom: 'carrier',
            },
            T0,
          );
          await schedulePoll(trx, {
            legId: leg.id,
            sourceId: 'conc',
            dueAt: T0 - i,
            priority: i % 3,
          });
          ids.push(leg.id);
        }
      });
      const drain = async (handle: DatabaseHandle, owner: string) => {
        const taken: string[] = [];
        for (;;) {
          const batch = await Promise.all(
            [0, 1].map(() => leaseDue(handle.db, { limit: 7, owner, leaseMs: 600_000, now: T0 })),
          );
          const flat = batch.flat();
          if (flat.length === 0) return taken;
          taken.push(...flat.map((p) => p.leg_id));
        }
      };
      const [a, b] = await Promise.all([drain(h, 'A'), drain(other, 'B')]);
      const all = [...a, ...b];
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual([...ids].sort());
      if (target.name === 'postgres') expect(Math.min(a.length, b.length)).toBeGreaterThan(0);
    });

    it('never gives one due poll to two leasing processes', { timeout: 60_000 }, async () => {
      const { shp } = await shipmentWithLeg('LP-PROC-0');
      const ids: string[] = [];
      await withTransaction(h.db, async (trx) => {
        for (let i = 0; i < 400; i++) {
          const leg = await createLeg(
            trx,
            {
              shipmentId: shp.id,
              number: `PROC${i}`,
              carrierId: 'proc',
              role: 'alias',
              learnedFrom: 'carrier',
            },
            T0,
          );
          await schedulePoll(trx, { legId: leg.id, sourceId: 'proc', dueAt: T0 - i });
          ids.push(leg.id);
        }
      });
      const runs = await runTogether<string[]>(target.url, [
        leaseBody('P', T0),
        leaseBody('Q', T0),
      ]);
      const all = runs.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual([...ids].sort());
      // Both really ran at the same time (each got a share).
      expect(Math.min(...runs.map((r) => r.length))).toBeGreaterThan(0);
    });
  });
}
