/**
 * @module engine/ingest/test-helpers/journey-fixture
 * Test-only (not built): a realistic three-leg AliExpress journey as source results, for
 * tests and the ingest benchmark. A Cainiao-style LP number at origin with Chinese text,
 * handed over to an S10 postal number with English transit scans, handed over to a La
 * Poste last-mile number with French scans. Numbers are parameters so a benchmark can make
 * many parcels.
 */
import type { SourceEvent, SourceResult } from '../../../carriers/types.js';

export interface JourneyNumbers {
  lp: string;
  s10: string;
  lastMile: string;
}

export const JOURNEY_NUMBERS: JourneyNumbers = {
  lp: 'LP00123456789012',
  s10: 'RR123456785CN',
  lastMile: '6A12345678901',
};

type Row = [local: string, tz: string, description: string, location: string, language: string];

function events(trackingNumber: string, rows: readonly Row[]): SourceEvent[] {
  return rows.map(([local, tz, description, location, language]) => ({
    trackingNumber,
    time: tz.startsWith('+') || tz.startsWith('-') ? { local, offset: tz } : { local, zone: tz },
    description,
    location,
    language,
  }));
}

/** The origin leg (Chinese text, +08:00), newest first as sources send it. */
export function originResult(n: JourneyNumbers = JOURNEY_NUMBERS): SourceResult {
  return {
    trackingNumber: n.lp,
    carrierId: 'cainiao',
    originCountry: 'CN',
    destinationCountry: 'FR',
    links: [],
    events: events(n.lp, [
      [
        '2026-03-03 20:00:00',
        '+08:00',
        `【深圳】已交航空公司，转单号：${n.s10}`,
        'Shenzhen, CN',
        'zh-CN',
      ],
      ['2026-03-02 08:00:00', '+08:00', '已到达【深圳国际分拨中心】', 'Shenzhen, CN', 'zh-CN'],
      ['2026-03-01 10:00:00', '+08:00', '【深圳市】已揽收', 'Shenzhen, CN', 'zh-CN'],
    ]),
  };
}

/** The international leg (English), ending with the hand-off to La Poste. */
export function transitResult(n: JourneyNumbers = JOURNEY_NUMBERS): SourceResult {
  return {
    trackingNumber: n.s10,
    carrierId: 'china-post',
    links: [],
    events: events(n.s10, [
      [
        '2026-03-07 07:00:00',
        'Europe/Paris',
        `Handed over to La Poste with tracking number ${n.lastMile}`,
        'Roissy, FR',
        'en',
      ],
      [
        '2026-03-06 15:00:00',
        'Europe/Paris',
        'Import customs clearance complete',
        'Roissy, FR',
        'en',
      ],
      ['2026-03-06 09:00:00', 'Europe/Paris', 'Arrived at destination country', 'Paris, FR', 'en'],
      ['2026-03-04 22:00:00', '+08:00', 'Flight departed', 'Shenzhen, CN', 'en'],
      ['2026-03-04 02:00:00', '+08:00', 'Export customs clearance complete', 'Shenzhen, CN', 'en'],
    ]),
  };
}

/** The last-mile leg (French), delivered; one scan no rule can place. */
export function lastMileResult(
  n: JourneyNumbers = JOURNEY_NUMBERS,
  opts: { delivered?: boolean } = {},
): SourceResult {
  const rows: Row[] = [
    [
      '2026-03-09 08:00:00',
      'Europe/Paris',
      'Votre colis est en cours de livraison',
      'Lyon, FR',
      'fr',
    ],
    ['2026-03-08 11:00:00', 'Europe/Paris', 'Xq zzv 42 blorp', 'Lyon, FR', 'fr'],
    [
      '2026-03-08 06:30:00',
      'Europe/Paris',
      'Votre colis est arrivé sur son site de distribution',
      'Lyon, FR',
      'fr',
    ],
  ];
  if (opts.delivered !== false) {
    rows.unshift([
      '2026-03-09 12:00:00',
      'Europe/Paris',
      'Votre colis est livré',
      'Lyon, FR',
      'fr',
    ]);
  }
  return {
    trackingNumber: n.lastMile,
    carrierId: 'la-poste',
    links: [],
    events: events(n.lastMile, rows),
  };
}
