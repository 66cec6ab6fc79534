/**
 * @module store/db.test
 * Dialect choice from the URL, SQLite file setup (folder created, WAL, foreign keys) and
 * prefixed ids.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { isPostgresUrl, openDatabase, sqlitePathFromUrl } from './db.js';
import { parsePostgresUrl } from './dialects/postgres.js';
import { DEFAULT_SQLITE_PATH } from './dialects/sqlite.js';
import { isId, newId } from './ids.js';

describe('openDatabase target', () => {
  it('sends postgres:// and postgresql:// URLs to PostgreSQL, everything else to SQLite', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h:5432/db')).toBe(true);
    expect(isPostgresUrl('PostgreSQL://u@h/db')).toBe(true);
    expect(isPostgresUrl('file:./x.db')).toBe(false);
    expect(isPostgresUrl('./data/postgres.db')).toBe(false);
    expect(isPostgresUrl('')).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });

  it('reads SQLite paths from file: URLs, plain paths and empty', () => {
    expect(sqlitePathFromUrl('')).toBe(DEFAULT_SQLITE_PATH);
    expect(sqlitePathFromUrl(undefined)).toBe('./data/trackline.db');
    expect(sqlitePathFromUrl('file:./a/b.db')).toBe('./a/b.db');
    expect(sqlitePathFromUrl('file:///var/lib/t%20l.db')).toBe('/var/lib/t l.db');
    expect(sqlitePathFromUrl('/tmp/x.db')).toBe('/tmp/x.db');
    expect(sqlitePathFromUrl('sqlite:///srv/t.db')).toBe('/srv/t.db');
    expect(sqlitePathFromUrl('file:')).toBe(DEFAULT_SQLITE_PATH);
  });

  it('splits ?schema= off a PostgreSQL URL and hides the password', () => {
    const parsed = parsePostgresUrl('postgres://me:secret@db:5432/track?schema=tl&sslmode=disable');
    expect(parsed.schema).toBe('tl');
    expect(parsed.connectionString).toBe('postgres://me:secret@db:5432/track?sslmode=disable');
    expect(parsed.display).not.toContain('secret');
  });

  it('refuses an unsafe schema name before connecting', async () => {
    await expect(
      openDatabase({ url: 'postgres://x@127.0.0.1:1/db', schema: 'a"; drop' }),
    ).rejects.toThrow(/invalid PostgreSQL schema/);
  });
});

describe('SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its folder on first start and turns on WAL, foreign keys and a busy timeout', async () => {
    const path = join(dir, 'deep', 'er', 'trackline.db');
    const handle = await openDatabase({ sqlitePath: path });
    try {
      expect(handle.dialect).toBe('sqlite');
      expect(existsSync(path)).toBe(true);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(handle.db);
      expect(busy.rows[0]?.timeout).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});

describe('ids', () => {
  it('are prefixed, well-formed and sort by creation time', () => {
    const a = newId('shipment', 1_700_000_000_000);
    const b = newId('shipment', 1_700_000_000_001);
    expect(a).toMatch(/^shp_[0-9a-z]{26}$/);
    expect(isId('shipment', a)).toBe(true);
    expect(isId('event', a)).toBe(false);
    expect(a < b).toBe(true);
    expect(newId('event')).toMatch(/^evt_/);
    expect(newId('order')).toMatch(/^ord_/);
    expect(newId('leg')).toMatch(/^leg_/);
    const many = new Set(Array.from({ length: 1000 }, () => newId('event', 1)));
    expect(many.size).toBe(1000);
  });

  it('count up within one millisecond, so new rows append to the primary-key index', () => {
    const same = Array.from({ length: 5000 }, () => newId('event', 1_800_000_000_000));
    for (let i = 1; i < same.length; i++) expect(same[i]! > same[i - 1]!).toBe(true);
    for (const id of same) expect(isId('event', id)).toBe(true);
    // A new millisecond starts from fresh random bits, still after the previous one.
    const next = newId('event', 1_800_000_000_001);
    expect(next > same[same.length - 1]!).toBe(true);
    expect(next.slice(14)).not.toBe(same[0]!.slice(14));
  });
});
