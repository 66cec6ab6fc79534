import { describe, expect, it } from 'vitest';
import { deriveState } from './derive.js';
import { merge } from './merge.js';
import { type EventSpec, ev } from './testing.js';

const NOW = '2024-04-01T00:00:00Z';

function state(specs: EventSpec[], opts = {}) {
  return deriveState(merge(specs.map(ev)), NOW, opts);
}

const picked: EventSpec = {
  time: '2024-03-01 10:00',
  text: 'Picked up',
  status: 'in_transit',
  milestone: 'picked_up',
  place: 'Shenzhen, CN',
};
const departed: EventSpec = {
  time: '2024-03-03 10:00',
  text: 'Departed origin country',
  status: 'in_transit',
  milestone: 'departed_origin',
  place: 'Guangzhou, CN',
};
const arrived: EventSpec = {
  time: '2024-03-05 10:00',
  text: 'Arrived in destination country',
  status: 'in_transit',
  milestone: 'arrived_destination',
  place: 'Paris, FR',
};
const customsHeld: EventSpec = {
  time: '2024-03-06 10:00',
  text: 'Held by customs',
  status: 'exception',
  milestone: 'import_customs',
  reason: 'customs_held',
  place: 'Paris, FR',
};
const depot: EventSpec = {
  time: '2024-03-08 10:00',
  text: 'At delivery depot',
  status: 'in_transit',
  milestone: 'destination_facility',
  place: 'Lyon, FR',
};
const delivered: EventSpec = {
  time: '2024-03-09 10:00',
  text: 'Delivered',
  status: 'delivered',
  milestone: 'delivered',
  place: 'Lyon, FR',
};

