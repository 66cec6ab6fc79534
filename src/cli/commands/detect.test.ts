import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { lookalikeAdvice } from '../../core/numbers/index.js';
import { type CliContext, memoryIO } from '../context.js';
import { type DetectJson, registerDetect } from './detect.js';

async function run(args: string[], stdin = '') {
  const io = memoryIO(stdin);
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('trackline');
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerDetect(program, ctx);
  await program.parseAsync(['detect', ...args], { from: 'user' });
  return { code: ctx.exitCode, out: io.out.join(''), err: io.err.join('') };
}

function parse(out: string): DetectJson[] {
  const value: unknown = JSON.parse(out);
  expect(Array.isArray(value)).toBe(true);
  return value as DetectJson[];
}

describe('trackline detect', () => {
  it('prints one JSON element per token with the documented shape, exit 0', async () => {
    const { code, out } = await run(['--json', 'RB123456785GB', 'LP00123456789012']);
    expect(code).toBe(0);
    const items = parse(out);
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        ['candidates', 'input', 'kind', 'normalized', 'suggestions'].sort(),
      );
      expect(item.kind).toBe('tracking');
      for (const c of item.candidates) {
        expect(typeof c.carrierId).toBe('string');
        expect(typeof c.carrierName).toBe('string');
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(['valid', 'invalid', 'none']).toContain(c.checksum);
        for (const key of Object.keys(c)) {
          expect([
            'carrierId',
            'carrierName',
            'service',
            'confidence',
            'checksum',
            'country',
          ]).toContain(key);
        }
      }
    }
    expect(items[0]!.candidates[0]).toMatchObject({
      carrierId: 'royal-mail',
      checksum: 'valid',
      country: 'GB',
    });
  });

  it('joins bare words so a number written in groups stays one', async () => {
    const items = parse((await run(['--json', 'LP', '0012', '3456', '7890', '12'])).out);
    expect(items.map((i) => i.normalized)).toEqual(['LP00123456789012']);
  });

  it('exits 1 when some token has no candidate, and adds the lookalike', async () => {
    const { code, out } = await run(['--json', 'RB123456785GB\n8123456789012345']);
    expect(code).toBe(1);
    const items = parse(out);
    expect(items[1]).toMatchObject({
      kind: 'order_number',
      lookalike: 'aliexpress_order',
      candidates: [],
    });
  });

  it('gives suggestions for a wrong check digit', async () => {
    const items = parse((await run(['--json', 'RB1234S6785GB'])).out);
    expect(items[0]!.suggestions[0]).toBe('RB123456785GB');
  });

  it('reads standard input for -', async () => {
    const { code, out } = await run(['--json', '-'], 'RB123456785GB\n1Z999AA10123456784\n');
    expect(code).toBe(0);
    expect(parse(out).map((i) => i.normalized)).toEqual(['RB123456785GB', '1Z999AA10123456784']);
  });

  it('exits 2 with a message when there is no input', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/detect/);
    expect(none.out).toBe('');
    const empty = await run(['-'], '   \n');
    expect(empty.code).toBe(2);
  });

  it('prints a table with a header and one row per token', async () => {
    const { code, out } = await run(['RB123456785GB', 'RB123456784GB', '+1 415 555 2671']);
    expect(code).toBe(1);
    const [table = '', notes = ''] = out.trimEnd().split('\n\n');
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^INPUT\s+NORMALIZED\s+CANDIDATES\s+CHECKSUM\s+SUGGESTION\s+KIND$/);
    expect(lines).toHaveLength(4);
    // Under the table, only the look-alike gets a note: what it is, what to paste instead.
    expect(notes.split('\n')).toEqual([
      `+1 415 555 2671: ${lookalikeAdvice('phone').what}`,
      `  ${lookalikeAdvice('phone').todo}`,
    ]);
    expect(lines[1]).toMatch(/Royal Mail \d+%.*valid.*tracking/);
    expect(lines[2]).toMatch(/invalid.*did you mean RB\w+(?: or RB\w+)*\?.*tracking/);
    expect(lines[3]).toMatch(/\(phone\).*phone$/);
  });

  it('exits 1 and says so when prose holds no number', async () => {
    const { code, out } = await run(['Hello, where is my parcel, it is late again']);
    expect(code).toBe(1);
    expect(out).toMatch(/No tracking number/);
  });
});
