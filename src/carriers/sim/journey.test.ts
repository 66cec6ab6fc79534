import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLISSIMO } from '../../core/numbers/formats/colissimo.js';
import { CORREOS_23 } from '../../core/numbers/formats/correos.js';
import { s10Valid } from '../../core/numbers/formats/s10.js';
import { MILESTONES, REASONS, STATUSES } from '../../core/status/taxonomy.js';
import { SIM_CODES } from './codes.js';
import { DAY_MS, generateJourney, type Journey } from './journey.js';
import { mintDhlExpress, mintLp, mintS10 } from './numbers.js';
import { createRng } from './prng.js';

const EPOCH = Date.UTC(2026, 2, 1);
const opts = { seed: 'test', epochMs: EPOCH };

function journeys(count: number, seed = 'pool'): Journey[] {
  const rng = createRng(seed);
  const out: Journey[] = [];
  for (let i = 0; i < count; i++) {
    const r = i % 8;
    const n =
      r < 5
        ? mintLp(rng)
        : r === 5
          ? mintS10(rng, rng.pick(['LX', 'EA', 'RB']), 'CN')
          : mintDhlExpress(rng);
    const j = generateJourney(n, opts);
    if (j) out.push(j);
  }
  return out;
}

const POOL = journeys(1500);

describe('generateJourney', () => {
  it('is deterministic for a number and seed, and depends on the seed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), (digits) => {
        const a = generateJourney(`LP${digits}`, opts);
        const b = generateJourney(`LP${digits}`, opts);
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
    const x = generateJourney('LP00123456789012', opts);
    const y = generateJourney('LP00123456789012', { ...opts, seed: 'other' });
    expect(x?.events).not.toEqual(y?.events);
  });

  it('knows LP, S10-from-China and DHL Express numbers, and nothing else', () => {
    expect(generateJourney('LP00123456789012', opts)).not.toBeNull();
    expect(generateJourney('LX123456785CN', opts)?.service.id).toBe('epacket');
    expect(generateJourney('EA324101042CN', opts)).toBeNull(); // wrong check digit
    expect(generateJourney('1234567891', opts)?.service.id).toBe('dhl-express');
    expect(generateJourney('1234567892', opts)).toBeNull();
    expect(generateJourney('HELLO', opts)).toBeNull();
  });

  it('lays events in time order, with codes the code table knows and valid labels', () => {
    const bad: string[] = [];
    for (const j of POOL) {
      for (let i = 1; i < j.events.length; i++) {
        if (j.events[i]!.atMs <= j.events[i - 1]!.atMs)
          bad.push(`${j.number}: event ${i} out of order`);
      }
      for (const e of j.events) {
        const entry = SIM_CODES[e.code];
        if (!entry) {
          bad.push(`${j.number}: unknown code ${e.code}`);
          continue;
        }
        const { status, milestone, reason } = entry;
        if (JSON.stringify(e.label) !== JSON.stringify({ status, milestone, reason }))
          bad.push(`${e.code} label`);
        if (!STATUSES.includes(status)) bad.push(`${e.code} status`);
        if (milestone && !MILESTONES.includes(milestone)) bad.push(`${e.code} milestone`);
        if (reason && !REASONS.includes(reason)) bad.push(`${e.code} reason`);
        if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(e.local)) bad.push(`${e.local} local`);
        if (!/^[+-]\d\d:\d\d$/.test(e.utcOffset)) bad.push(`${e.utcOffset} offset`);
        if (/\{\w+\}/.test(e.description)) bad.push(`unfilled: ${e.description}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives local wall clock and offset that agree with the instant', () => {
    const bad: string[] = [];
    for (const j of POOL) {
      for (const e of j.events) {
        const [date, time] = e.local.split(' ');
        if (Date.parse(`${date}T${time}${e.utcOffset}`) !== e.atMs)
          bad.push(`${e.local} ${e.zone}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('delivers trouble-free parcels within their service band', () => {
    const plain = POOL.filter(
      (j) => j.truth.outcome === 'delivered' && j.truth.incidents.length === 0,
    );
    expect(plain.length).toBeGreaterThan(300);
    for (const j of plain) {
      const days = (j.truth.deliveredAtMs! - j.startMs) / DAY_MS;
      expect(days, `${j.number} ${j.service.id}`).toBeGreaterThanOrEqual(j.service.band[0]);
      expect(days, `${j.number} ${j.service.id}`).toBeLessThanOrEqual(j.service.band[1]);
      expect(j.truth.plannedDays).toBeGreaterThanOrEqual(j.service.band[0]);
      expect(j.truth.plannedDays).toBeLessThanOrEqual(j.service.band[1]);
    }
  });

  it('delays delivery by the days its incidents cost, no more', () => {
    for (const j of POOL.filter((x) => x.truth.outcome === 'delivered')) {
      const days = (j.truth.deliveredAtMs! - j.startMs) / DAY_MS;
      // + 1 day for a second attempt, + 8 days waiting at a pickup point
      expect(days).toBeLessThanOrEqual(j.service.band[1] + j.truth.delayDays + 9.5);
    }
  });

  it('ends with the label of its outcome', () => {
    for (const j of POOL) {
      const last = j.events[j.events.length - 1]!;
      expect(j.truth.final).toEqual(last.label);
      if (j.truth.outcome === 'delivered') expect(last.label.status).toBe('delivered');
      if (j.truth.outcome === 'returned') expect(last.label.milestone).toBe('returned');
      if (j.truth.outcome === 'lost') {
        expect(last.label.milestone).toBe('departed_origin');
        expect(j.truth.deliveredAtMs).toBeNull();
      }
    }
  });

  it('draws every incident kind at realistic rates', () => {
    const count = (kind: string) =>
      POOL.filter((j) => j.truth.incidents.some((i) => i.kind === kind)).length;
    const share = (kind: string) => count(kind) / POOL.length;
    expect(share('customs_hold')).toBeGreaterThan(0.02);
    expect(share('customs_hold')).toBeLessThan(0.15);
    expect(count('duties_due')).toBeGreaterThan(3);
    expect(share('failed_attempt')).toBeGreaterThan(0.03);
    expect(share('pickup_point')).toBeGreaterThan(0.1);
    expect(share('long_silence')).toBeGreaterThan(0.02);
    expect(count('wrong_city')).toBeGreaterThan(3);
    expect(count('lost')).toBeGreaterThan(0);
    expect(count('returned')).toBeGreaterThan(0);
    expect(share('lost')).toBeLessThan(0.05);
  });
});

describe('multi-leg journeys', () => {
  const multi = POOL.filter((j) => j.legs.length > 1);

  it('hands over to valid numbers, naming the number and carrier in the text', () => {
    expect(multi.length).toBeGreaterThan(300);
    for (const j of multi) {
      const handoffs = j.events.filter((e) => e.handoffTo !== undefined);
      expect(handoffs.length).toBe(j.legs.length - 1);
      for (const h of handoffs) {
        const next = j.legs[h.handoffTo!]!;
        expect(h.description).toContain(next.number);
        expect(h.handoffTo).toBe(h.leg + 1);
        // the next leg's first event comes after the hand-off
        const first = j.events.find((e) => e.leg === h.handoffTo);
        if (first) expect(first.atMs).toBeGreaterThan(h.atMs);
      }
      for (const leg of j.legs) {
        if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(leg.number))
          expect(s10Valid(leg.number), leg.number).toBe(true);
        if (leg.carrierId === 'colissimo') expect(COLISSIMO.format.check?.(leg.number)).toBe(true);
        if (leg.carrierId === 'correos' && leg.number.length === 23) {
          expect(CORREOS_23.format.check?.(leg.number)).toBe(true);
        }
      }
    }
  });

  it('has three legs (LP → S10 → last mile) on Standard to countries with a last-mile carrier', () => {
    const three = multi.filter((j) => j.legs.length === 3);
    expect(three.length).toBeGreaterThan(20);
    for (const j of three) {
      expect(j.service.id).toBe('aliexpress-standard');
      expect(j.legs.map((l) => l.role)).toEqual(['origin', 'international', 'last_mile']);
      expect(j.legs[0]!.number).toMatch(/^LP\d{14}$/);
      expect(j.legs[1]!.number).toMatch(/^[A-Z]{2}\d{9}CN$/);
    }
  });

  it('speaks Chinese at origin, English in transit and the local language at the door', () => {
    const local: Record<string, string> = {
      FR: 'fr',
      ES: 'es',
      PL: 'pl',
      DE: 'de',
      BR: 'pt',
      RU: 'ru',
      IT: 'it',
      NL: 'nl',
    };
    for (const j of multi) {
      expect(j.events[0]!.language).toBe('zh-CN');
      if (j.truth.outcome === 'lost') continue;
      expect(j.events.some((e) => e.language === 'en')).toBe(true);
      const want = local[j.destination.country];
      const last = j.events[j.events.length - 1]!;
      if (want) expect(last.language.split('-')[0]).toBe(want);
    }
  });
});