describe('deriveState', () => {
  it('is pending with no events', () => {
    const s = deriveState([], NOW);
    expect(s).toMatchObject({
      status: 'pending',
      milestone: null,
      since: null,
      lastEventAt: null,
      stalledFor: null,
      daysInTransit: null,
    });
    expect(s.milestonesReached).toEqual([]);
  });

  it('stays pending when every event is unclassified', () => {
    const s = state([{ time: '2024-03-01 10:00', text: '???', status: null }]);
    expect(s.status).toBe('pending');
    expect(s.lastEventAt).toBe('2024-03-01T10:00:00.000Z');
  });

  it('follows an ordinary journey to delivery', () => {
    const s = state([delivered, picked, departed, arrived, depot]);
    expect(s.status).toBe('delivered');
    expect(s.milestone).toBe('delivered');
    expect(s.since).toBe('2024-03-09T10:00:00.000Z');
    expect(s.location?.city).toBe('Lyon');
    expect(s.daysInTransit).toBe(8);
    expect(s.milestonesReached.map((m) => m.milestone)).toEqual([
      'picked_up',
      'departed_origin',
      'arrived_destination',
      'destination_facility',
      'delivered',
    ]);
    expect(s.stalledFor).toBe(Date.parse(NOW) - Date.parse('2024-03-09T10:00:00Z'));
    expect(s.anomalies).toEqual([]);
  });

  it('counts days in transit up to now while moving', () => {
    expect(state([picked, departed]).daysInTransit).toBe(30);
  });

  it('never lets an unclassified event move the state', () => {
    const s = state([
      picked,
      departed,
      { time: '2024-03-04 10:00', text: 'Zugestellt?', status: null, place: 'Berlin, DE' },
    ]);
    expect(s.status).toBe('in_transit');
    expect(s.milestone).toBe('departed_origin');
    expect(s.location?.country).toBe('CN');
    expect(s.lastEventAt).toBe('2024-03-04T10:00:00.000Z');
  });

  it('does not move the milestone back on a later lower-rank scan', () => {
    const s = state([
      picked,
      departed,
      arrived,
      {
        ...picked,
        leg: '6A1',
        source: 'la-poste',
        time: '2024-03-06 10:00',
        text: 'Pris en charge',
        place: 'Paris, FR',
      },
    ]);
    expect(s.milestone).toBe('arrived_destination');
    expect(s.milestonesReached.map((m) => m.milestone)).toEqual([
      'picked_up',
      'departed_origin',
      'arrived_destination',
    ]);
  });

  it('ignores a later leg pre-advice once the parcel moves', () => {
    const s = state([
      picked,
      departed,
      {
        leg: '6A1',
        source: 'la-poste',
        time: '2024-03-04 10:00',
        text: 'Label created',
        status: 'info_received',
        milestone: 'label_created',
        place: 'Paris, FR',
      },
    ]);
    expect(s.status).toBe('in_transit');
    expect(s.anomalies).toEqual([]);
  });

  it('resumes in transit after an exception when the parcel moves again', () => {
    const held = state([picked, departed, arrived, customsHeld]);
    expect(held).toMatchObject({
      status: 'exception',
      reason: 'customs_held',
      milestone: 'import_customs',
    });
    const resumed = state([picked, departed, arrived, customsHeld, depot]);
    expect(resumed).toMatchObject({
      status: 'in_transit',
      reason: null,
      milestone: 'destination_facility',
    });
  });

  it('flags "in transit" after "delivered" and does not obey it', () => {
    const s = state([
      picked,
      delivered,
      { ...depot, time: '2024-03-10 10:00', leg: 'X1', source: 'other' },
    ]);
    expect(s.status).toBe('delivered');
    expect(s.anomalies.map((a) => a.kind)).toEqual(['after_delivered']);
  });

  it('flags a delivery outside the destination country', () => {
    const s = state([picked, departed, { ...delivered, place: 'Madrid, ES' }], {
      destinationCountry: 'FR',
    });
    expect(s.status).toBe('in_transit');
    expect(s.anomalies).toHaveLength(1);
    expect(s.anomalies[0]?.kind).toBe('delivered_wrong_country');
    expect(s.anomalies[0]?.message).toMatch(/ES/);
  });

  it('flags a delivery in the origin country when only the origin is known', () => {
    const s = state([picked, { ...delivered, time: '2024-03-02 10:00', place: 'Shenzhen, CN' }], {
      originCountry: 'CN',
    });
    expect(s.status).toBe('in_transit');
    expect(s.anomalies[0]?.kind).toBe('delivered_wrong_country');
  });

  it('flags an impossible speed between located scans', () => {
    const s = state([
      {
        time: '2024-03-01 10:00',
        text: 'Arrived at sorting center',
        status: 'in_transit',
        milestone: 'origin_facility',
        place: 'Shenzhen, CN',
      },
      {
        time: '2024-03-01 11:00',
        text: 'Arrived at delivery office',
        status: 'in_transit',
        milestone: 'destination_facility',
        place: 'Lyon, FR',
      },
    ]);
    expect(s.anomalies.map((a) => a.kind)).toEqual(['impossible_speed']);
    expect(s.milestone).toBe('origin_facility');
    expect(s.location?.country).toBe('CN');
  });

  it('accepts a plausible flight and a neighbouring country soon after', () => {
    const s = state([
      {
        time: '2024-03-01 10:00',
        text: 'Departed',
        status: 'in_transit',
        milestone: 'departed_origin',
        place: 'Guangzhou, CN',
      },
      {
        time: '2024-03-02 06:00',
        text: 'Arrived at hub',
        status: 'in_transit',
        milestone: 'transit_hub',
        place: 'Liège, BE',
      },
      {
        time: '2024-03-02 07:00',
        text: 'Arrived',
        status: 'in_transit',
        milestone: 'arrived_destination',
        place: 'Amsterdam, NL',
      },
    ]);
    expect(s.anomalies).toEqual([]);
    expect(s.milestone).toBe('arrived_destination');
  });

  it('treats a return as final only when the data says returned', () => {
    const returning: EventSpec = {
      time: '2024-03-10 10:00',
      text: 'Returning to sender',
      status: 'exception',
      milestone: 'returning',
      reason: 'returning_to_sender',
      place: 'Lyon, FR',
    };
    const moving: EventSpec = { ...depot, time: '2024-03-11 10:00', text: 'In transit' };
    const s = state([picked, arrived, returning, moving]);
    expect(s).toMatchObject({
      status: 'in_transit',
      milestone: 'returning',
      reason: 'returning_to_sender',
    });
    const returned: EventSpec = {
      time: '2024-03-20 10:00',
      text: 'Returned to sender',
      status: 'exception',
      milestone: 'returned',
      reason: 'returned_to_sender',
      place: 'Shenzhen, CN',
    };
    const after: EventSpec = { ...moving, time: '2024-03-21 10:00', leg: 'Z', source: 'z' };
    const done = state([picked, arrived, returning, returned, after]);
    expect(done).toMatchObject({
      status: 'exception',
      milestone: 'returned',
      reason: 'returned_to_sender',
    });
    expect(done.anomalies.map((a) => a.kind)).toEqual(['after_returned']);
    expect(done.milestonesReached.map((m) => m.milestone)).toEqual([
      'picked_up',
      'arrived_destination',
      'returning',
      'returned',
    ]);
  });

  it('allows delivered after returning only on a delivery event', () => {
    const returning: EventSpec = {
      time: '2024-03-10 10:00',
      text: 'Return to sender requested',
      status: 'exception',
      milestone: 'returning',
      reason: 'returning_to_sender',
      place: 'Lyon, FR',
    };
    const s = state([picked, arrived, returning, { ...delivered, time: '2024-03-12 10:00' }], {
      destinationCountry: 'FR',
    });
    expect(s).toMatchObject({ status: 'delivered', milestone: 'delivered', reason: null });
  });

  it('follows a return reported after a delivery, and flags the delivery as doubtful', () => {
    const s = state([
      picked,
      delivered,
      {
        time: '2024-03-12 10:00',
        text: 'Returning',
        status: 'exception',
        milestone: 'returning',
        reason: 'returning_to_sender',
        place: 'Lyon, FR',
      },
    ]);
    expect(s.status).toBe('exception');
    expect(s.milestone).toBe('returning');
    expect(s.anomalies.map((a) => a.kind)).toEqual(['return_after_delivery']);
  });

  it('never says delivered without a delivery-class event', () => {
    const fake: EventSpec = {
      time: '2024-03-09 10:00',
      text: 'odd',
      status: 'in_transit',
      milestone: 'delivered',
      place: 'Lyon, FR',
    };
    const s = state([picked, fake]);
    expect(s.status).toBe('in_transit');
    expect(s.milestone).toBe('picked_up');
  });

  it('keeps "since" at the start of the current status', () => {
    const s = state([picked, departed, arrived]);
    expect(s.since).toBe('2024-03-01T10:00:00.000Z');
  });

  it('keeps an event with an unreadable time out of day counts and the speed check', () => {
    const s = state([{ ...picked, time: { local: 'soon' } }, departed]);
    expect(s.status).toBe('in_transit');
    expect(s.daysInTransit).toBe(28);
    expect(s.lastEventAt).toBe('2024-03-03T10:00:00.000Z');
    expect(s.anomalies).toEqual([]);
  });

  it('sorts an unsorted timeline before walking it', () => {
    const tl = merge([picked, delivered].map(ev));
    expect(deriveState([...tl].reverse(), NOW).status).toBe('delivered');
  });
});
