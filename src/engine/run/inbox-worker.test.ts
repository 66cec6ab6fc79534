/**
 * processInbox on SQLite: a store error hands the push back with a growing delay and, after
 * the bounded number of attempts, fails it for good; a push for a source that is no longer
 * configured fails for good; a claimed push is not claimed twice within its lease; a
 * 17TRACK TRACKING_STOPPED push stops polling that number through 17TRACK.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../carriers/index.js';
import { resolveSources } from '../../carriers/settings.js';
import { createLogger } from '../../log.js';
import {
  appendInbox,
  type DatabaseHandle,
  getInboxItem,
  getShipment,
  listEvents,
} from '../../store/index.js';
import { getPoll, leaseDue, schedulePoll } from '../../store/schedule.js';
import { sqliteTarget } from '../../store/test-helpers/targets.js';
import { createEngine, type Engine } from './context.js';
import { processInbox } from './inbox-worker.js';
import { registerNumber } from './register.js';

const BODY = readFileSync(
  new URL('../../carriers/seventeen-track/fixtures/webhook-updated.json', import.meta.url),
  'utf8',
);
const STOPPED = readFileSync(
  new URL('../../carriers/seventeen-track/fixtures/webhook-stopped.json', import.meta.url),
  'utf8',
);
const T0 = Date.UTC(2026, 2, 25, 12);

describe('processInbox', () => {
  const target = sqliteTarget();
  let handle: DatabaseHandle;
  let engine: Engine;
  let clock = T0;

  beforeAll(async () => {
    handle = await target.open();
    engine = await createEngine({
      config: { dataDir: '.', databaseUrl: undefined, logLevel: 'silent' },
      handle,
      configured: resolveSources({ TRACKLINE_17TRACK_API_KEY: 'k-123' }, undefined, SOURCES),
      fetch: async () => {
        throw new Error('no network in this test');
      },
      now: () => clock,
      realNow: () => clock,
      logger: createLogger('silent'),
    });
  });
  afterAll(async () => {
    await engine?.close();
    await handle?.close();
    await target.cleanup();
  });

  it('retries a store failure with backoff, then gives up after maxAttempts', async () => {
    const reg = await registerNumber(engine, 'LY938100475CN');
    const item = await appendInbox(engine.db, {
      source: '17track',
      headers: {},
      body: BODY,
      receivedAt: clock,
    });
    await sql`alter table events rename to events_away`.execute(engine.db);
    try {
      const first = await processInbox(engine, { maxAttempts: 3 });
      expect(first).toMatchObject({ claimed: 1, retried: 1, done: 0, failed: 0 });
      // Not claimable again before its retry time.
      expect((await processInbox(engine, { maxAttempts: 3 })).claimed).toBe(0);
      clock += 5_001;
      expect(await processInbox(engine, { maxAttempts: 3 })).toMatchObject({ retried: 1 });
      clock += 10_001;
      expect(await processInbox(engine, { maxAttempts: 3 })).toMatchObject({ failed: 1 });
      const row = await getInboxItem(engine.db, item.id);
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect(row?.error).toMatch(/^gave up: /);
    } finally {
      await sql`alter table events_away rename to events`.execute(engine.db);
    }
    // The same body, pushed again once the store is back, is ingested.
    await appendInbox(engine.db, { source: '17track', headers: {}, body: BODY, receivedAt: clock });
    expect(await processInbox(engine)).toMatchObject({ done: 1, newEvents: 2 });
    expect(await listEvents(engine.db, reg.shipment.id)).toHaveLength(2);
  });

  it('fails a push whose source is not configured (any more)', async () => {
    const item = await appendInbox(engine.db, {
      source: 'aftership',
      headers: {},
      body: '{}',
      receivedAt: clock,
    });
    expect(await processInbox(engine)).toMatchObject({ claimed: 1, failed: 1 });
    expect((await getInboxItem(engine.db, item.id))?.error).toContain('not configured');
  });

  it('stops polling a number through 17TRACK when 17TRACK says it stopped tracking it', async () => {
    const reg = await registerNumber(engine, 'LY938100475CN');
    const legId = reg.leg.id;
    await schedulePoll(engine.db, { legId, sourceId: '17track', dueAt: clock });
    expect(await getPoll(engine.db, legId)).toMatchObject({ source_id: '17track' });
    const push = () =>
      appendInbox(engine.db, { source: '17track', headers: {}, body: STOPPED, receivedAt: clock });

    await push();
    expect(await processInbox(engine)).toMatchObject({ claimed: 1, done: 1, stopped: 1 });
    expect(await getPoll(engine.db, legId)).toBeUndefined();
    expect((await getShipment(engine.db, reg.shipment.id))?.next_check_at).toBeNull();
    const due = await leaseDue(engine.db, { limit: 50, owner: 'w', leaseMs: 60_000, now: clock });
    expect(due.map((row) => row.leg_id)).not.toContain(legId);

    // The same push again changes nothing.
    await push();
    expect(await processInbox(engine)).toMatchObject({ done: 1, stopped: 0 });

    // Asking for the number again starts polling it again.
    await registerNumber(engine, 'LY938100475CN');
    expect(await getPoll(engine.db, legId)).toMatchObject({ source_id: '17track' });

    // A leg polled through another source is not 17TRACK's to stop.
    await schedulePoll(engine.db, { legId, sourceId: 'cainiao', dueAt: clock });
    await push();
    expect(await processInbox(engine)).toMatchObject({ done: 1, stopped: 0 });
    expect(await getPoll(engine.db, legId)).toMatchObject({ source_id: 'cainiao' });
  });
});
