import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { advise } from './advise.js';
import { order, shipment } from './testing.js';
import type { Advice, AdviceOptions, AdviceOrder, AdviceShipment } from './types.js';

/** An instant given as wall clock in a zone. */
function at(zone: string, iso: string): number {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad local time ${iso} in ${zone}`);
  return dt.toMillis();
}

function run(
  zone: string,
  nowLocal: string,
  s: Partial<AdviceShipment> = {},
  o: Partial<AdviceOrder> = {},
  opts?: AdviceOptions,
): Advice {
  const nowMs = at(zone, nowLocal);
  // A parcel that moved yesterday, so silence rules stay out of the way.
  const yesterday = new Date(nowMs - 86_400_000).toISOString();
  return advise(
    shipment({ lastEventAt: yesterday, since: yesterday, ...s }),
    order({ buyerZone: zone, ...o }),
    nowMs,
    'en',
    opts,
  );
}

const runWith = (...args: Parameters<typeof run>) => run(...args);

function deadline(a: Advice, key: string) {
  return a.deadlines.find((d) => d.key === key);
}

/** [zone, order date, last day to open a dispute]; several last days fall on a DST change. */
const PROTECTION: [string, string, string][] = [
  ['Europe/Paris', '2026-01-28', '2026-03-29'], // clocks go forward that night
  ['Europe/Paris', '2026-08-26', '2026-10-25'], // clocks go back
  ['America/Sao_Paulo', '2026-02-01', '2026-04-02'],
  ['Asia/Tokyo', '2026-02-01', '2026-04-02'],
  ['Pacific/Auckland', '2026-02-04', '2026-04-05'], // NZ daylight time ends
  ['America/Los_Angeles', '2026-01-07', '2026-03-08'], // US daylight time starts
  ['America/Los_Angeles', '2026-09-02', '2026-11-01'], // US daylight time ends
];

function shift(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate() ?? '';
}

describe('buyer-protection last day, boundaries in the buyer zone', () => {
  it.each(PROTECTION)('%s, ordered %s → last day %s', (zone, orderDate, lastDay) => {
    const o = { orderDate };
    const before = run(zone, `${shift(lastDay, -1)}T23:59`, {}, o);
    expect(deadline(before, 'dispute_last_day')).toMatchObject({ date: lastDay, daysLeft: 1 });
    expect(before.rule).toBe('protection_ending');
    expect(before.level).toBe('act');

    const morning = run(zone, `${lastDay}T00:00`, {}, o);
    expect(deadline(morning, 'dispute_last_day')).toMatchObject({ date: lastDay, daysLeft: 0 });
    expect(morning.rule).toBe('protection_ending');

    const evening = run(zone, `${lastDay}T23:59`, {}, o);
    expect(deadline(evening, 'dispute_last_day')).toMatchObject({ date: lastDay, daysLeft: 0 });
    expect(evening.rule).toBe('protection_ending');

    const after = run(zone, `${shift(lastDay, 1)}T00:00`, {}, o);
    expect(deadline(after, 'dispute_last_day')).toMatchObject({ date: lastDay, daysLeft: -1 });
    expect(after.rule).toBe('protection_passed');
    expect(after.actions.map((x) => x.key)).toContain('dispute_window_passed');
  });

  it.each(PROTECTION)(
    '%s, ordered %s: reminders 7 and 3 days before',
    (zone, orderDate, lastDay) => {
      const o = { orderDate };
      for (const w of [7, 3]) {
        const key = `dispute_reminder_${w}`;
        const day = shift(lastDay, -w);
        expect(deadline(run(zone, `${shift(day, -1)}T23:59`, {}, o), key)).toMatchObject({
          date: day,
          daysLeft: 1,
        });
        expect(deadline(run(zone, `${day}T00:00`, {}, o), key)).toMatchObject({
          date: day,
          daysLeft: 0,
        });
        expect(deadline(run(zone, `${day}T23:59`, {}, o), key)).toMatchObject({
          date: day,
          daysLeft: 0,
        });
        expect(deadline(run(zone, `${shift(day, 1)}T00:00`, {}, o), key)).toBeUndefined();
      }
    },
  );

  it('the warning starts exactly 7 days before the last day', () => {
    const o = { orderDate: '2026-02-01' }; // last day 2026-04-02
    expect(run('Asia/Tokyo', '2026-03-25T23:59', {}, o).rule).toBe('moving');
    expect(run('Asia/Tokyo', '2026-03-26T00:00', {}, o).rule).toBe('protection_ending');
  });

  it('takes an order instant on the calendar day it had in the buyer zone', () => {
    const o = { orderDate: '2026-01-31T23:30:00Z' };
    expect(deadline(run('Asia/Tokyo', '2026-03-20T12:00', {}, o), 'dispute_last_day')?.date).toBe(
      '2026-04-02',
    );
    expect(
      deadline(run('America/Los_Angeles', '2026-03-20T12:00', {}, o), 'dispute_last_day')?.date,
    ).toBe('2026-04-01');
  });

  it('counts in UTC and says so when the buyer zone is unknown', () => {
    const a = advise(shipment(), order({ buyerZone: undefined }), '2026-03-20T12:00:00Z', 'en');
    expect(a.zone).toBe('UTC');
    expect(a.zoneAssumed).toBe(true);
    expect(a.notes.map((n) => n.key)).toContain('zone_assumed');
    const known = advise(shipment(), order(), '2026-03-20T12:00:00Z', 'en');
    expect(known.zoneAssumed).toBe(false);
    expect(known.notes.map((n) => n.key)).not.toContain('zone_assumed');
  });

  it('treats an invalid zone as unknown', () => {
    const a = advise(
      shipment(),
      order({ buyerZone: 'Mars/Olympus' }),
      '2026-03-20T12:00:00Z',
      'en',
    );
    expect(a.zone).toBe('UTC');
    expect(a.zoneAssumed).toBe(true);
  });
});

describe('dispute window after delivery', () => {
  // 23:30 UTC on 10 March is already 11 March in Paris and Tokyo, still 10 March in LA.
  const delivered = {
    status: 'delivered',
    milestone: 'delivered',
    since: '2026-03-10T23:30:00Z',
  } as const;
  const cases: [string, string][] = [
    ['Europe/Paris', '2026-03-26'],
    ['Asia/Tokyo', '2026-03-26'],
    ['America/Los_Angeles', '2026-03-25'],
    ['America/Sao_Paulo', '2026-03-25'],
    ['Pacific/Auckland', '2026-03-26'],
  ];

  it.each(cases)('%s: 15 days after the delivery day → %s', (zone, last) => {
    const opts = { notReceived: true };
    const before = run(zone, `${shift(last, -1)}T23:59`, delivered, {}, opts);
    expect(deadline(before, 'dispute_after_delivery')).toMatchObject({ date: last, daysLeft: 1 });
    expect(before.actions.map((x) => x.key)).toContain('open_dispute');
    const day = run(zone, `${last}T23:59`, delivered, {}, opts);
    expect(deadline(day, 'dispute_after_delivery')).toMatchObject({ date: last, daysLeft: 0 });
    expect(day.actions.map((x) => x.key)).toContain('open_dispute');
    const after = run(zone, `${shift(last, 1)}T00:00`, delivered, {}, opts);
    expect(deadline(after, 'dispute_after_delivery')).toMatchObject({ date: last, daysLeft: -1 });
    expect(after.actions.map((x) => x.key)).toContain('dispute_window_passed');
    expect(after.actions.map((x) => x.key)).not.toContain('open_dispute');
  });

  it('uses the order window, then the option, then 15 days', () => {
    const now = '2026-03-12T12:00';
    const z = 'Europe/Paris';
    const s = { ...delivered, since: '2026-03-10T10:00:00Z' };
    expect(deadline(run(z, now, s), 'dispute_after_delivery')?.date).toBe('2026-03-25');
    expect(
      deadline(run(z, now, s, {}, { disputeWindowDays: 30 }), 'dispute_after_delivery')?.date,
    ).toBe('2026-04-09');
    expect(
      deadline(
        run(z, now, s, { disputeWindowDays: 45 }, { disputeWindowDays: 30 }),
        'dispute_after_delivery',
      )?.date,
    ).toBe('2026-04-24');
  });

  it('prefers an explicit delivery instant or milestone over the status time', () => {
    const z = 'Europe/Paris';
    const s = {
      ...delivered,
      since: '2026-03-12T10:00:00Z',
      milestonesReached: [{ milestone: 'delivered' as const, at: '2026-03-09T10:00:00Z' }],
    };
    expect(deadline(run(z, '2026-03-12T12:00', s), 'dispute_after_delivery')?.date).toBe(
      '2026-03-24',
    );
    const explicit = { ...s, deliveredAt: '2026-03-08T10:00:00Z' };
    expect(deadline(run(z, '2026-03-12T12:00', explicit), 'dispute_after_delivery')?.date).toBe(
      '2026-03-23',
    );
  });
});

describe('pickup holding period', () => {
  const cases: [string, string, string][] = [
    // zone, arrival at the pickup point (instant), last day to collect (arrival day + 15)
    ['Europe/Paris', '2026-03-14T09:00:00Z', '2026-03-29'], // DST starts on the last day
    ['America/Los_Angeles', '2026-10-17T08:00:00Z', '2026-11-01'], // 01:00 local; DST ends on the last day
    ['America/Los_Angeles', '2026-10-17T06:30:00Z', '2026-10-31'], // still 16 Oct local
    ['Asia/Tokyo', '2026-03-01T16:00:00Z', '2026-03-17'], // already 2 March in Tokyo
    ['Pacific/Auckland', '2026-03-21T10:00:00Z', '2026-04-05'],
    ['America/Sao_Paulo', '2026-03-01T02:00:00Z', '2026-03-15'], // still 28 Feb in São Paulo
  ];

  it.each(cases)('%s: arrived %s → collect by %s', (zone, since, last) => {
    const s = { status: 'available_for_pickup', milestone: 'pickup_point', since } as const;
    // Buyer protection far away, so only the pickup deadline drives the level.
    const o = { orderDate: shift(last, -30), protectionDays: 90 };
    const run = (z: string, local: string, sh: typeof s) => runWith(z, local, sh, o);
    const before = run(zone, `${shift(last, -1)}T23:59`, s);
    expect(deadline(before, 'pickup_last_day')).toMatchObject({ date: last, daysLeft: 1 });
    expect(before.level).toBe('act');
    const day = run(zone, `${last}T00:00`, s);
    expect(deadline(day, 'pickup_last_day')).toMatchObject({ date: last, daysLeft: 0 });
    const after = run(zone, `${shift(last, 1)}T00:00`, s);
    expect(deadline(after, 'pickup_last_day')).toMatchObject({ date: last, daysLeft: -1 });
    const calm = run(zone, `${shift(last, -4)}T12:00`, s);
    expect(calm.level).toBe('watch');
    expect(run(zone, `${shift(last, -3)}T00:00`, s).level).toBe('act');
  });

  it('uses the carrier’s stated deadline, then its hold days, then the option', () => {
    const z = 'Europe/Paris';
    const base = {
      status: 'available_for_pickup',
      milestone: 'pickup_point',
      since: '2026-03-10T10:00:00Z',
    } as const;
    const now = '2026-03-12T12:00';
    expect(deadline(run(z, now, base), 'pickup_last_day')?.date).toBe('2026-03-25');
    expect(deadline(run(z, now, base, {}, { pickupHoldDays: 10 }), 'pickup_last_day')?.date).toBe(
      '2026-03-20',
    );
    expect(
      deadline(
        run(z, now, { ...base, pickupHoldDays: 7 }, {}, { pickupHoldDays: 10 }),
        'pickup_last_day',
      )?.date,
    ).toBe('2026-03-17');
    expect(
      deadline(run(z, now, { ...base, pickupDeadline: '2026-03-28' }), 'pickup_last_day')?.date,
    ).toBe('2026-03-28');
  });
});
