/**
 * @module cli/commands/parse
 * `trackline parse --carrier ID FILE` — replays a payload captured anywhere through a
 * source's pure parse, the classifier and the timeline, and prints the normalized result as
 * JSON (DESIGN §6): per number its derived status, the events newest first with the instant
 * in UTC and the wall clock as sent, and the legs it hands over to; plus the source's
 * messages. FILE `-` reads standard input. A payload that is not JSON is given to the parser
 * as text (it answers with a message). Exit 0 when parsed, 1 when the file cannot be read or
 * the source reported an error, 2 for an unknown source id.
 */
import { readFile } from 'node:fs/promises';
import { sources } from '../../carriers/index.js';
import type { SourceRegistry } from '../../carriers/registry.js';
import type { CarrierMessage, SourceResult } from '../../carriers/types.js';
import type { Milestone, Reason, Status } from '../../core/status/taxonomy.js';
import { interpret } from '../../engine/ingest/interpret.js';
import type { CommandRegistrar } from '../context.js';

export interface ParsedEventJson {
  occurredAt: string;
  localTime: string;
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  description: string;
  code: string | null;
  location: { raw: string | null; city: string | null; country: string | null };
}

export interface ParsedResultJson {
  trackingNumber: string;
  status: Status;
  milestone: Milestone | null;
  reason: Reason | null;
  events: ParsedEventJson[];
  links: { number: string; carrierHint: string | null }[];
}

export interface ParseJson {
  results: ParsedResultJson[];
  messages: { level: CarrierMessage['level']; code: CarrierMessage['code']; message: string }[];
}

/** One source result, interpreted on its own, in the printed shape. */
export function resultJson(result: SourceResult, sourceId: string, now: number): ParsedResultJson {
  const { timeline, state, links } = interpret(result, { sourceId, fetchedAt: now }, now);
  const events: ParsedEventJson[] = [];
  for (let i = timeline.length - 1; i >= 0; i--) {
    const e = timeline[i]!;
    events.push({
      occurredAt: e.at.instant,
      localTime: e.at.localTime,
      status: e.classification.status,
      milestone: e.classification.milestone,
      reason: e.classification.reason,
      description: e.description,
      code: e.code ?? null,
      location: {
        raw: e.location ?? e.place?.raw ?? null,
        city: e.place?.city ?? null,
        country: e.place?.country ?? null,
      },
    });
  }
  return {
    trackingNumber: result.trackingNumber,
    status: state.status,
    milestone: state.milestone,
    reason: state.reason,
    events,
    links: links.map((l) => ({ number: l.number, carrierHint: l.carrierHint ?? null })),
  };
}

/** JSON when it is JSON, else the text itself (the parser turns it into a message). */
function payloadOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The parse command over a given registry (tests and the lead's wiring pass their own). */
export function createParseCommand(
  sources: () => SourceRegistry,
  clock: () => number = Date.now,
): CommandRegistrar {
  return (program, ctx) => {
    program
      .command('parse')
      .description("replay a source's payload: parse, classify and print it as JSON")
      .requiredOption('--carrier <id>', 'source id whose parser reads the payload')
      .argument('<file>', 'payload file (JSON); - reads standard input')
      .action(async (file: string, options: { carrier: string }) => {
        const registry = sources();
        const source = registry.get(options.carrier);
        if (!source) {
          const known = registry.all.map((s) => s.id).join(', ');
          ctx.io.stderr(
            `trackline parse: unknown source '${options.carrier}'; known sources: ${known}\n`,
          );
          ctx.exitCode = 2;
          return;
        }
        let text: string;
        try {
          text = file === '-' ? await ctx.io.readStdin() : await readFile(file, 'utf8');
        } catch (error) {
          const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          ctx.io.stderr(`trackline parse: cannot read ${file} (${why})\n`);
          ctx.exitCode = 1;
          return;
        }
        const parsed = source.parse(payloadOf(text));
        const now = clock();
        const out: ParseJson = {
          results: parsed.results.map((r) => resultJson(r, source.id, now)),
          messages: parsed.messages.map((m) => ({
            level: m.level,
            code: m.code,
            message: m.trackingNumber ? `${m.trackingNumber}: ${m.message}` : m.message,
          })),
        };
        ctx.io.stdout(JSON.stringify(out, null, 2) + '\n');
        ctx.exitCode = parsed.messages.some((m) => m.level === 'error') ? 1 : 0;
      });
  };
}

export const registerParse: CommandRegistrar = createParseCommand(() => sources);
