/**
 * The order entry functions of the orders repository, on SQLite (and PostgreSQL when
 * TRACKLINE_TEST_PG is set): setting a parcel's order replaces the one entered before,
 * keeps a split order's other parcels, and drops an unnumbered order nobody uses;
 * attaching (import) only links, filling a missing destination; a shipping method given
 * goes to the shipment. Also the label column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './db.js';
import { migrateToLatest } from './migrate.js';
import {
  attachOrder,
  isUnnumbered,
  listOrderShipments,
  listShipmentOrders,
  setShipmentOrder,
  shownOrderNumber,
} from './orders.js';
import { createShipment, getShipment, updateShipment } from './shipments.js';
import { postgresTarget, sqliteTarget, type TestTarget } from './test-helpers/targets.js';

const TARGETS: TestTarget[] = [sqliteTarget(), postgresTarget(process.env['TRACKLINE_TEST_PG'])];
const T0 = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

for (const target of TARGETS) {
  describe.skipIf(!target.enabled)(`order entry on ${target.name}`, () => {
    let h: DatabaseHandle;
    beforeAll(async () => {
      h = await target.open();
      await migrateToLatest(h.db);
    });
    afterAll(async () => {
      await h?.close();
      await target.cleanup();
    });

    it('replaces a parcel’s order and deletes the unnumbered one left behind', async () => {
      const a = await createShipment(h.db, {}, T0);
      const first = await setShipmentOrder(
        h.db,
        a.id,
        { retailer: 'other', orderDate: T0, protectionDays: 30 },
        T0,
      );
      expect(isUnnumbered(first)).toBe(true);
      expect(shownOrderNumber(first)).toBeUndefined();
      const second = await setShipmentOrder(
        h.db,
        a.id,
        {
          retailer: 'aliexpress',
          orderNumber: '8123456789012345',
          orderDate: T0 - DAY,
          protectionDays: 60,
          destinationCountry: 'PL',
        },
        T0 + 1,
      );
      const linked = await listShipmentOrders(h.db, a.id);
      expect(linked.map((o) => o.id)).toEqual([second.id]);
      expect(linked[0]).toMatchObject({ order_date: T0 - DAY, protection_days: 60 });
      const left = await h.db
        .selectFrom('orders')
        .select('id')
        .where('id', '=', first.id)
        .execute();
      expect(left).toEqual([]);
    });

    it('updates a split order for all its parcels without unlinking the others', async () => {
      const a = await createShipment(h.db, {}, T0);
      const b = await createShipment(h.db, {}, T0);
      const details = {
        retailer: 'alibaba',
        orderNumber: '123456789012345678',
        orderDate: T0,
        protectionDays: 60,
      };
      await setShipmentOrder(h.db, a.id, details, T0);
      const order = await setShipmentOrder(h.db, b.id, { ...details, protectionDays: 45 }, T0);
      expect((await listOrderShipments(h.db, order.id)).map((s) => s.id).sort()).toEqual(
        [a.id, b.id].sort(),
      );
      expect((await listShipmentOrders(h.db, a.id))[0]?.protection_days).toBe(45);
    });

    it('writes a given shipping method to the shipment only: absent keeps it, null clears it', async () => {
      const a = await createShipment(h.db, {}, T0);
      const b = await createShipment(h.db, {}, T0);
      const details = { retailer: 'other', orderDate: T0, protectionDays: 30 };
      await setShipmentOrder(h.db, a.id, { ...details, shippingMethod: 'epacket' }, T0 + 5);
      expect(await getShipment(h.db, a.id)).toMatchObject({
        service: 'epacket',
        updated_at: T0 + 5,
      });
      expect((await getShipment(h.db, b.id))?.service).toBeNull();
      await setShipmentOrder(h.db, a.id, details, T0 + 6);
      expect((await getShipment(h.db, a.id))?.service).toBe('epacket');
      await setShipmentOrder(h.db, a.id, { ...details, shippingMethod: null }, T0 + 7);
      expect((await getShipment(h.db, a.id))?.service).toBeNull();
    });

    it('attaches an order (import), filling only a missing destination', async () => {
      const a = await createShipment(h.db, {}, T0);
      const made = await attachOrder(
        h.db,
        a.id,
        { retailer: 'aliexpress', orderNumber: '3045678901234567' },
        T0,
      );
      expect(made.destination_country).toBeNull();
      await attachOrder(
        h.db,
        a.id,
        { retailer: 'aliexpress', orderNumber: '3045678901234567', destinationCountry: 'ES' },
        T0,
      );
      await attachOrder(
        h.db,
        a.id,
        { retailer: 'aliexpress', orderNumber: '3045678901234567', destinationCountry: 'PT' },
        T0,
      );
      const orders = await listShipmentOrders(h.db, a.id);
      expect(orders.map((o) => o.destination_country)).toEqual(['ES']);
    });

    it('stores a shipment label (migration 0003)', async () => {
      const a = await createShipment(h.db, {}, T0);
      expect((await getShipment(h.db, a.id))?.label).toBeNull();
      await updateShipment(h.db, a.id, { label: 'lamp' }, T0);
      expect((await getShipment(h.db, a.id))?.label).toBe('lamp');
    });
  });
}
