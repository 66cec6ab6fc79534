import { describe, expect, it } from 'vitest';
import { merge } from './merge.js';
import { ev } from './testing.js';
import type { TimelineInput } from './types.js';

const LP = 'LP00012345678CN';
const S10 = 'RB123456789CN';

describe('merge', () => {
  it('orders events by instant, not by the order they came in', () => {
    const out = merge([
      ev({
        time: '2024-03-06 10:00',
        text: 'Departed from sorting center',
        status: 'in_transit',
        milestone: 'origin_facility',
      }),
      ev({
        time: '2024-03-05 10:00',
        text: 'Picked up',
        status: 'in_transit',
        milestone: 'picked_up',
      }),
    ]);
    expect(out.map((e) => e.description)).toEqual(['Picked up', 'Departed from sorting center']);
  });

  it('orders ties by journey order, then by key', () => {
    const out = merge([
      ev({
        time: '2024-03-05 10:00',
        text: 'Out for delivery',
        status: 'out_for_delivery',
        milestone: 'out_for_delivery',
      }),
      ev({
        time: '2024-03-05 10:00',
        text: 'Arrived at delivery office',
        status: 'in_transit',
        milestone: 'destination_facility',
      }),
      ev({ time: '2024-03-05 10:00', text: 'Note from the carrier', status: null }),
    ]);
    expect(out.map((e) => e.classification.milestone)).toEqual([
      'destination_facility',
      'out_for_delivery',
      null,
    ]);
  });

  it('keeps one copy of a scan reported by two sources on two numbers, with both reporters', () => {
    const cainiao = ev({
      leg: LP,
      source: 'cainiao',
      time: { local: '2024-03-05 14:22:10', offset: 'GMT+8' },
      text: 'Arrived at sorting center',
      status: 'in_transit',
      milestone: 'origin_facility',
      place: 'Shenzhen, CN',
      fetchedAt: '2024-03-06T00:00:00Z',
    });
    const aggregator = ev({
      leg: S10,
      source: '17track',
      time: { local: '2024-03-05 14:23' },
      text: '[Shenzhen] Arrived at the sorting center',
      status: 'in_transit',
      milestone: 'origin_facility',
      place: 'Shenzhen, CN',
      fetchedAt: '2024-03-06T01:00:00Z',
    });
    const out = merge([cainiao, aggregator]);
    expect(out).toHaveLength(1);
    const [e] = out;
    expect(e?.provenance.map((r) => [r.source, r.legNumber, r.fetchedAt]).sort()).toEqual([
      ['17track', S10, '2024-03-06T01:00:00Z'],
      ['cainiao', LP, '2024-03-06T00:00:00Z'],
    ]);
    // The merged event shows the reporter whose time is surest (the one with an offset).
    expect(e?.at.zoneConfidence).toBe('source');
    expect(e?.source).toBe('cainiao');
  });

  it('merges the same wall clock read in different assumed zones', () => {
    const a = ev({
      leg: LP,
      source: 'cainiao',
      time: { local: '2024-03-12 09:00', offset: '+08:00' },
      text: 'Arrived at destination airport',
      status: 'in_transit',
      milestone: 'arrived_destination',
      place: 'Paris, FR',
    });
    const b = ev({
      leg: S10,
      source: '17track',
      time: { local: '2024-03-12 09:00' },
      text: 'Arrived at destination airport',
      status: 'in_transit',
      milestone: 'arrived_destination',
      place: 'Paris, FR',
    });
    expect(merge([a, b])).toHaveLength(1);
  });

  it('merges texts in two languages when place and minute agree', () => {
    const a = ev({
      leg: S10,
      source: '17track',
      time: { local: '2024-03-14 08:01', zone: 'Europe/Paris' },
      text: 'Out for delivery',
      status: 'out_for_delivery',
      milestone: 'out_for_delivery',
      place: 'Lyon, FR',
    });
    const b = ev({
      leg: '6A12345678901',
      source: 'la-poste',
      time: { local: '2024-03-14 08:03', zone: 'Europe/Paris' },
      text: 'Votre colis est en cours de livraison',
      status: 'out_for_delivery',
      milestone: 'out_for_delivery',
      place: 'Lyon, FR',
    });
    expect(merge([a, b])).toHaveLength(1);
  });

  it.each([
    ['another milestone', { milestone: 'destination_facility' as const }],
    ['more than 90 minutes apart', { time: '2024-03-05 12:00' }],
    ['another country', { place: 'Paris, FR' }],
    ['another city', { place: 'Guangzhou, CN' }],
    [
      'unrelated text',
      { text: 'Customs inspection scheduled for tomorrow', time: '2024-03-05 10:30' },
    ],
  ])('keeps two scans apart when they differ in %s', (_name, change) => {
    const base = {
      leg: LP,
      source: 'cainiao',
      time: '2024-03-05 10:00',
      text: 'Arrived at sorting center',
      status: 'in_transit' as const,
      milestone: 'origin_facility' as const,
      place: 'Shenzhen, CN',
    };
    const out = merge([ev(base), ev({ ...base, leg: S10, source: '17track', ...change })]);
    expect(out).toHaveLength(2);
  });

  it('never merges two scans of one source on one number, even if alike', () => {
    const a = ev({
      time: '2024-03-05 10:00',
      text: 'Processed at facility',
      status: 'in_transit',
      milestone: 'origin_facility',
      place: 'Shenzhen, CN',
    });
    const b = ev({
      time: '2024-03-05 10:40',
      text: 'Processed at facility',
      status: 'in_transit',
      milestone: 'origin_facility',
      place: 'Shenzhen, CN',
    });
    expect(merge([a, b])).toHaveLength(2);
  });

  it('collapses the same report fetched twice, keeping the latest fetch', () => {
    const a = ev({
      time: '2024-03-05 10:00',
      text: 'Picked up',
      status: 'in_transit',
      milestone: 'picked_up',
      fetchedAt: '2024-03-05T12:00:00Z',
    });
    const b = { ...a, fetchedAt: '2024-03-06T12:00:00Z' };
    const out = merge([a, b]);
    expect(out).toHaveLength(1);
    expect(out[0]?.provenance).toHaveLength(1);
    expect(out[0]?.provenance[0]?.fetchedAt).toBe('2024-03-06T12:00:00Z');
    expect(out[0]?.key).toBe(merge([a])[0]?.key);
  });

  it('gives keys that do not depend on order, fetch time or number formatting', () => {
    const a = ev({
      leg: 'rb 123-456-789 cn',
      time: '2024-03-05 10:00',
      text: 'Picked  UP',
      status: 'in_transit',
      milestone: 'picked_up',
      fetchedAt: '2024-01-01T00:00:00Z',
    });
    const b = ev({
      leg: 'RB123456789CN',
      time: '2024-03-05T10:00:00',
      text: 'picked up',
      status: 'in_transit',
      milestone: 'picked_up',
      fetchedAt: '2024-02-01T00:00:00Z',
    });
    expect(merge([a])[0]?.key).toBe(merge([b])[0]?.key);
    expect(merge([a])[0]?.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps unclassified events, merging them only when the text matches', () => {
    const a = ev({
      leg: LP,
      time: '2024-03-05 10:00',
      text: 'Parcel status updated',
      status: null,
    });
    const b = ev({
      leg: S10,
      source: '17track',
      time: '2024-03-05 10:05',
      text: 'Parcel status updated',
      status: null,
    });
    const c = ev({
      leg: S10,
      source: '17track',
      time: '2024-03-05 10:06',
      text: 'Awaiting airline capacity',
      status: null,
    });
    const out = merge([a, b, c]);
    expect(out).toHaveLength(2);
    expect(
      out.find((e) => e.description === 'Awaiting airline capacity')?.classification.status,
    ).toBeNull();
  });

  it('re-merging a merged timeline with new reports gives the merge of everything', () => {
    const first: TimelineInput[] = [
      ev({
        leg: LP,
        time: '2024-03-05 10:00',
        text: 'Picked up',
        status: 'in_transit',
        milestone: 'picked_up',
      }),
      ev({
        leg: LP,
        time: '2024-03-06 10:00',
        text: 'Departed',
        status: 'in_transit',
        milestone: 'departed_origin',
      }),
    ];
    const later = ev({
      leg: S10,
      source: '17track',
      time: '2024-03-05 10:10',
      text: 'Picked up',
      status: 'in_transit',
      milestone: 'picked_up',
    });
    const incremental = merge([...merge(first), later]);
    expect(incremental).toEqual(merge([...first, later]));
    expect(incremental[0]?.provenance).toHaveLength(2);
  });

  it('uses a source default zone from the options', () => {
    const e = ev({
      time: { local: '2024-03-05 10:00' },
      text: 'Picked up',
      status: 'in_transit',
      milestone: 'picked_up',
    });
    const [out] = merge([e], { defaultZones: { cainiao: 'Asia/Shanghai' } });
    expect(out?.at).toMatchObject({
      instant: '2024-03-05T02:00:00.000Z',
      zoneConfidence: 'carrier-default',
    });
  });

  it('returns an empty timeline for no events', () => {
    expect(merge([])).toEqual([]);
  });
});
