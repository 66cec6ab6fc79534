import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { EXAMPLES } from './formats/examples.js';
import { computeS10CheckDigit } from './formats/s10.js';
import { CARRIERS, carrierForS10Country, getCarrier } from './registry.js';
import { hasValidChecksum, matchFormats } from './validate.js';

const s10 = (si: string, serial: string, cc: string) =>
  si + serial + computeS10CheckDigit(serial) + cc;
const ids = (n: string) => detect(n).map((c) => c.carrierId);

describe('detect: S10 issuers', () => {
  it.each([
    ['RB123456785GB', 'royal-mail', 'Registered letter'],
    ['LP176445020CN', 'china-post', 'ePacket'],
    ['RR287043775IN', 'india-post', 'Registered letter'],
    ['EA324101041HK', 'hongkong-post', 'EMS'],
    ['CP404601236BD', 'bangladesh-post', 'Parcel post'],
    [s10('EA', '12345678', 'CN'), 'china-ems', 'EMS'],
    [s10('CA', '12345678', 'FR'), 'colissimo', 'Parcel post'],
    [s10('EA', '12345678', 'FR'), 'chronopost', 'EMS'],
    [s10('RA', '12345678', 'US'), 'usps', 'Registered letter'],
    [s10('HA', '12345678', 'NL'), 'postnl', 'E-commerce parcel'],
  ])('%s → %s', (n, carrierId, service) => {
    const [top] = detect(n);
    expect(top).toMatchObject({ carrierId, service, checksum: 'valid', country: n.slice(11) });
    expect(top!.carrierName).toBe(getCarrier(carrierId)!.name);
  });

  it('sends GB EA–EE and CP to Parcelforce, other GB indicators to Royal Mail', () => {
    for (const si of ['EA', 'EB', 'EC', 'ED', 'EE', 'CP']) {
      expect(ids(s10(si, '20481234', 'GB'))[0], si).toBe('parcelforce');
    }
    for (const si of ['EF', 'CA', 'RR', 'LX']) {
      expect(ids(s10(si, '20481234', 'GB'))[0], si).toBe('royal-mail');
    }
  });

  it('reads suffix YP as Yanwen, not as a country', () => {
    const n = s10('UG', '12345678', 'YP');
    const c = detect(n);
    expect(c[0]).toMatchObject({ carrierId: 'yanwen', checksum: 'valid' });
    expect(c.map((x) => x.country)).not.toContain('YP');
  });

  it('lists an unknown suffix as an S10-shaped number from an unknown issuer, low', () => {
    const c = detect(s10('RR', '12345678', 'XQ'));
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ carrierId: 'unknown-postal', checksum: 'valid' });
    expect(c[0]!.confidence).toBeLessThan(detect('RB123456785GB')[0]!.confidence);
  });

  it('resolves every registry S10 country to its operator (or a national split)', () => {
    const splits: Record<string, string[]> = {
      CN: ['china-post', 'china-ems'],
      GB: ['royal-mail', 'parcelforce'],
      FR: ['la-poste', 'colissimo', 'chronopost'],
      DE: ['deutsche-post', 'dhl-paket'],
    };
    for (const c of CARRIERS) {
      if (c.s10Country === null) continue;
      expect(carrierForS10Country(c.s10Country)?.id).toBe(c.id);
      const top = detect(s10('RR', '31415926', c.s10Country))[0];
      expect(splits[c.s10Country] ?? [c.id], c.s10Country).toContain(top?.carrierId);
    }
  });

  it('does not read reserved indicators JA–KZ as S10', () => {
    expect(ids(s10('JA', '12345678', 'GB'))).toEqual([]);
    expect(ids(s10('KZ', '12345678', 'GB'))).toEqual([]);
  });
});

describe('detect: collisions give several honest candidates', () => {
  it('20 digits: USPS, Poczta Polska (and SSCC readings) — never one guess', () => {
    const c = ids('03071790000523483741');
    expect(c).toEqual(expect.arrayContaining(['usps', 'poczta-polska']));
    const sscc = ids('00340434292135100148');
    expect(sscc[0]).toBe('dhl-paket');
    expect(sscc.length).toBeGreaterThanOrEqual(3);
  });

  it('12 digits: FedEx Express and J&T by country prefix', () => {
    const c = detect('821123456789');
    expect(c.map((x) => x.carrierId)).toEqual(expect.arrayContaining(['fedex', 'jt-express']));
    expect(c.find((x) => x.carrierId === 'jt-express')?.country).toBe('TH');
  });

  it('LP + 13 digits + CN: 4PX and Cainiao both listed', () => {
    expect(ids('LP1234567890123CN')).toEqual(['4px', 'cainiao']);
  });

  it('LP + 14 digits: Cainiao', () => {
    expect(detect('LP00123456789012')[0]).toMatchObject({ carrierId: 'cainiao', checksum: 'none' });
  });

  it('13 characters 2+11: Colissimo and La Poste readings of the generic shape', () => {
    expect(ids('1Z00050675661')).toEqual(['colissimo', 'la-poste']);
  });

  it('a valid checksum outranks an invalid one, and the invalid one stays listed', () => {
    // 821… fails FedEx's check here; J&T has no check, so it comes first, FedEx still listed.
    const bad = detect('821123456780');
    const fedex = bad.find((x) => x.carrierId === 'fedex');
    expect(fedex?.checksum).toBe('invalid');
    expect(bad[0]!.carrierId).toBe('jt-express');
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(EXAMPLES).flatMap((e) => e.valid)), (n) => {
        const c = detect(n);
        const worstValid = Math.min(
          ...c.filter((x) => x.checksum === 'valid').map((x) => x.confidence),
        );
        const bestInvalid = Math.max(
          ...c.filter((x) => x.checksum === 'invalid').map((x) => x.confidence),
        );
        if (Number.isFinite(worstValid) && Number.isFinite(bestInvalid)) {
          expect(worstValid).toBeGreaterThan(bestInvalid);
        }
      }),
    );
  });
});

describe('detect: invariants over arbitrary input', () => {
  const alnum = fc
    .array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'), { maxLength: 40 })
    .map((a) => a.join(''));
  const pick = fc.constantFrom(
    ...Object.values(EXAMPLES).flatMap((e) => [...e.valid, ...e.invalid]),
  );

  it('is sorted, deduplicated per carrier+service, in [0,1], with registry names', () => {
    fc.assert(
      fc.property(fc.oneof(alnum, pick), (n) => {
        const c = detect(n);
        const keys = new Set<string>();
        for (let i = 0; i < c.length; i++) {
          const x = c[i]!;
          if (i > 0) expect(c[i - 1]!.confidence).toBeGreaterThanOrEqual(x.confidence);
          expect(x.confidence).toBeGreaterThanOrEqual(0);
          expect(x.confidence).toBeLessThanOrEqual(1);
          expect(x.carrierName).toBe(getCarrier(x.carrierId)?.name);
          const key = `${x.carrierId}|${x.service ?? ''}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('hasValidChecksum agrees with matchFormats', () => {
    fc.assert(
      fc.property(fc.oneof(alnum, pick), (n) => {
        const any = matchFormats(n).some((m) => m.checksum === 'valid');
        expect(hasValidChecksum(n)).toBe(any);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in empty or junk input', () => {
    expect(detect('')).toEqual([]);
    expect(detect('HELLO')).toEqual([]);
    expect(detect('X'.repeat(200))).toEqual([]);
  });
});
