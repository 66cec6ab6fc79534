/**
 * @module store/migrations/migrations.test
 * Migration names are dated (`YYYY-MM-DD-NNNN-name`), real dates, unique, and listed in
 * the order Kysely will run them (name order).
 */
import { describe, expect, it } from 'vitest';
import { MIGRATION_NAME } from '../migrate.js';
import { MIGRATIONS } from './index.js';

describe('migrations list', () => {
  const names = Object.keys(MIGRATIONS);

  it('is not empty and every name is dated YYYY-MM-DD-NNNN-name', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(MIGRATION_NAME);
      const day = name.slice(0, 10);
      expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    }
  });

  it('is listed in run order with unique sequence numbers', () => {
    expect([...names].sort()).toEqual(names);
    const seq = names.map((n) => n.slice(0, 15));
    expect(new Set(seq).size).toBe(seq.length);
  });

  it('gives every migration an up function', () => {
    for (const migration of Object.values(MIGRATIONS)) expect(typeof migration.up).toBe('function');
  });

  it('rejects undated names', () => {
    expect('init').not.toMatch(MIGRATION_NAME);
    expect('2026-11-21-init').not.toMatch(MIGRATION_NAME);
    expect('2026-11-21-1-init').not.toMatch(MIGRATION_NAME);
  });
});
