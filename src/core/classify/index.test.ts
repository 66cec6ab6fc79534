import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMilestone, isReason, isStatus } from '../status/taxonomy.js';
import { CODE_CONFIDENCE, classify, parseLocation } from './index.js';

describe('classify', () => {
  it('a code hit decides, with high confidence', () => {
    const got = classify({ source: 'upu', code: 'EMI', description: 'whatever the text says' });
    expect(got).toMatchObject({ status: 'delivered', milestone: 'delivered', rule: 'upu:EMI' });
    expect(got.confidence).toBe(CODE_CONFIDENCE);
  });

  it('the context supplies the source when the event does not', () => {
    expect(classify({ code: '11', description: '' }, { source: 'postnl' }).status).toBe(
      'delivered',
    );
  });

  it('a coarse code is refined by its text; a generic phrase never overrules it', () => {
    const refined = classify({ source: 'dhl', code: 'transit', description: 'Out for delivery' });
    expect(refined.status).toBe('out_for_delivery');
    expect(refined.rule).toBe('dhl:transit+text:en:out-for-delivery');
    const kept = classify({ source: 'fedex', code: 'SE', description: 'Shipment in transit' });
    expect(kept.status).toBe('exception');
    const notDelivered = classify({ source: 'dhl', code: 'transit', description: 'Delivered' });
    expect(notDelivered.status).toBe('in_transit');
  });

  it('a delivery-outcome code makes an address problem in its text a failed attempt', () => {
    const read = (code: string, description: string) => {
      const c = classify({ source: 'correios', code, description });
      return `${c.status}/${c.milestone}/${c.reason}`;
    };
    expect(read('BDE-04', 'Endereço insuficiente para entrega do objeto')).toBe(
      'failed_attempt/out_for_delivery/address_problem',
    );
    // A code that is no delivery outcome keeps the problem away from the doorstep.
    expect(read('FC', 'Endereço insuficiente para entrega do objeto')).toBe(
      'exception/null/address_problem',
    );
    expect(read('BDI-23', 'Objeto entregue ao remetente')).toBe(
      'exception/returned/returned_to_sender',
    );
    expect(read('BDI-23', 'Objeto devolvido ao remetente')).toBe(
      'exception/returning/returning_to_sender',
    );
  });

  it('a mail-centre code moves only to the arrival in the UK, and keeps its side', () => {
    const rm = (code: string, description: string) =>
      classify({ source: 'royalmail', code, description }).milestone;
    expect(rm('EVDAC', 'Your item has arrived at our Heathrow centre from abroad.')).toBe(
      'arrived_destination',
    );
    expect(rm('EVBAH', 'Item received at National Parcel Hub')).toBe('destination_facility');
    expect(rm('EVDAC', 'Processed at Heathrow Worldwide Distribution Centre')).toBe(
      'destination_facility',
    );
  });

  it('an AfterShip delivery appointment is a delivery announced for a window', () => {
    const got = classify({
      source: 'aftership',
      code: 'OutForDelivery_004',
      description: 'Delivery appointment booked for 14 Dec, 08:00-12:00',
    });
    expect(`${got.status}/${got.milestone}`).toBe('in_transit/null');
  });

  it('COMMON_INTRANSIT on pre-shipment advice is not movement', () => {
    const got = classify({
      source: 'cainiao',
      code: 'COMMON_INTRANSIT',
      description: 'Shipment information received, waiting for the parcel from the seller',
    });
    expect(got.status).toBe('info_received');
  });

  it('FedEx EA: the description decides between export approval and the trip to the airport', () => {
    expect(
      classify({ source: 'fedex', code: 'EA', description: 'Export approved' }).milestone,
    ).toBe('export_customs');
    expect(
      classify({ source: 'fedex', code: 'EA', description: 'Enroute to airport' }).milestone,
    ).not.toBe('export_customs');
    expect(classify({ source: 'fedex', code: 'EA', description: '' }).status).toBe('in_transit');
  });

  it('a failed-attempt code keeps its status when the text names a cause', () => {
    const got = classify({
      source: 'upu',
      code: 'EMH',
      description: 'Unsuccessful delivery - incorrect address',
    });
    expect(got).toMatchObject({ status: 'failed_attempt', reason: 'address_problem' });
  });

  it('a "no information" code stays unclassified unless its text places the event', () => {
    expect(
      classify({ source: '17track', code: 'NotFound', description: 'Status update' }).status,
    ).toBeNull();
    expect(
      classify({ source: 'aftership', code: 'Pending_001', description: 'Pending' }).status,
    ).toBeNull();
  });

  it('an event nothing can place is unclassified and says so', () => {
    const got = classify({ description: 'Lorem ipsum dolor' });
    expect(got).toEqual({
      status: null,
      milestone: null,
      reason: null,
      confidence: 0,
      rule: 'none',
    });
  });

  it('attaches the parsed location, and uses it to tell origin from destination', () => {
    const origin = classify({ description: 'Arrived at sorting center', location: 'SHENZHEN, CN' });
    expect(origin.milestone).toBe('origin_facility');
    expect(origin.location).toEqual(parseLocation('SHENZHEN, CN'));
    const dest = classify({ description: 'Arrived at sorting center', location: 'MADRID, ES' });
    expect(dest.milestone).toBe('destination_facility');
    const byContext = classify(
      { description: 'Arrived at sorting center', location: 'HONG KONG' },
      { destinationCountry: 'hk' },
    );
    expect(byContext.milestone).toBe('destination_facility');
  });

  it('always answers with the taxonomy or null, and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            description: fc.string({ maxLength: 60 }),
            code: fc.oneof(
              fc.string({ maxLength: 12 }),
              fc.constantFrom('EMI', 'GTMS_SIGNED', 'EA', 'I:OT', 'BDE-01'),
            ),
            source: fc.constantFrom('upu', 'cainiao', 'fedex', 'ups', 'correios', 'sim', 'x'),
            location: fc.string({ maxLength: 30 }),
            language: fc.constantFrom('en', 'zh', 'fr', 'xx', 'pt-BR'),
          },
          { requiredKeys: ['description'] },
        ),
        (raw) => {
          const got = classify(raw);
          expect(got.status === null || isStatus(got.status)).toBe(true);
          expect(got.milestone === null || isMilestone(got.milestone)).toBe(true);
          expect(got.reason === null || isReason(got.reason)).toBe(true);
          expect(got.confidence).toBeGreaterThanOrEqual(0);
          expect(got.confidence).toBeLessThanOrEqual(1);
          if (got.status === null) expect(got.rule).toBe('none');
          else expect(got.confidence).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never calls a negated delivery "delivered", whatever surrounds it (property)', () => {
    const negations = [
      'not delivered',
      'delivery attempted',
      'could not be delivered',
      'no entregado',
      'não entregue',
      'non livré',
      'nicht zugestellt',
      'non consegnato',
      'niet bezorgd',
      'nie doręczono',
      'teslim edilemedi',
      'не доставлено',
      '未妥投',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...negations),
        fc.constantFrom('', 'Parcel ', 'Item ', 'Paquete ', 'Sendung '),
        fc.constantFrom('', ' today', ' - please contact us', '.'),
        (neg, before, after) => {
          expect(classify({ description: `${before}${neg}${after}` }).status).not.toBe('delivered');
        },
      ),
      { numRuns: 200 },
    );
  });
});
