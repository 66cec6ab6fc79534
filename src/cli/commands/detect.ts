/**
 * @module cli/commands/detect
 * `trackline detect [--json] <text or numbers…>` — what each pasted number is: carriers
 * with confidence, check digit, "did you mean", or what it is instead (an order number, a
 * phone; then, under the table, what to paste instead: `lookalikeAdvice`). Reads standard
 * input for `-`. Exit 0 when every token has a candidate, 1 when
 * some do not, 2 when there is nothing to read.
 */
import { analyzeText, lookalikeAdvice } from '../../core/numbers/index.js';
import type { Detection } from '../../core/numbers/types.js';
import type { CommandRegistrar } from '../context.js';

/** One element of the `--json` array. */
export interface DetectJson {
  input: string;
  normalized: string;
  kind: Detection['kind'];
  candidates: {
    carrierId: string;
    carrierName: string;
    service?: string;
    confidence: number;
    checksum: Detection['candidates'][number]['checksum'];
    country?: string;
  }[];
  suggestions: string[];
  lookalike?: Detection['lookalike'];
}

export function toJson(d: Detection): DetectJson {
  const out: DetectJson = {
    input: d.input,
    normalized: d.normalized,
    kind: d.kind,
    candidates: d.candidates.map((c) => {
      const item: DetectJson['candidates'][number] = {
        carrierId: c.carrierId,
        carrierName: c.carrierName,
        confidence: c.confidence,
        checksum: c.checksum,
      };
      if (c.service !== undefined) item.service = c.service;
      if (c.country !== undefined) item.country = c.country;
      return item;
    }),
    suggestions: [...d.suggestions],
  };
  if (d.lookalike !== undefined) out.lookalike = d.lookalike;
  return out;
}

const MAX_CELL = 48;
const SHOWN_CANDIDATES = 3;

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

function candidatesCell(d: Detection): string {
  if (d.candidates.length === 0) return d.lookalike ? `(${d.lookalike.replace('_', ' ')})` : '—';
  const shown = d.candidates
    .slice(0, SHOWN_CANDIDATES)
    .map((c) => `${c.carrierName} ${Math.round(c.confidence * 100)}%`);
  const more = d.candidates.length - SHOWN_CANDIDATES;
  return more > 0 ? `${shown.join(', ')} +${more}` : shown.join(', ');
}

const SHOWN_SUGGESTIONS = 3;

function suggestionCell(d: Detection): string {
  if (d.suggestions.length === 0) return '';
  return `did you mean ${d.suggestions.slice(0, SHOWN_SUGGESTIONS).join(' or ')}?`;
}

/** Renders detections as an aligned plain-text table. */
export function renderTable(detections: readonly Detection[]): string {
  const header = ['INPUT', 'NORMALIZED', 'CANDIDATES', 'CHECKSUM', 'SUGGESTION', 'KIND'];
  const rows = detections.map((d) => [
    cell(d.input),
    cell(d.normalized),
    candidatesCell(d),
    d.candidates[0]?.checksum ?? '—',
    suggestionCell(d),
    d.kind,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/**
 * For each token that is something else (an order number, a phone…) and no carrier's
 * number: what it is and what to paste instead. Empty when there is none.
 */
export function renderLookalikeNotes(detections: readonly Detection[]): string {
  const notes = detections.flatMap((d) => {
    if (d.lookalike === undefined || d.candidates.length > 0) return [];
    const advice = lookalikeAdvice(d.lookalike);
    return [`${cell(d.input)}: ${advice.what}\n  ${advice.todo}\n`];
  });
  return notes.length > 0 ? `\n${notes.join('')}` : '';
}

/** Joins arguments: bare words with spaces (so `LP 0012 …` stays one number), else lines. */
async function readInput(args: readonly string[], readStdin: () => Promise<string>) {
  const parts: string[] = [];
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (!stdinRead) parts.push(await readStdin());
      stdinRead = true;
    } else parts.push(arg);
  }
  const separator = stdinRead || args.some((a) => /\s/.test(a)) ? '\n' : ' ';
  return parts.join(separator);
}

export const registerDetect: CommandRegistrar = (program, ctx) => {
  program
    .command('detect')
    .description('say which carrier a tracking number belongs to (use - to read stdin)')
    .argument('[input...]', 'numbers, text or links; - reads standard input')
    .option('--json', 'print one JSON array, one element per number')
    .action(async (args: string[], options: { json?: boolean }) => {
      const text = await readInput(args, ctx.io.readStdin);
      if (text.trim().length === 0) {
        ctx.io.stderr('trackline detect: give one or more numbers, some text, or - for stdin\n');
        ctx.exitCode = 2;
        return;
      }
      const detections = analyzeText(text);
      if (options.json === true) {
        ctx.io.stdout(JSON.stringify(detections.map(toJson), null, 2) + '\n');
      } else if (detections.length === 0) {
        ctx.io.stdout('No tracking number found in the input.\n');
      } else {
        ctx.io.stdout(renderTable(detections) + renderLookalikeNotes(detections));
      }
      const allFound = detections.length > 0 && detections.every((d) => d.candidates.length > 0);
      ctx.exitCode = allFound ? 0 : 1;
    });
};
