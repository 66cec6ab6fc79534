/**
 * @module core/advice/testing
 * Builders for advice tests: a shipment in transit and an open AliExpress order, each
 * overridable field by field, and the scenario-row shape the table tests share.
 */
import { advise } from './advise.js';
import type { AdviceOptions, AdviceOrder, AdviceShipment, Level } from './types.js';

export const DAY = 86_400_000;

/** ISO instant `days` days before `nowIso`. */
export function daysBefore(nowIso: string, days: number): string {
  return new Date(Date.parse(nowIso) - days * DAY).toISOString();
}

export function shipment(overrides: Partial<AdviceShipment> = {}): AdviceShipment {
  return {
    trackingNumber: 'LP00612345678901',
    found: true,
    status: 'in_transit',
    milestone: 'international_transit',
    reason: null,
    since: '2026-03-18T08:00:00Z',
    lastEventAt: '2026-03-18T08:00:00Z',
    milestonesReached: [],
    stalledFor: null,
    carrier: 'cainiao',
    trackingIssuedAt: '2026-02-03T00:00:00Z',
    ...overrides,
  };
}

export function order(overrides: Partial<AdviceOrder> = {}): AdviceOrder {
  return {
    retailer: 'aliexpress',
    orderNumber: '8100000000000001',
    orderDate: '2026-02-01',
    protectionDays: 60,
    destinationCountry: 'FR',
    buyerZone: 'Europe/Paris',
    ...overrides,
  };
}

/** Now for every scenario row unless it says otherwise. Order 2026-02-01 + 60 days → last day 04-02. */
export const NOW = '2026-03-20T12:00:00Z';
export const ago = (days: number) => daysBefore(NOW, days);
/** A parcel whose newest event (and status) is `days` old. */
export const quiet = (
  days: number,
  extra: Partial<AdviceShipment> = {},
): Partial<AdviceShipment> => ({
  lastEventAt: ago(days),
  since: ago(days),
  ...extra,
});
/** The protection deadlines of the default order seen on NOW. */
export const D = ['dispute_reminder_7', 'dispute_reminder_3', 'dispute_last_day'];
export const NOT_FOUND: Partial<AdviceShipment> = {
  found: false,
  status: null,
  milestone: null,
  lastEventAt: null,
  since: null,
};

/** One scenario: state + order + now → expected level, headline rule, action and deadline keys. */
export interface Row {
  name: string;
  s?: Partial<AdviceShipment>;
  /** null: no order at all. */
  o?: Partial<AdviceOrder> | null;
  opts?: AdviceOptions;
  now?: string;
  level: Level;
  rule: string;
  actions: string[];
  deadlines: string[];
}

export interface Outcome {
  level: Level;
  rule: string;
  actions: string[];
  deadlines: string[];
}

/** What advise() says for a row, in the row's terms. */
export function observe(row: Row): Outcome {
  const o = row.o === null ? undefined : order(row.o ?? {});
  const a = advise(shipment(row.s ?? {}), o, row.now ?? NOW, 'en', row.opts);
  return {
    level: a.level,
    rule: a.rule,
    actions: a.actions.map((x) => x.key),
    deadlines: a.deadlines.map((x) => x.key),
  };
}

export function expected(row: Row): Outcome {
  return { level: row.level, rule: row.rule, actions: row.actions, deadlines: row.deadlines };
}
