import { describe, expect, it } from 'vitest';
import carriersJson from '../../../data/carriers.json' with { type: 'json' };
import { FORMATS } from './formats/all.js';
import { EXAMPLES } from './formats/examples.js';
import {
  CARRIERS,
  carrierForS10Country,
  getCarrier,
  parseCarriers,
  trackingUrlFor,
} from './registry.js';
import { matchFormats } from './validate.js';

const REQUIRED = [
  'cainiao',
  'china-post',
  'china-ems',
  'yunexpress',
  'yanwen',
  '4px',
  'sunyou',
  'jt-express',
  'dhl-express',
  'dhl-ecommerce',
  'dhl-paket',
  'deutsche-post',
  'ups',
  'fedex',
  'usps',
  'la-poste',
  'colissimo',
  'chronopost',
  'royal-mail',
  'parcelforce',
  'correos',
  'correios',
  'poczta-polska',
  'inpost',
  'postnl',
  'canada-post',
  'australia-post',
  'russian-post',
  'gls',
  'dpd',
  'bpost',
  'swiss-post',
  'postnord-se',
  'postnord-dk',
  'japan-post',
  'korea-post',
  'singapore-post',
  'hongkong-post',
  'poste-italiane',
];

describe('carrier registry', () => {
  it('holds at least 45 carriers including every required one', () => {
    expect(CARRIERS.length).toBeGreaterThanOrEqual(45);
    for (const id of REQUIRED) expect(getCarrier(id)?.id, id).toBe(id);
  });

  it('has ≥3 valid and ≥3 invalid test examples for every format a carrier references', () => {
    const referenced = new Set(CARRIERS.flatMap((c) => c.formats));
    // Every format family is used by some carrier, so this covers them all.
    expect([...referenced].sort()).toEqual(FORMATS.map((f) => f.id).sort());
    for (const id of referenced) {
      const ex = EXAMPLES[id];
      expect(ex, `examples for ${id}`).toBeDefined();
      expect(ex!.valid.length, `valid examples for ${id}`).toBeGreaterThanOrEqual(3);
      expect(ex!.invalid.length, `invalid examples for ${id}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('only points readings at carriers it knows, and each carrier lists the format', () => {
    for (const ex of Object.values(EXAMPLES)) {
      for (const n of [...ex.valid, ...ex.invalid]) {
        for (const m of matchFormats(n)) {
          const c = getCarrier(m.carrierId);
          expect(c, `${n} → ${m.carrierId}`).toBeDefined();
          expect(c!.formats, `${m.carrierId} should list ${m.formatId}`).toContain(m.formatId);
        }
      }
    }
  });

  it('marks only the unknown-issuer entry as a placeholder, and includes aggregators', () => {
    expect(CARRIERS.filter((c) => c.placeholder).map((c) => c.id)).toEqual(['unknown-postal']);
    expect(CARRIERS.filter((c) => c.kind === 'aggregator').length).toBeGreaterThanOrEqual(2);
  });

  it('maps S10 countries to their designated operator', () => {
    expect(carrierForS10Country('GB')?.id).toBe('royal-mail');
    expect(carrierForS10Country('cn')?.id).toBe('china-post');
    expect(carrierForS10Country('FR')?.id).toBe('la-poste');
    expect(carrierForS10Country('SE')?.id).toBe('postnord-se');
    expect(carrierForS10Country('XX')).toBeUndefined();
    for (const c of CARRIERS) {
      if (c.s10Country !== null) {
        expect(c.kind).toBe('postal_operator');
        expect(c.formats).toContain('s10');
      }
    }
  });

  it('gives every carrier an https website and a tracking link consistent with its flag', () => {
    for (const c of CARRIERS) {
      expect(c.website, c.id).toMatch(/^https:\/\//);
      expect(c.trackingUrl, c.id).toMatch(/^https:\/\//);
      expect(c.trackingUrl.includes('{number}'), c.id).toBe(c.trackingUrlHasNumber);
    }
    expect(trackingUrlFor(getCarrier('usps')!, '9400111206206406260787')).toBe(
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206206406260787',
    );
    const correios = getCarrier('correios')!;
    expect(trackingUrlFor(correios, 'RB123456785BR')).toBe(correios.trackingUrl);
  });

  it('refuses a duplicate id, an unknown format, a bad kind and two operators per S10 country', () => {
    const base = carriersJson as unknown[];
    const first = base[0] as Record<string, unknown>;
    expect(() => parseCarriers([...base, first])).toThrow(/duplicate carrier id/);
    expect(() => parseCarriers([{ ...first, id: 'x-new', formats: ['no-such-format'] }])).toThrow(
      /does not exist/,
    );
    expect(() => parseCarriers([{ ...first, kind: 'airline' }])).toThrow(/unknown kind/);
    const gb = base.find((c) => (c as { s10Country: unknown }).s10Country === 'GB') as object;
    expect(() => parseCarriers([...base, { ...gb, id: 'second-gb' }])).toThrow(/S10 country GB/);
    expect(() => parseCarriers({})).toThrow(/array/);
    expect(() => parseCarriers([{ ...first, id: 'Bad Id' }])).toThrow(/kebab-case/);
  });
});
