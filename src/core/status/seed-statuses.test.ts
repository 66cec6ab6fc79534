/**
 * @module core/status/seed-statuses.test
 * The seed status list: valid, unique, consistent, and complete against the seed texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_STATUSES, type SeedFile } from './seed-statuses.js';
import { isMilestone, isOrderStatus, isReason, isStatus } from './taxonomy.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seedDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedDir);
if (!haveSeeds) console.warn(`seed-statuses: ${seedDir} not found, skipping the seed-text checks`);

const SEEDS: SeedFile[] = [
  '000_e9b6d6715188cff3.txt',
  '001_efec964e4a635d95.txt',
  '002_537525aa4ecf6813.txt',
  '003_b44010b5f7e5f10d.txt',
];
const readSeed = (seed: SeedFile): string => readFileSync(path.join(seedDir, seed), 'utf8');
const tableNames = (seed: SeedFile): string[] =>
  SEED_STATUSES.filter((s) => s.seed === seed && s.from === 'table').map((s) => s.name);

/** Lines of a "Status Description" section: one status per line, name then description. */
function nameDescriptionRows(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === 'Status Description');
  if (start < 0) return [];
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    rows.push(line.trim());
  }
  return rows;
}

/** Data rows (as cell arrays) of the `|`-table whose header row starts with `header`. */
function pipeTable(text: string, header: string): string[][] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) break;
    if (/^\|[-\s|]+$/.test(line)) continue;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('SEED_STATUSES', () => {
  it('maps every entry to values that exist in the taxonomy', () => {
    for (const s of SEED_STATUSES) {
      if (s.axis === 'order') {
        expect(isOrderStatus(s.order), s.name).toBe(true);
        expect(s.value).toBe(s.order);
        continue;
      }
      expect(isStatus(s.status), s.name).toBe(true);
      if (s.milestone !== null) expect(isMilestone(s.milestone), s.name).toBe(true);
      if (s.reason !== null) expect(isReason(s.reason), s.name).toBe(true);
      const onAxis = { status: s.status, milestone: s.milestone, reason: s.reason }[s.axis];
      expect(s.value, s.name).toBe(onAxis);
    }
  });

  it('follows the labelling rules: a reason only on problems, never a silent delivery', () => {
    for (const s of SEED_STATUSES) {
      if (s.axis === 'order') continue;
      if (s.status === 'delivered') expect(s.milestone, s.name).toBe('delivered');
      if (s.milestone === 'delivered') expect(s.status, s.name).toBe('delivered');
      if (s.status === 'exception') expect(s.reason, s.name).not.toBeNull();
      if (/\bnot\b/i.test(s.name)) expect(s.status, s.name).not.toBe('delivered');
    }
  });

  it('lists no (seed, name) pair twice', () => {
    const keys = SEED_STATUSES.map((s) => `${s.seed}\u0000${s.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives a name the same place in every seed that uses it', () => {
    const placeOf = new Map<string, string>();
    for (const s of SEED_STATUSES) {
      const place =
        s.axis === 'order' ? `order:${s.order}` : `${s.status}/${s.milestone}/${s.reason}`;
      const key = s.name.toLowerCase();
      expect(placeOf.get(key) ?? place, `${s.seed} ${s.name}`).toBe(place);
      placeOf.set(key, place);
    }
  });

  it('covers all four seeds', () => {
    for (const seed of SEEDS) {
      expect(
        SEED_STATUSES.some((s) => s.seed === seed),
        seed,
      ).toBe(true);
    }
  });

  describe.skipIf(!haveSeeds)('against the seed texts', () => {
    it('every listed name appears in its seed', () => {
      for (const s of SEED_STATUSES) expect(readSeed(s.seed), s.name).toContain(s.name);
    });

    it.each(['000_e9b6d6715188cff3.txt', '001_efec964e4a635d95.txt'] as const)(
      '%s: each row of the "Status Description" section is covered, and only those',
      (seed) => {
        const rows = nameDescriptionRows(readSeed(seed));
        expect(rows.length).toBeGreaterThan(15);
        const names = tableNames(seed);
        const used = new Set<string>();
        for (const row of rows) {
          // The longest listed name the row starts with, followed by the description's
          // capitalised first word: a longer status name ("Delivered to neighbour …") fails.
          const match = names
            .filter((n) => row.startsWith(`${n} `))
            .sort((a, b) => b.length - a.length)[0];
          expect(match, `uncovered row: ${row}`).toBeDefined();
          expect(row.slice(match!.length), row).toMatch(/^ [A-Z]/);
          used.add(match!);
        }
        expect([...used].sort()).toEqual([...names].sort());
        expect(rows.length).toBe(names.length);
      },
    );

    it('002: the "Status | What it usually means | What to do" table is covered exactly', () => {
      const seed = '002_537525aa4ecf6813.txt';
      const rows = pipeTable(readSeed(seed), 'Status');
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) expect(row).toHaveLength(3);
      expect(rows.map((r) => r[0]).sort()).toEqual(tableNames(seed).sort());
    });

    it('003: the "Logistical information" column of the untraceable-parcel table is covered', () => {
      const seed = '003_b44010b5f7e5f10d.txt';
      const [first] = pipeTable(readSeed(seed), 'Logistical information');
      const names = (first?.[0] ?? '').split('/').map((n) => n.trim());
      expect(names.length).toBeGreaterThan(1);
      expect(names.sort()).toEqual(tableNames(seed).sort());
    });
  });
});
