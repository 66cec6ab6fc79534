import { describe, expect, it } from 'vitest';
import { memoryIO } from './context.js';
import { main } from './main.js';

describe('trackline main', () => {
  it('prints help and exits 2 without a command', async () => {
    const io = memoryIO();
    expect(await main([], io)).toBe(2);
    expect(io.out.join('') + io.err.join('')).toContain('Usage: trackline');
  });

  it('exits 2 on an unknown command', async () => {
    const io = memoryIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err.join('')).toContain('unknown command');
  });

  it('prints its version and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('stops serve with exit 2 naming a bad setting', async () => {
    const io = memoryIO();
    expect(await main(['serve', '--port', 'abc'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--port="abc" is not accepted/);
  });
});
