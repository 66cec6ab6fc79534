import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../context.js';
import { announce, registerSim, type SimFlags, simOptions, startSimServer } from './sim.js';

describe('trackline sim', () => {
  it('starts on loopback and prints its URL and demo numbers', async () => {
    const flags: SimFlags = {
      port: 0,
      host: '127.0.0.1',
      timeScale: 0,
      faultRate: 0,
      seed: 'cli',
      epoch: Date.UTC(2026, 2, 1),
    };
    const sim = await startSimServer(simOptions(flags));
    try {
      const io = memoryIO();
      announce(sim, io, 5);
      const text = io.out.join('');
      expect(text).toContain(sim.url);
      expect(text).toMatch(/demo data/);
      expect(text.match(/^ {2}\S+/gm)?.length).toBe(5);
      const res = await fetch(`${sim.url}/api/demo`);
      expect(res.status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it('registers the command with its flags', () => {
    const program = new Command();
    registerSim(program, { io: memoryIO(), exitCode: 0 });
    const sim = program.commands.find((c) => c.name() === 'sim');
    const flags = sim?.options.map((o) => o.long);
    expect(flags).toEqual(
      expect.arrayContaining(['--port', '--time-scale', '--fault-rate', '--seed']),
    );
  });

  it('refuses a fault rate above 1', async () => {
    const program = new Command()
      .exitOverride()
      .configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerSim(program, { io: memoryIO(), exitCode: 0 });
    await expect(
      program.parseAsync(['sim', '--fault-rate', '2'], { from: 'user' }),
    ).rejects.toThrow(/--fault-rate must be a number from 0 to 1/);
  });
});
