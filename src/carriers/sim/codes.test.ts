import { describe, expect, it } from 'vitest';
import { MILESTONES, REASONS, STATUSES } from '../../core/status/taxonomy.js';
import { SIM_CODES } from './codes.js';

describe('SIM_CODES', () => {
  it('labels every code with names from the taxonomy', () => {
    for (const [code, entry] of Object.entries(SIM_CODES)) {
      expect(STATUSES, code).toContain(entry.status);
      if (entry.milestone !== null) expect(MILESTONES, code).toContain(entry.milestone);
      if (entry.reason !== null) expect(REASONS, code).toContain(entry.reason);
      expect(entry.gloss.length, code).toBeGreaterThan(3);
    }
  });

  it('follows docs/labeling.md on the codes that matter most', () => {
    expect(SIM_CODES['GWMS_ACCEPT']?.status).toBe('info_received');
    expect(SIM_CODES['EMI']?.status).toBe('delivered');
    expect(SIM_CODES['EDH']?.status).toBe('available_for_pickup');
    expect(SIM_CODES['EME']?.reason).toBe('customs_held');
    expect(SIM_CODES['CUS_TAX']?.reason).toBe('customs_payment_due');
    expect(SIM_CODES['GTMS_ACCEPT']?.milestone).toBe('handed_to_last_mile');
    // Only real deliveries say delivered: a pickup-point arrival or an attempt never does.
    const delivered = Object.entries(SIM_CODES)
      .filter(([, e]) => e.status === 'delivered')
      .map(([c]) => c);
    expect(delivered.sort()).toEqual(['01', '11', '22', 'DI1', 'EMI', 'OK', 'delivered'].sort());
  });
});
