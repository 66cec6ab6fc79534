/**
 * @module core/advice/context
 * Everything the rules look at, computed once from the shipment, the order, `now` and the
 * options: the buyer's zone, today's date there, the journey stage, how long the parcel has
 * been silent, the buyer-protection, after-delivery and pickup deadlines, and whether the
 * events point at a place other than the order's destination.
 */
import { msOfIso } from '../eta/instant.js';
import { milestoneIndex } from '../status/taxonomy.js';
import { addDays, type CalendarDay, dayAt, dayOf, daysBetween, isValidZone } from './calendar.js';
import type { AdviceOptions, AdviceOrder, AdviceShipment, SilenceThresholds } from './types.js';

export const DEFAULT_THRESHOLDS: SilenceThresholds = {
  noHandoverDays: 5,
  originDays: 5,
  transitDays: 14,
  transitActDays: 30,
  customsDays: 7,
  customsActDays: 14,
  destinationDays: 3,
  destinationActDays: 10,
};
export const DEFAULT_DISPUTE_WINDOW_DAYS = 15;
export const DEFAULT_WARN_DAYS: readonly number[] = [7, 3];
export const DEFAULT_PICKUP_HOLD_DAYS = 15;
export const DEFAULT_ACTIVATION_HOURS = 72;

const DAY_MS = 86_400_000;

/** Where the parcel is on its journey, for silence thresholds. */
export type Stage = 'none' | 'origin' | 'transit' | 'customs' | 'destination' | 'final';

export interface DayDeadline {
  day: CalendarDay;
  daysLeft: number;
}

export interface AdviceContext {
  shipment: AdviceShipment;
  order: AdviceOrder | undefined;
  nowMs: number;
  zone: string;
  zoneAssumed: boolean;
  today: CalendarDay;
  thresholds: SilenceThresholds;
  warnDays: readonly number[];
  notReceived: boolean;
  activationHours: number;
  stage: Stage;
  /** Hours since the number was issued (or registered); null when unknown. */
  ageHours: number | null;
  /** Time without news (ms) and the same in whole days. */
  silentMs: number;
  silentDays: number;
  delivered: boolean;
  deliveredDay: CalendarDay | null;
  orderDay: CalendarDay | null;
  /** The order can still take a dispute (not closed, none open). */
  orderOpen: boolean;
  protection: DayDeadline | null;
  afterDelivery: DayDeadline | null;
  pickup: DayDeadline | null;
  wrongCountry: boolean;
  wrongCity: boolean;
}

function stageOf(s: AdviceShipment): Stage {
  if (s.status === 'delivered' || s.milestone === 'returned' || s.milestone === 'delivered') {
    return 'final';
  }
  const m = s.milestone;
  if (m === null || m === 'label_created') return 'none';
  const i = milestoneIndex(m);
  if (m === 'import_customs') return 'customs';
  if (i < milestoneIndex('departed_origin')) return 'origin';
  if (i < milestoneIndex('arrived_destination')) return 'transit';
  if (m === 'returning') return 'transit';
  return 'destination';
}

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = msOfIso(iso);
  return Number.isNaN(t) ? null : t;
}

function deadline(day: CalendarDay | null, today: CalendarDay): DayDeadline | null {
  return day ? { day, daysLeft: daysBetween(today, day) } : null;
}

function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LAST_MILE_STATUSES = new Set(['out_for_delivery', 'delivered', 'available_for_pickup']);

function deliveredAtOf(s: AdviceShipment): string | null {
  if (s.deliveredAt) return s.deliveredAt;
  const reached = s.milestonesReached.find((r) => r.milestone === 'delivered');
  if (reached) return reached.at;
  return s.status === 'delivered' ? s.since : null;
}

export function buildContext(
  shipment: AdviceShipment,
  order: AdviceOrder | undefined,
  nowMs: number,
  opts: AdviceOptions = {},
): AdviceContext {
  const given = order?.buyerZone;
  const zoneAssumed = !given || !isValidZone(given);
  const zone = zoneAssumed ? 'UTC' : given;
  const today = dayAt(nowMs, zone);
  const thresholds = opts.thresholds
    ? { ...DEFAULT_THRESHOLDS, ...opts.thresholds }
    : DEFAULT_THRESHOLDS;
  const returnBranch = shipment.milestone === 'returning' || shipment.milestone === 'returned';
  const delivered = shipment.status === 'delivered' && !returnBranch;
  const deliveredIso = delivered ? deliveredAtOf(shipment) : null;
  const deliveredDay = deliveredIso ? dayOf(deliveredIso, zone) : null;
  const orderDay = order ? dayOf(order.orderDate, zone) : null;
  const orderOpen = !!order && !order.closed && !order.disputeOpened;

  const issued = ms(shipment.trackingIssuedAt) ?? ms(shipment.registeredAt);
  const ageHours = issued === null ? null : (nowMs - issued) / 3_600_000;
  const lastEvent = ms(shipment.lastEventAt);
  const silentMs =
    shipment.stalledFor ??
    (lastEvent !== null ? nowMs - lastEvent : issued !== null ? nowMs - issued : 0);

  const protection =
    order && orderDay ? deadline(addDays(orderDay, order.protectionDays), today) : null;
  const windowDays =
    order?.disputeWindowDays ?? opts.disputeWindowDays ?? DEFAULT_DISPUTE_WINDOW_DAYS;
  const afterDelivery =
    order && deliveredDay ? deadline(addDays(deliveredDay, windowDays), today) : null;

  let pickup: DayDeadline | null = null;
  if (shipment.status === 'available_for_pickup' || shipment.status === 'failed_attempt') {
    const stated = shipment.pickupDeadline ? dayOf(shipment.pickupDeadline, zone) : null;
    const holdDays = shipment.pickupHoldDays ?? opts.pickupHoldDays ?? DEFAULT_PICKUP_HOLD_DAYS;
    const since = ms(shipment.since) ?? lastEvent;
    const start = since !== null ? dayAt(since, zone) : null;
    pickup = deadline(stated ?? (start ? addDays(start, holdDays) : null), today);
  }

  const dest = order?.destinationCountry?.toUpperCase();
  const place = {
    country: shipment.lastPlace?.country ?? shipment.eventCountries?.at(-1),
    city: shipment.lastPlace?.city ?? shipment.eventCities?.at(-1),
  };
  const stage = stageOf(shipment);
  const atDestinationSide =
    LAST_MILE_STATUSES.has(shipment.status ?? '') || stage === 'destination';
  const wrongCountry =
    !!dest &&
    shipment.milestone !== 'returning' &&
    shipment.milestone !== 'returned' &&
    ((!!shipment.destinationCountry && shipment.destinationCountry.toUpperCase() !== dest) ||
      (atDestinationSide && !!place.country && place.country.toUpperCase() !== dest));
  const wrongCity =
    !!order?.destinationCity &&
    LAST_MILE_STATUSES.has(shipment.status ?? '') &&
    !!place.city &&
    norm(place.city) !== norm(order.destinationCity);

  return {
    shipment,
    order,
    nowMs,
    zone,
    zoneAssumed,
    today,
    thresholds,
    warnDays: opts.warnDays ?? DEFAULT_WARN_DAYS,
    notReceived: !!opts.notReceived,
    activationHours: opts.activationHours ?? DEFAULT_ACTIVATION_HOURS,
    stage,
    ageHours,
    silentMs,
    silentDays: Math.max(0, Math.floor(silentMs / DAY_MS)),
    delivered,
    deliveredDay,
    orderDay,
    orderOpen,
    protection,
    afterDelivery,
    pickup,
    wrongCountry,
    wrongCity,
  };
}
