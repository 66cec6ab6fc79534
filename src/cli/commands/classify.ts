/**
 * @module cli/commands/classify
 * `trackline classify` — reads JSON lines on standard input, each
 * `{description, code?, source?, carrier?, location?, language?}`, and writes one JSON line
 * per input: `{status, milestone, reason, confidence, rule, country?, city?}` (status null
 * when nothing can place the event). A bad line gets `{"error": "…"}` and the command exits
 * 1 at the end; it never stops half-way.
 */

import { classify } from '../../core/classify/index.js';
import type { RawEvent } from '../../core/events.js';
import type { CommandRegistrar } from '../context.js';

/** One output line. */
export interface ClassifyJson {
  status: string | null;
  milestone: string | null;
  reason: string | null;
  confidence: number;
  rule: string;
  country?: string;
  city?: string;
}

const OPTIONAL = ['code', 'source', 'carrier', 'location', 'language'] as const;

/** A parsed input line, or the reason it cannot be read. */
export function parseInputLine(line: string): RawEvent | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'expected a JSON object' };
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.description !== 'string') return { error: '"description" must be a string' };
  const raw: RawEvent = { description: obj.description };
  for (const key of OPTIONAL) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { error: `"${key}" must be a string` };
    raw[key] = v;
  }
  return raw;
}

/** The output line for one event. */
export function classifyLine(raw: RawEvent): ClassifyJson {
  const c = classify(raw);
  const out: ClassifyJson = {
    status: c.status,
    milestone: c.milestone,
    reason: c.reason,
    confidence: c.confidence,
    rule: c.rule,
  };
  if (c.location?.country !== undefined) out.country = c.location.country;
  if (c.location?.city !== undefined) out.city = c.location.city;
  return out;
}

export const registerClassify: CommandRegistrar = (program, ctx) => {
  program
    .command('classify')
    .description(
      'classify carrier events: JSON lines {description, code?, source?, carrier?, location?, language?} on stdin, one JSON result per line on stdout',
    )
    .action(async () => {
      const input = await ctx.io.readStdin();
      let failed = false;
      for (const line of input.split(/\r?\n/)) {
        if (line.trim() === '') continue;
        const parsed = parseInputLine(line);
        if ('error' in parsed) {
          failed = true;
          ctx.io.stdout(`${JSON.stringify({ error: parsed.error })}\n`);
          continue;
        }
        try {
          ctx.io.stdout(`${JSON.stringify(classifyLine(parsed))}\n`);
        } catch (err) {
          failed = true;
          ctx.io.stdout(
            `${JSON.stringify({ error: `could not classify: ${(err as Error).message}` })}\n`,
          );
        }
      }
      ctx.exitCode = failed ? 1 : 0;
    });
};
