import { describe, expect, it } from 'vitest';
import { isMilestone, isReason, isStatus } from '../../status/taxonomy.js';
import type { CodeTable } from '../label.js';
import {
  AFTERSHIP_CODES,
  CAINIAO_CODES,
  CORREIOS_CODES,
  DHL_CODES,
  FEDEX_CODES,
  LAPOSTE_CODES,
  lookupCode,
  POSTNL_CODES,
  ROYALMAIL_CODES,
  SEVENTEEN_TRACK_CODES,
  UPS_CODES,
  UPU_CODES,
  USPS_CODES,
} from './index.js';

const TABLES: Record<string, CodeTable> = {
  upu: UPU_CODES,
  cainiao: CAINIAO_CODES,
  '17track': SEVENTEEN_TRACK_CODES,
  aftership: AFTERSHIP_CODES,
  dhl: DHL_CODES,
  ups: UPS_CODES,
  fedex: FEDEX_CODES,
  usps: USPS_CODES,
  laposte: LAPOSTE_CODES,
  correios: CORREIOS_CODES,
  postnl: POSTNL_CODES,
  royalmail: ROYALMAIL_CODES,
};

const label = (source: string, code: string) => {
  const hit = lookupCode(code, source);
  return hit && [hit.entry.status, hit.entry.milestone, hit.entry.reason];
};

