/**
 * @module web/track/fixtures
 * Hand-built TrackViews for the tracking-page tests: delivered, in transit on several legs,
 * held by customs, returned, not found yet, and one full of hostile carrier text.
 */
import type { Advice } from '../../core/advice/types.js';
import type { Estimate } from '../../core/eta/types.js';
import type { TrackView, TrackViewEvent } from '../../engine/run/track-view.js';

type Ev = Partial<TrackViewEvent> & Pick<TrackViewEvent, 'occurredAt' | 'description'>;

function ev(e: Ev): TrackViewEvent {
  return {
    localTime: null,
    zone: null,
    status: null,
    milestone: null,
    reason: null,
    source: 'cainiao',
    legNumber: 'LP00123456789012',
    location: null,
    ...e,
  };
}

const place = (city: string | null, country: string | null, raw: string | null = null) => ({
  raw,
  city,
  country,
});

function view(number: string, shipment: Partial<TrackView['shipment']>, demo = false): TrackView {
  return {
    number,
    shipment: {
      id: `shp_${number}`,
      status: 'in_transit',
      milestone: null,
      reason: null,
      legs: [{ number, carrierId: 'cainiao', role: 'origin' }],
      events: [],
      lastCheckedAt: '2026-03-20T08:00:00.000Z',
      nextCheckAt: '2026-03-20T14:00:00.000Z',
      deliveredAt: null,
      anomalies: [],
      ...shipment,
    },
    route: { kind: 'source', sourceId: 'cainiao', carrierId: 'cainiao', via: 'carrier' },
    demo,
  };
}

const LP = 'LP00123456789012';
const S10 = 'RB123456785GB';

/** Newest first: Paris out for delivery → … → Shenzhen pickup, on two legs. */
export const inTransit: TrackView = view(LP, {
  status: 'in_transit',
  milestone: 'import_customs',
  legs: [
    { number: LP, carrierId: 'cainiao', role: 'origin' },
    { number: 'CJ123456785FR', carrierId: 'colissimo', role: 'last_mile' },
  ],
  events: [
    ev({
      occurredAt: '2026-03-18T09:30:00.000Z',
      localTime: '2026-03-18 10:30:00',
      zone: 'Europe/Paris',
      description: 'Colis en cours de dédouanement',
      status: 'in_transit',
      milestone: 'import_customs',
      source: 'laposte',
      legNumber: 'CJ123456785FR',
      location: place('Roissy', 'FR'),
    }),
    ev({
      occurredAt: '2026-03-12T02:00:00.000Z',
      localTime: '2026-03-12 10:00:00',
      zone: 'Asia/Shanghai',
      description: 'Departed from origin country',
      status: 'in_transit',
      milestone: 'departed_origin',
      location: place('Shenzhen', 'CN'),
    }),
    ev({
      occurredAt: '2026-03-10T04:00:00.000Z',
      localTime: '2026-03-10 12:00:00',
      zone: 'Asia/Shanghai',
      description: '揽收成功',
      status: 'in_transit',
      milestone: 'picked_up',
      location: place('Dongguan', 'CN'),
    }),
  ],
});

export const delivered: TrackView = view(
  S10,
  {
    status: 'delivered',
    milestone: 'delivered',
    legs: [{ number: S10, carrierId: 'royal-mail', role: 'international' }],
    deliveredAt: '2026-03-19T11:00:00.000Z',
    nextCheckAt: null,
    anomalies: [{ kind: 'after_delivered', eventKey: 'k1', message: 'x' }],
    events: [
      ev({
        occurredAt: '2026-03-19T15:00:00.000Z',
        zone: 'Europe/London',
        description: 'Item in transit',
        status: 'in_transit',
        milestone: 'transit_hub',
        source: 'royal-mail',
        legNumber: S10,
        location: place('London', 'GB'),
      }),
      ev({
        occurredAt: '2026-03-19T11:00:00.000Z',
        zone: 'Europe/London',
        description: 'Delivered to the front door',
        status: 'delivered',
        milestone: 'delivered',
        source: 'royal-mail',
        legNumber: S10,
        location: place('Leeds', 'GB'),
      }),
      ev({
        occurredAt: '2026-03-02T03:00:00.000Z',
        zone: 'Asia/Shanghai',
        description: 'Accepted',
        status: 'in_transit',
        milestone: 'picked_up',
        source: 'royal-mail',
        legNumber: S10,
        location: place('Guangzhou', 'CN'),
      }),
    ],
  },
  true,
);

