/**
 * @module store/orders
 * The orders repository (buyer side) and the many-to-many order↔shipment link: one order
 * can ship in several parcels (split order), one parcel can carry several orders
 * (consolidated). Items are stored as JSON text and returned parsed.
 */
import type { Kysely } from 'kysely';
import type { OrderStatus } from '../core/status/taxonomy.js';
import { withTransaction } from './db.js';
import { newId } from './ids.js';
import type { Database, OrderRow, ShipmentRow } from './schema.js';

export interface NewOrder {
  id?: string;
  retailer: string;
  orderNumber: string;
  store?: string | null;
  status?: OrderStatus | null;
  items?: unknown[];
  /** Exact decimal text, e.g. '23.45'. */
  amount?: string | null;
  currency?: string | null;
  orderDate?: number | null;
  protectionDays?: number | null;
  destinationCountry?: string | null;
}

/** An order row with its items parsed. */
export type Order = Omit<OrderRow, 'items'> & { items: unknown[] };

function parseItems(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function toOrder(row: OrderRow): Order {
  return { ...row, items: parseItems(row.items) };
}

function orderRow(input: NewOrder, now: number): OrderRow {
  return {
    id: input.id ?? newId('order', now),
    retailer: input.retailer,
    order_number: input.orderNumber,
    store: input.store ?? null,
    status: input.status ?? null,
    items: JSON.stringify(input.items ?? []),
    amount: input.amount ?? null,
    currency: input.currency ?? null,
    order_date: input.orderDate ?? null,
    protection_days: input.protectionDays ?? null,
    destination_country: input.destinationCountry ?? null,
    created_at: now,
  };
}

/** Creates an order; throws when (retailer, order number) already exists. */
export async function createOrder(
  db: Kysely<Database>,
  input: NewOrder,
  now: number,
): Promise<Order> {
  const row = orderRow(input, now);
  await db.insertInto('orders').values(row).execute();
  return toOrder(row);
}

export async function getOrder(db: Kysely<Database>, id: string): Promise<Order | undefined> {
  const row = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrder(row);
}

export async function findOrder(
  db: Kysely<Database>,
  retailer: string,
  orderNumber: string,
): Promise<Order | undefined> {
  const row = await db
    .selectFrom('orders')
    .selectAll()
    .where('retailer', '=', retailer)
    .where('order_number', '=', orderNumber)
    .executeTakeFirst();
  return row && toOrder(row);
}

/** The order with this retailer and number, created from `input` when absent. */
export async function findOrCreateOrder(
  db: Kysely<Database>,
  input: NewOrder,
  now: number,
): Promise<Order> {
  const found = await findOrder(db, input.retailer, input.orderNumber);
  if (found) return found;
  await db
    .insertInto('orders')
    .values(orderRow(input, now))
    .onConflict((oc) => oc.columns(['retailer', 'order_number']).doNothing())
    .execute();
  const row = await findOrder(db, input.retailer, input.orderNumber);
  if (!row) throw new Error(`order ${input.retailer}/${input.orderNumber} vanished`);
  return row;
}

/** Links an order and a shipment; linking twice is a no-op. */
export async function linkOrderShipment(
  db: Kysely<Database>,
  orderId: string,
  shipmentId: string,
): Promise<void> {
  await db
    .insertInto('order_shipments')
    .values({ order_id: orderId, shipment_id: shipmentId })
    .onConflict((oc) => oc.columns(['order_id', 'shipment_id']).doNothing())
    .execute();
}

export async function unlinkOrderShipment(
  db: Kysely<Database>,
  orderId: string,
  shipmentId: string,
): Promise<void> {
  await db
    .deleteFrom('order_shipments')
    .where('order_id', '=', orderId)
    .where('shipment_id', '=', shipmentId)
    .execute();
}

/** The shipments of an order, oldest first. */
export async function listOrderShipments(
  db: Kysely<Database>,
  orderId: string,
): Promise<ShipmentRow[]> {
  return db
    .selectFrom('order_shipments')
    .innerJoin('shipments', 'shipments.id', 'order_shipments.shipment_id')
    .selectAll('shipments')
    .where('order_shipments.order_id', '=', orderId)
    .orderBy('shipments.created_at', 'asc')
    .orderBy('shipments.id', 'asc')
    .execute();
}

/** The orders a shipment carries, oldest first. */
export async function listShipmentOrders(
  db: Kysely<Database>,
  shipmentId: string,
): Promise<Order[]> {
  const rows = await db
    .selectFrom('order_shipments')
    .innerJoin('orders', 'orders.id', 'order_shipments.order_id')
    .selectAll('orders')
    .where('order_shipments.shipment_id', '=', shipmentId)
    .orderBy('orders.created_at', 'asc')
    .orderBy('orders.id', 'asc')
    .execute();
  return rows.map(toOrder);
}

/**
 * Orders entered without a number (the form makes it optional) still need a unique
 * (retailer, order_number): they get `~` + the shipment id, a form no retailer uses.
 * Such a number is never shown; see `shownOrderNumber`.
 */
const UNNUMBERED = '~';

export function isUnnumbered(order: Pick<OrderRow, 'order_number'>): boolean {
  return order.order_number.startsWith(UNNUMBERED);
}

/** The order number as the buyer knows it; undefined for an order entered without one. */
export function shownOrderNumber(order: Pick<OrderRow, 'order_number'>): string | undefined {
  return isUnnumbered(order) ? undefined : order.order_number;
}

/** What the buyer says about the order of one parcel (web form, `PUT …/order`). */
export interface OrderDetails {
  retailer: string;
  /** Absent when the buyer does not give it. */
  orderNumber?: string | null;
  /** Epoch ms of the order day (UTC midnight). */
  orderDate: number;
  protectionDays: number;
  destinationCountry?: string | null;
  /**
   * The shipping method's id (data/shipping-methods.json), kept on the shipment since it is
   * the parcel's: null clears it ("I don't know"), absent leaves it as it is.
   */
  shippingMethod?: string | null;
}

/**
 * Makes `details` the order of a shipment, in one transaction: the order with that
 * retailer and number (created when new; its date, protection days and destination are
 * replaced, for every parcel of the order), linked to the shipment. Other orders linked to
 * the shipment are unlinked, and an unnumbered one left without a parcel is deleted. A
 * shipping method given (or null) is written to the shipment's `service`.
 */
export async function setShipmentOrder(
  db: Kysely<Database>,
  shipmentId: string,
  details: OrderDetails,
  now: number,
): Promise<Order> {
  return withTransaction(db, async (trx) => {
    const orderNumber = details.orderNumber?.trim() || `${UNNUMBERED}${shipmentId}`;
    const fields = {
      order_date: details.orderDate,
      protection_days: details.protectionDays,
      destination_country: details.destinationCountry ?? null,
    };
    const order = await findOrCreateOrder(trx, { retailer: details.retailer, orderNumber }, now);
    await trx.updateTable('orders').set(fields).where('id', '=', order.id).execute();
    await linkOrderShipment(trx, order.id, shipmentId);
    if (details.shippingMethod !== undefined) {
      await trx
        .updateTable('shipments')
        .set({ service: details.shippingMethod, updated_at: now })
        .where('id', '=', shipmentId)
        .execute();
    }
    const others = await trx
      .selectFrom('order_shipments')
      .innerJoin('orders', 'orders.id', 'order_shipments.order_id')
      .select(['orders.id', 'orders.order_number'])
      .where('order_shipments.shipment_id', '=', shipmentId)
      .where('orders.id', '!=', order.id)
      .execute();
    for (const other of others) {
      await unlinkOrderShipment(trx, other.id, shipmentId);
      if (isUnnumbered(other)) await trx.deleteFrom('orders').where('id', '=', other.id).execute();
    }
    return { ...order, ...fields };
  });
}

/**
 * Links a shipment to the order with this retailer and number (created when new). A
 * destination fills the order's when it has none; nothing else of a known order changes.
 */
export async function attachOrder(
  db: Kysely<Database>,
  shipmentId: string,
  input: { retailer: string; orderNumber: string; destinationCountry?: string | null },
  now: number,
): Promise<Order> {
  return withTransaction(db, async (trx) => {
    const order = await findOrCreateOrder(
      trx,
      {
        retailer: input.retailer,
        orderNumber: input.orderNumber,
        destinationCountry: input.destinationCountry ?? null,
      },
      now,
    );
    let out = order;
    if (!order.destination_country && input.destinationCountry) {
      await trx
        .updateTable('orders')
        .set({ destination_country: input.destinationCountry })
        .where('id', '=', order.id)
        .execute();
      out = { ...order, destination_country: input.destinationCountry };
    }
    await linkOrderShipment(trx, order.id, shipmentId);
    return out;
  });
}
