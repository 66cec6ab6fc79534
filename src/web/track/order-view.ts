/**
 * @module web/track/order-view
 * Pure: the orders linked to a parcel turned into what the page, the API and advice read.
 * The buyer's order is the newest one with an order date (else the newest); the others
 * travel in the same parcel (consolidated) and are told to advice as such.
 */
import type { AdviceOrder } from '../../core/advice/types.js';
import { type Order, shownOrderNumber } from '../../store/orders.js';

/** The order as `GET /api/v1/track/:number` gives it. */
export interface OrderJson {
  retailer: string;
  orderNumber: string | null;
  /** YYYY-MM-DD, or null when the buyer has not said. */
  orderDate: string | null;
  protectionDays: number | null;
  destinationCountry: string | null;
}

const isoDay = (ms: number): string => new Date(Number(ms)).toISOString().slice(0, 10);

/** The buyer's order among the linked ones; undefined when there is none. */
export function buyerOrder(orders: readonly Order[]): Order | undefined {
  const newest = [...orders].sort((a, b) => Number(b.created_at) - Number(a.created_at));
  return newest.find((o) => o.order_date !== null) ?? newest[0];
}

export function orderJson(order: Order | undefined): OrderJson | null {
  if (!order) return null;
  return {
    retailer: order.retailer,
    orderNumber: shownOrderNumber(order) ?? null,
    orderDate: order.order_date === null ? null : isoDay(order.order_date),
    protectionDays: order.protection_days,
    destinationCountry: order.destination_country,
  };
}

/**
 * What advise() needs of the order; undefined without an order date or protection days,
 * since no deadline can be counted then.
 */
export function adviceOrderOf(orders: readonly Order[]): AdviceOrder | undefined {
  const order = buyerOrder(orders);
  if (!order || order.order_date === null || order.protection_days === null) return undefined;
  const others = orders.filter((o) => o.id !== order.id).flatMap((o) => shownOrderNumber(o) ?? []);
  return {
    retailer: order.retailer,
    orderNumber: shownOrderNumber(order) ?? '',
    orderDate: isoDay(order.order_date),
    protectionDays: order.protection_days,
    destinationCountry: order.destination_country ?? '',
    ...(others.length > 0 ? { otherOrdersSharingNumber: others } : {}),
  };
}
