/**
 * `npm run bench`: runs every benchmark in one process, in order, and prints each figure
 * beside its target. `npm run bench -- numbers timeline` runs only the named ones.
 * Benchmarks are measurements, not tests: the exit code is 0 whatever the figures.
 */
import type { Bench, BenchResult } from './types.js';

const BENCHES: Record<string, () => Promise<Bench>> = {
  numbers: async () => (await import('./numbers.js')).numbersBench,
  classify: async () => (await import('./classify.js')).classifyBench,
  ingest: async () => (await import('./ingest.js')).ingestBench,
  timeline: async () => (await import('./timeline.js')).timelineBench,
  scheduler: async () => (await import('./scheduler.js')).schedulerBench,
  polls: async () => (await import('./polls.js')).pollsBench,
  page: async () => (await import('./page.js')).pageBench,
};

function format(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}

function line(result: BenchResult): string {
  const met = result.kind === 'min' ? result.value >= result.target : result.value <= result.target;
  const sign = result.kind === 'min' ? '>=' : '<=';
  const verdict = met ? 'meets target' : 'BELOW target';
  const detail = result.detail ? `  (${result.detail})` : '';
  return `${result.name.padEnd(16)} ${format(result.value).padStart(14)} ${result.unit.padEnd(12)} target ${sign} ${format(result.target)}  ${verdict}${detail}`;
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  const bench = await load();
  for (const result of await bench()) console.log(line(result));
}
