/**
 * @module engine/ingest/interpret.test
 * Interpreting a realistic three-leg journey (Chinese origin, English transit, French
 * destination): status, milestone, links; unclassified events never move the status.
 */
import { describe, expect, it } from 'vitest';
import type { SourceResult } from '../../carriers/types.js';
import { interpret, linksOf, normalizeNumber, toTimelineInputs } from './interpret.js';
import {
  lastMileResult,
  JOURNEY_NUMBERS as N,
  originResult,
  transitResult,
} from './test-helpers/journey-fixture.js';

const NOW = Date.parse('2026-03-10T00:00:00Z');
const FETCHED = Date.parse('2026-03-09T23:00:00Z');
const CTX = { sourceId: 'sim', fetchedAt: FETCHED, originCountry: 'CN', destinationCountry: 'FR' };

describe('toTimelineInputs', () => {
  it('classifies each event and keeps code, text, language, location and the time as sent', () => {
    const inputs = toTimelineInputs(originResult(), CTX);
    expect(inputs).toHaveLength(3);
    const pickup = inputs.find((i) => i.description.includes('已揽收'))!;
    expect(pickup).toMatchObject({
      legNumber: N.lp,
      source: 'sim',
      carrier: 'cainiao',
      language: 'zh-CN',
      location: 'Shenzhen, CN',
      time: { local: '2026-03-01 10:00:00', offset: '+08:00' },
      place: { raw: 'Shenzhen, CN', city: 'Shenzhen', country: 'CN' },
      classification: { status: 'in_transit', milestone: 'picked_up' },
      fetchedAt: '2026-03-09T23:00:00.000Z',
    });
  });

  it('leaves what no rule can place unclassified, with its raw text', () => {
    const inputs = toTimelineInputs(lastMileResult(), CTX);
    const odd = inputs.find((i) => i.description === 'Xq zzv 42 blorp')!;
    expect(odd.classification).toMatchObject({ status: null, milestone: null, rule: 'none' });
  });
});

describe('interpret', () => {
  it('reads the origin leg alone (Chinese text): departed, links the S10 it names', () => {
    const { state, links, timeline } = interpret(originResult(), CTX, NOW);
    expect(state).toMatchObject({ status: 'in_transit', milestone: 'departed_origin' });
    expect(links.map((l) => l.number)).toEqual([N.s10]);
    expect(links[0]!.fromEventKey).toBe(timeline.at(-1)!.key);
    expect(timeline.map((e) => e.at.instant)).toEqual([
      '2026-03-01T02:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-03T12:00:00.000Z',
    ]);
  });

  it('merges the transit leg with the origin leg: customs released, hands over to La Poste', () => {
    const others = toTimelineInputs(originResult(), CTX);
    const { state, links } = interpret(transitResult(), CTX, NOW, others);
    expect(state).toMatchObject({ status: 'in_transit', milestone: 'handed_to_last_mile' });
    expect(state.milestonesReached.map((m) => m.milestone)).toContain('customs_released');
    expect(links).toEqual([
      { number: N.lastMile, carrierHint: 'la-poste', fromEventKey: expect.any(String) },
    ]);
  });

  it('reads the whole journey in three languages as delivered in France, no link left', () => {
    const others = [
      ...toTimelineInputs(originResult(), CTX),
      ...toTimelineInputs(transitResult(), CTX),
    ];
    const { state, links, timeline } = interpret(lastMileResult(), CTX, NOW, others);
    expect(state).toMatchObject({ status: 'delivered', milestone: 'delivered', reason: null });
    expect(state.since).toBe('2026-03-09T11:00:00.000Z');
    expect(state.anomalies).toEqual([]);
    expect(links).toEqual([]);
    expect(timeline).toHaveLength(12);
    expect(new Set(timeline.map((e) => e.legNumber))).toEqual(new Set([N.lp, N.s10, N.lastMile]));
  });

  it('never moves the status on an unclassified event', () => {
    const result = lastMileResult(N, { delivered: false });
    const base = interpret(result, CTX, NOW);
    expect(base.state.status).toBe('out_for_delivery');
    const odd: SourceResult = {
      ...result,
      events: [
        {
          trackingNumber: N.lastMile,
          time: { local: '2026-03-09 18:00:00', zone: 'Europe/Paris' },
          description: 'Qqq vvv 17 zzz',
          location: 'Lyon, FR',
        },
        ...result.events,
      ],
    };
    const after = interpret(odd, CTX, NOW);
    expect(after.timeline.at(-1)!.classification.status).toBeNull();
    expect(after.state.status).toBe('out_for_delivery');
    expect(after.state.since).toBe(base.state.since);
    expect(after.state.lastEventAt).toBe('2026-03-09T17:00:00.000Z');
  });

  it("uses the result's own countries when the shipment has none", () => {
    const { state } = interpret(originResult(), { sourceId: 'sim', fetchedAt: FETCHED }, NOW);
    expect(state.status).toBe('in_transit');
  });
});

describe('linksOf', () => {
  it('puts declared links first, adds named ones, one per number, never a known leg', () => {
    const { timeline } = interpret(transitResult(), CTX, NOW);
    const links = linksOf(
      [
        { number: 'hb 175-714-198cn', carrierHint: 'china-post' },
        { number: N.s10 },
        { number: N.lastMile },
      ],
      timeline,
      ['HB999'],
    );
    expect(links).toEqual([
      { number: 'HB175714198CN', carrierHint: 'china-post' },
      { number: N.lastMile, carrierHint: 'la-poste', fromEventKey: expect.any(String) },
    ]);
  });

  it('normalizes numbers the way legs are stored', () => {
    expect(normalizeNumber(' lp 0012-3456 ')).toBe('LP00123456');
  });
});
