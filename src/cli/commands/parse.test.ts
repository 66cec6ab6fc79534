/**
 * @module cli/commands/parse.test
 * `trackline parse` on the simulator and Cainiao fixtures, stdin, and its error exits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { sources } from '../../carriers/index.js';
import { type CliContext, memoryIO } from '../context.js';
import { createParseCommand, type ParseJson } from './parse.js';

const SIM = fileURLToPath(new URL('../../carriers/sim/fixtures/', import.meta.url));
const CAINIAO = fileURLToPath(new URL('../../carriers/cainiao/fixtures/', import.meta.url));
const NOW = Date.parse('2026-03-01T00:00:00Z');

async function run(args: string[], stdin = '') {
  const io = memoryIO(stdin);
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('trackline');
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  createParseCommand(
    () => sources,
    () => NOW,
  )(program, ctx);
  await program.parseAsync(['parse', ...args], { from: 'user' });
  const out = io.out.join('');
  return { code: ctx.exitCode, out, err: io.err.join('') };
}

function json(out: string): ParseJson {
  return JSON.parse(out) as ParseJson;
}

describe('trackline parse', () => {
  it('prints a multi-leg simulator payload: states, events newest first, links', async () => {
    const { code, out, err } = await run([
      '--carrier',
      'sim',
      `${SIM}multi-leg-delivered.payload.json`,
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = json(out);
    expect(parsed.messages).toEqual([
      {
        level: 'warning',
        code: 'not_found',
        message: 'XX000000000XX: number unknown to the simulator',
      },
      { level: 'warning', code: 'invalid_number', message: '??: not a tracking number' },
    ]);
    expect(parsed.results.map((r) => [r.trackingNumber, r.status, r.milestone])).toEqual([
      ['LP00458341110040', 'in_transit', 'origin_facility'],
      ['HB175714198CN', 'in_transit', 'handed_to_last_mile'],
      ['9400940121197285002376', 'delivered', 'delivered'],
    ]);
    const [lp, hb, last] = parsed.results;
    expect(lp!.links).toEqual([{ number: 'HB175714198CN', carrierHint: 'china-post' }]);
    expect(hb!.links).toEqual([{ number: '9400940121197285002376', carrierHint: 'usps' }]);
    expect(last!.links).toEqual([]);
    const first = lp!.events.at(-1)!;
    expect(first).toEqual({
      occurredAt: '2026-01-20T11:24:36.000Z',
      localTime: '2026-01-20 19:24:36',
      status: 'info_received',
      milestone: 'label_created',
      reason: null,
      description: '【上海市】仓库已接单，等待拣货打包',
      code: 'GWMS_ACCEPT',
      location: { raw: 'Shanghai, CN', city: 'Shanghai', country: 'CN' },
    });
    for (const r of parsed.results) {
      const times = r.events.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
      for (const e of r.events) expect(e.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    }
    expect(last!.events[0]).toMatchObject({ status: 'delivered', code: '01' });
  });

  it('reads a Cainiao payload through its own parser', async () => {
    const { code, out } = await run(['--carrier', 'cainiao', `${CAINIAO}in-transit.json`]);
    expect(code).toBe(0);
    const parsed = json(out);
    expect(parsed.results[0]!.trackingNumber).toBe('LP00734812095563');
    expect(parsed.results[0]!.status).toBe('in_transit');
    expect(parsed.results[0]!.events.length).toBeGreaterThan(0);
  });

  it('reads standard input with -', async () => {
    const payload = readFileSync(`${SIM}dhl-express.payload.json`, 'utf8');
    const { code, out } = await run(['--carrier', 'sim', '-'], payload);
    expect(code).toBe(0);
    expect(json(out).results.length).toBeGreaterThan(0);
  });

  it('turns a payload that is not JSON into a message, exit 1', async () => {
    const { code, out } = await run(['--carrier', 'sim', `${SIM}truncated.payload.txt`]);
    expect(code).toBe(1);
    const parsed = json(out);
    expect(parsed.results).toEqual([]);
    expect(parsed.messages[0]).toMatchObject({ level: 'error', code: 'source_error' });
  });

  it('refuses an unknown source id with exit 2 and lists the known ones', async () => {
    const { code, out, err } = await run(['--carrier', 'nope', `${SIM}dhl-express.payload.json`]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain("unknown source 'nope'");
    for (const id of ['sim', 'cainiao', '17track', 'aftership', 'dhl', 'ups', 'fedex', 'usps']) {
      expect(err).toContain(id);
    }
  });

  it('says clearly when the file cannot be read, exit 1', async () => {
    const { code, err } = await run(['--carrier', 'sim', '/nonexistent/payload.json']);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read \/nonexistent\/payload\.json \(ENOENT\)/);
  });

  it('requires --carrier', async () => {
    await expect(run([`${SIM}dhl-express.payload.json`])).rejects.toThrow(/--carrier/);
  });
});
