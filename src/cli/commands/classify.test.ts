import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { type CliContext, memoryIO } from '../context.js';
import { registerClassify } from './classify.js';

async function run(stdin: string) {
  const io = memoryIO(stdin);
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('trackline');
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerClassify(program, ctx);
  await program.parseAsync(['classify'], { from: 'user' });
  const lines = io.out
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: ctx.exitCode, lines };
}

describe('trackline classify', () => {
  it('writes one result line per input line with the documented keys, exit 0', async () => {
    const input = [
      { description: 'Final delivery', code: 'EMI', source: 'upu', location: 'SHENZHEN, CN' },
      {
        description: 'Objeto entregue ao destinatário',
        language: 'pt',
        location: 'São Paulo / SP',
      },
      { description: 'Sortierung abgeschlossen, irgendwas' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { code, lines } = await run(input);
    expect(code).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      status: 'delivered',
      milestone: 'delivered',
      rule: 'upu:EMI',
    });
    expect(lines[0]).toMatchObject({ country: 'CN', city: 'Shenzhen' });
    expect(lines[1]).toMatchObject({ status: 'delivered', country: 'BR' });
    for (const line of lines) {
      for (const key of Object.keys(line)) {
        expect([
          'status',
          'milestone',
          'reason',
          'confidence',
          'rule',
          'country',
          'city',
        ]).toContain(key);
      }
      expect(typeof line.confidence).toBe('number');
    }
  });

  it('keeps an event it cannot place unclassified, with status null', async () => {
    const { code, lines } = await run(`${JSON.stringify({ description: 'zzz qqq' })}\n`);
    expect(code).toBe(0);
    expect(lines[0]).toEqual({
      status: null,
      milestone: null,
      reason: null,
      confidence: 0,
      rule: 'none',
    });
  });

  it('answers a bad line with an error object, carries on, and exits 1', async () => {
    const input = [
      'not json at all',
      JSON.stringify({ code: 'EMI' }),
      JSON.stringify({ description: 'Delivered', code: 5 }),
      '[1,2]',
      JSON.stringify({ description: 'Out for delivery' }),
    ].join('\n');
    const { code, lines } = await run(input);
    expect(code).toBe(1);
    expect(lines).toHaveLength(5);
    for (const line of lines.slice(0, 4)) expect(typeof line.error).toBe('string');
    expect(lines[4]).toMatchObject({ status: 'out_for_delivery' });
  });

  it('ignores blank lines and accepts CRLF', async () => {
    const { code, lines } = await run(
      `\r\n${JSON.stringify({ description: 'Delivered' })}\r\n\r\n`,
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
  });
});