export const customsHeld: TrackView = view('LP00123456789029', {
  status: 'exception',
  milestone: 'import_customs',
  reason: 'customs_held',
  events: [
    ev({
      occurredAt: '2026-03-15T10:00:00.000Z',
      zone: 'Europe/Warsaw',
      description: 'Przesyłka zatrzymana przez urząd celny',
      status: 'exception',
      milestone: 'import_customs',
      reason: 'customs_held',
      location: place('Warszawa', 'PL'),
    }),
  ],
});

export const returned: TrackView = view('LP00123456789036', {
  status: 'exception',
  milestone: 'returned',
  reason: 'returned_to_sender',
  events: [
    ev({
      occurredAt: '2026-03-16T10:00:00.000Z',
      description: 'Returned to sender',
      status: 'exception',
      milestone: 'returned',
      reason: 'returned_to_sender',
      location: place('Shenzhen', 'CN'),
    }),
  ],
});

export const notFound: TrackView = view('RB123456786GB', {
  status: 'pending',
  legs: [{ number: 'RB123456786GB', carrierId: 'royal-mail', role: 'international' }],
  lastCheckedAt: null,
});

export const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'`javascript:alert(3)';

export const hostile: TrackView = view(LP, {
  events: [
    ev({
      occurredAt: '2026-03-18T09:30:00.000Z',
      zone: `Europe/Paris${EVIL}`,
      localTime: `10:30${EVIL}`,
      description: `Arrived ${EVIL}`,
      status: 'in_transit',
      source: `src${EVIL}`,
      legNumber: `LP${EVIL}`,
      location: place(`City${EVIL}`, 'FR', `raw${EVIL}`),
    }),
    ev({
      occurredAt: '2026-03-17T09:30:00.000Z',
      description: `<a href="javascript:alert(4)">click</a>`,
      location: place(null, null, `<svg onload=alert(5)>`),
    }),
  ],
});

export const estimate: Estimate = {
  earliest: '2026-03-22T00:00:00.000Z',
  likely: '2026-03-25T00:00:00.000Z',
  latest: '2026-03-30T00:00:00.000Z',
  confidence: 'medium',
  basis: {
    kind: 'lane',
    key: 'eta.basis.lane.class',
    params: {
      count: 412,
      origin: 'CN',
      destination: 'FR',
      serviceClass: 'standard',
      windowDays: 90,
    },
    text: '412 parcels delivered from China to France by standard shipping in the last 90 days.',
    from: 'import_customs',
  },
  sourceEstimate: { earliest: '2026-03-24', latest: '2026-03-28', source: 'laposte' },
};

export const advice: Advice = {
  level: 'watch',
  rule: 'customs_held',
  headline: `Customs is holding the parcel ${EVIL}`,
  explanation: 'Usually a few days.',
  actions: [{ key: 'a', text: 'Check your messages from customs.' }],
  deadlines: [
    {
      key: 'dispute_last_day',
      date: '2026-04-10',
      daysLeft: 21,
      text: 'Last day to open a dispute',
    },
  ],
  templates: [
    {
      key: 'seller_customs_documents',
      subject: 'Order 8123',
      body: `Hello, where is it? ${EVIL}</textarea><script>alert(6)</script>`,
    },
  ],
  contacts: [
    {
      kind: 'customs',
      name: 'Customs',
      phone: '+33 1 23 45 67 89',
      country: 'FR',
      url: 'javascript:alert(7)',
    },
  ],
  checklists: [],
  notes: [],
  zone: 'UTC',
  zoneAssumed: true,
  matched: ['customs_held'],
};
