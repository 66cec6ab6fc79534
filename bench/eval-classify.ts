/**
 * @module bench/eval-classify
 * `npm run eval:classify`: runs the classifier over the labelled corpus in test/corpus/ and
 * prints status accuracy (overall, per language, per source, per file), milestone and reason
 * accuracy, the confusion table, the unclassified share, location accuracy and the worst
 * misses, with the targets beside the figures. A report, not a gate: it always exits 0
 * (the gate is src/core/classify/corpus.test.ts). An optional argument names another
 * directory of JSON-lines files to score instead, e.g. a held-out batch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CorpusRow,
  evaluate,
  formatReport,
  parseCorpus,
} from '../src/core/classify/corpus-eval.js';

const defaultDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'corpus');
/** `npm run eval:classify -- <dir>` scores another set of JSON-lines files (a held-out batch). */
const corpusDir = process.argv[2] ? resolve(process.argv[2]) : defaultDir;

function loadCorpus(): { rows: CorpusRow[]; errors: string[] } {
  const rows: CorpusRow[] = [];
  const errors: string[] = [];
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  for (const file of files) {
    const res = parseCorpus(readFileSync(join(corpusDir, file), 'utf8'), file);
    rows.push(...res.rows);
    errors.push(...res.errors);
  }
  return { rows, errors };
}

async function main(): Promise<void> {
  // Imported here so that a missing or broken classifier is reported, not a crash.
  const { classify } = await import('../src/core/classify/index.js');
  const { rows, errors } = loadCorpus();
  if (errors.length > 0) {
    console.log(`${errors.length} malformed corpus line(s), skipped:`);
    for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
    console.log('');
  }
  const started = performance.now();
  const report = evaluate(rows, classify);
  const ms = performance.now() - started;
  console.log(`Corpus: ${corpusDir}`);
  console.log(formatReport(report));
  console.log('');
  console.log(`(${rows.length} events classified in ${ms.toFixed(0)} ms)`);
}

try {
  await main();
} catch (err) {
  console.log(`eval:classify could not run: ${err instanceof Error ? err.stack : String(err)}`);
}
process.exitCode = 0;
