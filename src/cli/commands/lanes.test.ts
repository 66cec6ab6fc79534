/**
 * @module cli/commands/lanes.test
 * `trackline lanes` on a SQLite data folder: counts what was learned, and --rebuild learns
 * again from the delivered parcels in the database (and only from those).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/db.js';
import { insertEvents } from '../../store/events.js';
import { countLearnedDeliveries } from '../../store/lane-stats.js';
import { createLeg } from '../../store/legs.js';
import { migrateToLatest } from '../../store/migrate.js';
import { createShipment } from '../../store/shipments.js';
import { type CliContext, memoryIO } from '../context.js';
import { registerLanes } from './lanes.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);

async function run(args: string[]) {
  const io = memoryIO();
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  registerLanes(program, ctx);
  await program.parseAsync(['node', 'trackline', ...args]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('trackline lanes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-lanes-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('relearns from the delivered parcels in the database', async () => {
    const h = await openDatabase({ url: `file:${join(data, 'trackline.db')}` });
    await migrateToLatest(h.db);
    for (const [i, status] of (['delivered', 'delivered', 'in_transit'] as const).entries()) {
      const delivered = status === 'delivered';
      const shp = await createShipment(
        h.db,
        {
          status,
          destination_country: 'FR',
          origin_country: 'CN',
          ...(delivered ? { delivered_at: T0 + (20 + i) * DAY } : {}),
        },
        T0,
      );
      const leg = await createLeg(
        h.db,
        {
          shipmentId: shp.id,
          number: `LP0000000000000${i}`,
          carrierId: 'cainiao',
          role: 'origin',
          learnedFrom: 'user',
        },
        T0,
      );
      await insertEvents(h.db, [
        {
          shipment_id: shp.id,
          leg_id: leg.id,
          source: 'sim',
          occurred_at: T0 + DAY,
          description: 'picked up',
          status: 'in_transit',
          milestone: 'picked_up',
          confidence: 1,
          rule: 'test',
          dedupe_key: `lanes-cli-${i}`,
          fetched_at: T0,
        },
      ]);
    }
    await h.close();

    expect((await run(['lanes', '--data', data])).out).toContain('learned from 0 delivered');
    const rebuilt = await run(['lanes', '--rebuild', '--data', data]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toContain('learned from 2 delivered parcels');
    expect((await run(['lanes', '--data', data])).out).toContain('learned from 2 delivered');

    const again = await openDatabase({ url: `file:${join(data, 'trackline.db')}` });
    expect(await countLearnedDeliveries(again.db)).toBe(2);
    const total = await again.db
      .selectFrom('lane_stats')
      .select(['n'])
      .where('lane', '=', 'CN>FR|*|*')
      .where('anchor', '=', 'total')
      .execute();
    expect(total.reduce((a, r) => a + Number(r.n), 0)).toBe(2);
    await again.close();
  });
});
