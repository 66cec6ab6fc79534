/**
 * @module cli/commands/import
 * `trackline import FILE` (`-` reads standard input): registers every tracking number of a
 * CSV or JSON file. Rows: number, optional order number, label, destination (ISO country),
 * shipping method (an id, name or alias of data/shipping-methods.json). CSV takes a header
 * naming those columns (number, order, label, destination, method; synonyms below) or,
 * without a header, the columns in that order. JSON is an array of objects (or
 * of strings). Prints a summary and each rejected line with its reason; exit 1 if any.
 * Registered numbers are polled by `serve` or `trackline worker`, not fetched here.
 * Stored with each number: the order (linked to its shipment; the shop is read from the
 * order number's shape, see `retailerOf`), the destination (on the shipment, and on the
 * order when it has none), the label (shipments.label, shown on the tracking pages) and the
 * shipping method (shipments.service, as the method's id; it sets the estimate's band).
 */
import { readFile } from 'node:fs/promises';
import { COUNTRY_CODES } from '../../core/classify/places.js';
import { findShippingMethod } from '../../core/eta/services.js';
import { matchLookalike } from '../../core/numbers/index.js';
import type { Engine } from '../../engine/run/context.js';
import {
  NotATrackingNumberError,
  type Registration,
  registerNumber,
} from '../../engine/run/register.js';
import { attachOrder } from '../../store/orders.js';
import { updateShipment } from '../../store/shipments.js';
import { withConfigOptions } from '../config-options.js';
import type { CliContext, CommandRegistrar } from '../context.js';
import { progressBar } from './progress.js';
import { cliEngine } from './track.js';

export interface ImportRow {
  /** 1-based line (CSV) or element (JSON) number, for messages. */
  line: number;
  number: string;
  orderNumber?: string;
  label?: string;
  destination?: string;
  /** The shipping method as written in the file (checked when the row is stored). */
  method?: string;
}

export interface Rejected {
  line: number;
  input: string;
  reason: string;
}

type Field = 'number' | 'orderNumber' | 'label' | 'destination' | 'method';
const NAMES: Record<string, Field> = {
  number: 'number',
  tracking: 'number',
  trackingnumber: 'number',
  tracking_number: 'number',
  order: 'orderNumber',
  ordernumber: 'orderNumber',
  order_number: 'orderNumber',
  label: 'label',
  name: 'label',
  destination: 'destination',
  country: 'destination',
  destinationcountry: 'destination',
  destination_country: 'destination',
  method: 'method',
  shippingmethod: 'method',
  shipping_method: 'method',
  service: 'method',
};
const POSITIONAL: readonly Field[] = ['number', 'orderNumber', 'label', 'destination', 'method'];

/** Splits CSV text into rows of fields (quotes, doubled quotes, CRLF; `,` or `;`). */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== ''))
      rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

function key(name: string): Field | undefined {
  return NAMES[name.toLowerCase().replace(/[\s-]/g, '')] ?? NAMES[name.toLowerCase()];
}

function toRow(line: number, values: Partial<Record<Field, string>>): ImportRow {
  const row: ImportRow = { line, number: values.number ?? '' };
  if (values.orderNumber) row.orderNumber = values.orderNumber;
  if (values.label) row.label = values.label;
  if (values.destination) row.destination = values.destination;
  if (values.method) row.method = values.method;
  return row;
}

/** Reads CSV or JSON text into rows; a JSON element that is not an object is rejected. */
export function parseImport(text: string): { rows: ImportRow[]; rejected: Rejected[] } {
  const trimmed = text.trim();
  const rejected: Rejected[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed = JSON.parse(trimmed) as unknown;
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const rows: ImportRow[] = [];
    for (const [i, item] of (list as unknown[]).entries()) {
      if (typeof item === 'string') {
        rows.push({ line: i + 1, number: item });
      } else if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        const input = JSON.stringify(item) ?? '';
        rejected.push({ line: i + 1, input, reason: 'not an object' });
      } else {
        const values: Partial<Record<Field, string>> = {};
        for (const [k, v] of Object.entries(item)) {
          const field = key(k);
          if (field && (typeof v === 'string' || typeof v === 'number')) {
            values[field] = String(v).trim();
          }
        }
        rows.push(toRow(i + 1, values));
      }
    }
    return { rows, rejected };
  }
  const csv = parseCsv(text);
  const header = csv[0]?.cells.map(key);
  const fields = header?.includes('number') ? header : POSITIONAL;
  const hasHeader = fields !== POSITIONAL;
  const rows = (hasHeader ? csv.slice(1) : csv).map(({ line, cells }) => {
    const values: Partial<Record<Field, string>> = {};
    cells.forEach((cell, i) => {
      const field = fields[i];
      if (field && cell !== '') values[field] = cell;
    });
    return toRow(line, values);
  });
  return { rows, rejected };
}