describe('code tables', () => {
  for (const [source, table] of Object.entries(TABLES)) {
    it(`${source}: every entry uses the taxonomy, has a gloss, and is found by lookup`, () => {
      const entries = Object.entries(table);
      expect(entries.length).toBeGreaterThan(4);
      for (const [code, entry] of entries) {
        expect(isStatus(entry.status), `${source}:${code}`).toBe(true);
        expect(entry.milestone === null || isMilestone(entry.milestone)).toBe(true);
        expect(entry.reason === null || isReason(entry.reason)).toBe(true);
        expect(entry.gloss.length).toBeGreaterThan(2);
        for (const s of entry.refine ?? []) expect(isStatus(s)).toBe(true);
        expect(lookupCode(code, source)?.entry).toBe(entry);
      }
    });
  }

  it('never labels an event "pending" (docs/labeling.md)', () => {
    for (const table of Object.values(TABLES)) {
      for (const entry of Object.values(table)) expect(entry.status).not.toBe('pending');
    }
  });

  it('UPU EDI events follow the labelling table', () => {
    expect(label('upu', 'EMA')).toEqual(['in_transit', 'picked_up', null]);
    expect(label('upu', 'EXB')).toEqual(['exception', 'export_customs', 'customs_held']);
    expect(label('upu', 'EXC')).toEqual(['in_transit', 'export_customs', null]);
    expect(label('upu', 'EMC')).toEqual(['in_transit', 'departed_origin', null]);
    expect(label('upu', 'EMD')).toEqual(['in_transit', 'arrived_destination', null]);
    expect(label('upu', 'EME')).toEqual(['exception', 'import_customs', 'customs_held']);
    expect(label('upu', 'EDC')).toEqual(['in_transit', 'customs_released', null]);
    expect(label('upu', 'EMG')).toEqual(['in_transit', 'destination_facility', null]);
    expect(label('upu', 'EDH')).toEqual(['available_for_pickup', 'pickup_point', null]);
    expect(label('upu', 'EMH')).toEqual(['failed_attempt', 'out_for_delivery', null]);
    expect(label('upu', 'EMI')).toEqual(['delivered', 'delivered', null]);
    expect(label('upu', 'EXX')).toEqual(['exception', null, 'cancelled']);
    expect(label('upu', 'EDX')).toEqual(['exception', null, 'cancelled']);
  });

  it('Cainiao traps: a station signature is not a delivery; GTMS_SIGNED is', () => {
    expect(label('cainiao', 'GTMS_STA_SIGNED')).toEqual([
      'available_for_pickup',
      'pickup_point',
      null,
    ]);
    expect(label('cainiao', 'GTMS_SIGNED')).toEqual(['delivered', 'delivered', null]);
    expect(label('cainiao', 'CUS_TAX')).toEqual([
      'exception',
      'import_customs',
      'customs_payment_due',
    ]);
    expect(lookupCode('COMMON_INTRANSIT', 'cainiao')?.entry.refine).toContain('info_received');
  });

  it('other sources: a few anchors each', () => {
    expect(label('17track', 'InTransit_CustomsReleased')).toEqual([
      'in_transit',
      'customs_released',
      null,
    ]);
    expect(label('17track', 'Exception_Returned')).toEqual([
      'exception',
      'returned',
      'returned_to_sender',
    ]);
    expect(label('aftership', 'Exception_006')).toEqual([
      'exception',
      'import_customs',
      'customs_payment_due',
    ]);
    expect(label('aftership', 'AttemptFail_003')).toEqual([
      'failed_attempt',
      'out_for_delivery',
      'business_closed',
    ]);
    expect(label('dhl', 'pre-transit')).toEqual(['info_received', 'label_created', null]);
    expect(label('ups', 'I:OT')).toEqual(['out_for_delivery', 'out_for_delivery', null]);
    expect(label('ups', 'D:FS')).toEqual(['delivered', 'delivered', null]);
    expect(label('fedex', 'HP')).toEqual(['available_for_pickup', 'pickup_point', null]);
    expect(label('usps', '02')).toEqual(['failed_attempt', 'out_for_delivery', null]);
    expect(label('laposte', 'DI2')).toEqual(['exception', 'returned', 'returned_to_sender']);
    expect(label('correios', 'BDE-01')).toEqual(['delivered', 'delivered', null]);
    expect(label('postnl', '12')).toEqual(['available_for_pickup', 'pickup_point', null]);
    expect(label('royalmail', 'EVKLC')).toEqual(['available_for_pickup', 'pickup_point', null]);
  });

  it('FedEx EA is ambiguous and defers to the text', () => {
    expect(lookupCode('EA', 'fedex')?.entry.defer).toBe(true);
  });

  it('normalises code spellings per source', () => {
    expect(lookupCode('i/ot', 'ups')?.rule).toBe('ups:i/ot');
    expect(label('ups', 'I OT')).toEqual(label('ups', 'I:OT'));
    expect(label('ups', 'OT')).toEqual(label('ups', 'I:OT'));
    expect(label('ups', 'I:ZZ')).toEqual(label('ups', 'I'));
    expect(label('correios', 'BDE 1')).toEqual(label('correios', 'BDE-01'));
    expect(label('correios', 'BDE/01')).toEqual(label('correios', 'BDE-01'));
    expect(label('usps', '1')).toEqual(label('usps', '01'));
    expect(label('postnl', '011')).toEqual(label('postnl', '11'));
    expect(label('upu', 'emi')).toEqual(label('upu', 'EMI'));
  });

  it('finds the table from the source, then the carrier, then the code shape', () => {
    expect(lookupCode('EMI')?.rule).toBe('upu:EMI');
    expect(lookupCode('GTMS_SIGNED')?.rule).toBe('cainiao:GTMS_SIGNED');
    expect(lookupCode('Exception_006')?.rule).toBe('aftership:Exception_006');
    expect(lookupCode('InTransit_PickedUp')?.rule).toBe('17track:InTransit_PickedUp');
    expect(lookupCode('DL', undefined, 'fedex')?.rule).toBe('fedex:DL');
    expect(lookupCode('11', 'PostNL')?.entry.status).toBe('delivered');
    expect(lookupCode('11', 'usps')?.entry.status).toBe('exception');
    // A numeric code without a source names no table.
    expect(lookupCode('11')).toBeUndefined();
    expect(lookupCode('NOPE_NOT_A_CODE', 'cainiao')).toBeUndefined();
    expect(lookupCode('  ', 'upu')).toBeUndefined();
  });
});
