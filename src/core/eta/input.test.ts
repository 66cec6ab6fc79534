import { describe, expect, it } from 'vitest';
import { estimate } from './estimate.js';
import { etaInputOf } from './input.js';

describe('etaInputOf', () => {
  it('maps a derived state and the shipment row, dropping nulls', () => {
    const input = etaInputOf(
      {
        status: 'in_transit',
        milestonesReached: [{ milestone: 'departed_origin', at: '2026-04-01T00:00:00Z' }],
      },
      { service: 'ePacket', destinationCountry: 'US', lastMileCarrier: null, shippedAt: null },
    );
    expect(input).toEqual({
      status: 'in_transit',
      milestonesReached: [{ milestone: 'departed_origin', at: '2026-04-01T00:00:00Z' }],
      service: 'ePacket',
      destinationCountry: 'US',
    });
    const est = estimate(input, null, '2026-04-03T00:00:00Z');
    expect(est?.basis.params['service']).toBe('epacket');
    expect(est?.basis.from).toBe('departed_origin');
  });
});