/** Longest label kept; longer ones are cut (a label is a name, not a note). */
export const MAX_LABEL = 100;

/** The shop an order number belongs to, by its shape; 'other' when it has none we know. */
export function retailerOf(orderNumber: string): 'aliexpress' | 'alibaba' | 'other' {
  const kind = matchLookalike(orderNumber)?.kind;
  if (kind === 'aliexpress_order') return 'aliexpress';
  if (kind === 'alibaba_order') return 'alibaba';
  return 'other';
}

/** Why a row cannot be stored as it is, before anything is registered; undefined when fine. */
export function rowProblem(row: ImportRow): string | undefined {
  if (row.destination && !COUNTRY_CODES.has(row.destination.toUpperCase())) {
    return `destination '${row.destination}' is not a two-letter country code`;
  }
  if (row.method && !findShippingMethod(row.method)) {
    return `shipping method '${row.method}' is not one we know (for example aliexpress-standard, epacket, ems)`;
  }
  return undefined;
}

/** The row's order, destination, label and method, stored with its (registered) shipment. */
async function storeDetails(engine: Engine, reg: Registration, row: ImportRow): Promise<void> {
  const destination = row.destination?.toUpperCase();
  const shipmentId = reg.shipment.id;
  const orderNumber = row.orderNumber?.trim().replace(/^#\s*/, '');
  if (orderNumber) {
    await attachOrder(
      engine.db,
      shipmentId,
      { retailer: retailerOf(orderNumber), orderNumber, destinationCountry: destination ?? null },
      engine.now(),
    );
  }
  const patch: { label?: string; destination_country?: string; service?: string } = {};
  const label = row.label?.trim().slice(0, MAX_LABEL);
  if (label && label !== reg.shipment.label) patch.label = label;
  if (destination && !reg.shipment.destination_country) patch.destination_country = destination;
  const method = row.method ? findShippingMethod(row.method)?.id : undefined;
  if (method && method !== reg.shipment.service) patch.service = method;
  if (Object.keys(patch).length > 0)
    await updateShipment(engine.db, shipmentId, patch, engine.now());
}

async function action(ctx: CliContext, file: string, flags: Record<string, string>) {
  let text: string;
  try {
    text = file === '-' ? await ctx.io.readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    ctx.io.stderr(`cannot read ${file}: ${(error as { code?: string }).code ?? 'unreadable'}\n`);
    ctx.exitCode = 2;
    return;
  }
  let parsed: ReturnType<typeof parseImport>;
  try {
    parsed = parseImport(text);
  } catch (error) {
    ctx.io.stderr(`${file} is neither CSV nor valid JSON: ${(error as Error).message}\n`);
    ctx.exitCode = 2;
    return;
  }
  const { rows, rejected } = parsed;
  const engine = await cliEngine(ctx, flags);
  let created = 0;
  let known = 0;
  const progress = progressBar(ctx.io, rows.length, 'importing', 20);
  try {
    for (const row of rows) {
      progress.tick();
      if (!row.number) {
        rejected.push({ line: row.line, input: '', reason: 'no tracking number' });
        continue;
      }
      if (row.destination?.toUpperCase() === 'UK') row.destination = 'GB';
      const problem = rowProblem(row);
      if (problem) {
        rejected.push({ line: row.line, input: row.number, reason: problem });
        continue;
      }
      try {
        const reg = await registerNumber(engine, row.number, {
          ...(row.destination ? { destination: row.destination } : {}),
        });
        await storeDetails(engine, reg, row);
        if (reg.created) created++;
        else known++;
      } catch (error) {
        if (!(error instanceof NotATrackingNumberError)) throw error;
        rejected.push({ line: row.line, input: row.number, reason: error.message });
      }
    }
  } finally {
    progress.done();
    await engine.close();
  }
  ctx.io.stdout(`imported ${created + known} numbers (${created} new, ${known} already known)\n`);
  if (rejected.length > 0) {
    rejected.sort((a, b) => a.line - b.line);
    ctx.io.stdout(`rejected ${rejected.length}:\n`);
    for (const r of rejected) ctx.io.stdout(`  line ${r.line}: ${r.reason}\n`);
    ctx.exitCode = 1;
  }
}

export const registerImport: CommandRegistrar = (program, ctx) => {
  withConfigOptions(
    program
      .command('import')
      .description('register every tracking number of a CSV or JSON file')
      .argument('<file>', 'CSV or JSON file (- for standard input)'),
    ['dataDir', 'databaseUrl', 'logLevel'],
  ).action((file: string, flags: Record<string, string>) => action(ctx, file, flags));
};
