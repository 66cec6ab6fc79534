/**
 * @module store/test-helpers/targets
 * The databases the repository suite runs against: SQLite in a temp file, and PostgreSQL
 * (a fresh schema per run, dropped after) when a URL is given. Test-only (not built).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db.js';
import { newId } from '../ids.js';

export interface TestTarget {
  name: 'sqlite' | 'postgres';
  enabled: boolean;
  /** The URL another process opens to reach the same database. */
  url: string;
  /** Opens a new handle on this run's database (several handles share it). */
  open(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

export function sqliteTarget(): TestTarget {
  const dir = mkdtempSync(join(tmpdir(), 'trackline-store-'));
  const path = join(dir, 'nested', 'trackline.db');
  return {
    name: 'sqlite',
    enabled: true,
    url: `file:${path}`,
    open: () => openDatabase({ url: `file:${path}` }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function postgresTarget(url: string | undefined): TestTarget {
  const schema = `t_${newId('order')
    .slice(4)
    .replace(/[^a-z0-9]/g, '')}`;
  return {
    name: 'postgres',
    enabled: url !== undefined && url !== '',
    url: `${url ?? ''}${url?.includes('?') ? '&' : '?'}schema=${schema}`,
    open: () => openDatabase({ url: url ?? '', schema, poolMax: 4 }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
