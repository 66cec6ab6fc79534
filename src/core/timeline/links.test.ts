import { describe, expect, it } from 'vitest';
import { getCarrier } from '../numbers/registry.js';
import { CARRIER_HINTS, carrierHint, findLinkRequests, numbersInText } from './links.js';
import { merge } from './merge.js';
import { ev } from './testing.js';

describe('numbersInText', () => {
  it.each([
    [
      'en (Cainiao last mile)',
      '[Paris] Handed over to La Poste with tracking number 6A12345678901',
      '6A12345678901',
    ],
    ['en', 'New tracking number: RB123456789CN', 'RB123456789CN'],
    ['en, "is"', 'The last mile tracking number is 1Z999AA10123456784', '1Z999AA10123456784'],
    ['zh', '已转运，转单号：LX123456789CN', 'LX123456789CN'],
    ['zh', '新单号 UJ123456789NL', 'UJ123456789NL'],
    ['pt', 'Objeto encaminhado, número de rastreio NL123456789BR', 'NL123456789BR'],
    ['pt', 'Novo código de rastreamento: AA123456789BR', 'AA123456789BR'],
    [
      'es',
      'Entregado a Correos con número de seguimiento PQ4F6P0703946670128001K',
      'PQ4F6P0703946670128001K',
    ],
    ['fr', 'Confié à Colissimo, numéro de suivi 6A12345678901', '6A12345678901'],
    ['ru', 'Передано в Почту России, номер отслеживания RR123456785RU', 'RR123456785RU'],
    ['ru', 'Новый трек-номер: LP00123456789012', 'LP00123456789012'],
    ['de', 'Übergabe an DHL Paket, Sendungsnummer 00340434161094042557', '00340434161094042557'],
    ['pl', 'Przekazano do Poczty Polskiej, numer przesyłki PX1234567890', 'PX1234567890'],
    ['it', 'Affidato a Poste Italiane, codice di tracciamento RA123456789IT', 'RA123456789IT'],
    ['nl', 'Overgedragen aan PostNL, zendingnummer 3SABCD1234567', '3SABCD1234567'],
    ['tr', 'PTT takip numarası: RR123456789TR', 'RR123456789TR'],
    ['spaced and dashed', 'tracking number: 1Z 999 AA1 0123 4567 84', '1Z999AA10123456784'],
  ])('finds the number in %s', (_lang, text, number) => {
    expect(numbersInText(text)).toEqual([number]);
  });

  it.each([
    'Tracking number is being generated',
    'Arrived at sorting center',
    'Please check the tracking number and try again',
    'Delivered to 12 Rue de la Paix',
  ])('finds none in %j', (text) => {
    expect(numbersInText(text)).toEqual([]);
  });

  it('stops before a carrier name that follows the number', () => {
    expect(numbersInText('tracking number RB123456789CN to La Poste')).toEqual(['RB123456789CN']);
  });
});

describe('carrierHint', () => {
  it.each([
    ['Handed over to La Poste', 'la-poste'],
    ['Entregado a Correos', 'correos'],
    ['Encaminhado para os Correios', 'correios'],
    ['Handed to USPS', 'usps'],
    ['Sent with PostNL', 'postnl'],
    ['Royal Mail will deliver', 'royal-mail'],
    ['Übergabe an DHL Paket', 'dhl-paket'],
    ['Deutsche Post Warenpost', 'deutsche-post'],
    ['Przekazano do Poczta Polska', 'poczta-polska'],
    ['Przekazano do Poczty Polskiej', 'poczta-polska'],
    ['Paczkomat InPost', 'inpost'],
    ['GLS parcel shop', 'gls'],
    ['DPD Predict', 'dpd'],
    ['Передано в Почту России', 'russian-post'],
  ])('%s → %s', (text, id) => {
    expect(carrierHint(text)).toBe(id);
  });

  it('gives nothing when no carrier is named', () => {
    expect(carrierHint('Handed over to the local carrier')).toBeUndefined();
  });
});

describe('findLinkRequests', () => {
  it('yields a link request with the carrier and the event key', () => {
    const tl = merge([
      ev({
        time: '2024-03-12 09:00',
        text: 'Handed over to La Poste with tracking number 6A12345678901',
        status: 'in_transit',
        milestone: 'handed_to_last_mile',
      }),
    ]);
    expect(findLinkRequests(tl)).toEqual([
      { number: '6A12345678901', carrierHint: 'la-poste', fromEventKey: tl[0]?.key },
    ]);
  });

  it("excludes the reporting leg's own number and asks for each number once", () => {
    const tl = merge([
      ev({
        leg: 'RB123456789CN',
        time: '2024-03-05 09:00',
        text: 'Tracking number RB123456789CN registered',
        status: 'info_received',
        milestone: 'label_created',
      }),
      ev({
        leg: 'LP00012345678CN',
        time: '2024-03-12 09:00',
        text: 'New tracking number: RB123456789CN',
        status: 'in_transit',
        milestone: 'handed_to_last_mile',
      }),
      ev({
        leg: 'LP00012345678CN',
        time: '2024-03-13 09:00',
        text: 'Tracking number: RB123456789CN',
        status: 'in_transit',
        milestone: 'destination_facility',
      }),
    ]);
    const requests = findLinkRequests(tl);
    expect(requests.map((r) => r.number)).toEqual(['RB123456789CN']);
    expect(requests[0]?.fromEventKey).toBe(tl[1]?.key);
    expect(requests[0]?.carrierHint).toBeUndefined();
  });

  it('reads every reporter of a merged event', () => {
    const tl = merge([
      ev({
        leg: 'LP1',
        source: 'cainiao',
        time: '2024-03-12 09:00',
        text: 'Handed over to last mile carrier',
        status: 'in_transit',
        milestone: 'handed_to_last_mile',
        place: 'Paris, FR',
      }),
      ev({
        leg: 'RB2',
        source: '17track',
        time: '2024-03-12 09:01',
        text: 'Handed over to last mile carrier, numéro de suivi 6A99999999999',
        status: 'in_transit',
        milestone: 'handed_to_last_mile',
        place: 'Paris, FR',
      }),
    ]);
    expect(tl).toHaveLength(1);
    expect(findLinkRequests(tl).map((r) => r.number)).toEqual(['6A99999999999']);
  });
});

describe('carrier hints', () => {
  it('name only carriers the registry knows', () => {
    for (const [, id] of CARRIER_HINTS) expect(getCarrier(id), id).toBeDefined();
  });
});
