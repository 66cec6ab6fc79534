/**
 * @module core/classify/corpus-eval
 * Scoring of the labelled corpus (test/corpus/*.jsonl): line validation, the figures
 * (status / milestone / reason accuracy, per language and per source, the confusion table,
 * the unclassified share, location accuracy, the worst misses) and their text report.
 * Pure: the caller reads the files and passes the classify function; used by both
 * bench/eval-classify.ts and src/core/classify/corpus.test.ts.
 */
import type { RawEvent } from '../events.js';
import {
  isMilestone,
  isReason,
  isStatus,
  type Milestone,
  type Reason,
  type Status,
} from '../status/taxonomy.js';

/** Report targets (issue 3): the eval prints them beside the figures. */
export const TARGETS = { statusAccuracy: 0.97, unclassifiedShare: 0.01 } as const;
/** The test suite fails below these. */
export const GATES = { statusAccuracy: 0.95, unclassifiedShare: 0.02 } as const;

/** The three labels a corpus line expects (docs/labeling.md). */
export interface CorpusExpectation {
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
}

/** One labelled event of the corpus. */
export interface CorpusRow {
  description: string;
  code?: string;
  source?: string;
  carrier?: string;
  location?: string;
  language: string;
  expect: CorpusExpectation;
  /** Expected ISO country parsed from `location`. */
  country?: string;
  /** Expected city parsed from `location`. */
  city?: string;
  /** Where the line came from, for messages. */
  file: string;
  line: number;
}

/** What the classifier is asked (RawEvent + context) and the part of its answer we score. */
export interface ClassifyContext {
  source?: string;
  carrier?: string;
  language?: string;
}
export interface ClassifyOutcome {
  status: Status | null;
  milestone: Milestone | null;
  reason: Reason | null;
  confidence?: number;
  rule?: string;
  location?: { raw: string; city?: string; country?: string } | null;
}
export type ClassifyFn = (raw: RawEvent, context?: ClassifyContext) => ClassifyOutcome;

const ROW_KEYS = new Set([
  'description',
  'code',
  'source',
  'carrier',
  'location',
  'language',
  'expect',
  'country',
  'city',
]);
const OPTIONAL_STRINGS = ['code', 'source', 'carrier', 'location', 'country', 'city'] as const;

/** Parse one JSON line; returns the row or the reasons it is malformed. */
export function parseCorpusLine(
  text: string,
  file: string,
  line: number,
): { row?: CorpusRow; errors: string[] } {
  const where = `${file}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { errors: [`${where}: not JSON (${(err as Error).message})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [`${where}: not an object`] };
  }
  const obj = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(obj)) {
    if (!ROW_KEYS.has(key)) errors.push(`${where}: unknown key "${key}"`);
  }
  if (typeof obj.description !== 'string' || obj.description.trim() === '') {
    errors.push(`${where}: description must be a non-empty string`);
  }
  if (typeof obj.language !== 'string' || !/^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(obj.language)) {
    errors.push(`${where}: language must be a BCP 47 code such as "en"`);
  }
  for (const key of OPTIONAL_STRINGS) {
    const v = obj[key];
    if (v !== undefined && (typeof v !== 'string' || v === '')) {
      errors.push(`${where}: ${key} must be a non-empty string when present`);
    }
  }
  if (typeof obj.country === 'string' && !/^[A-Z]{2}$/.test(obj.country)) {
    errors.push(`${where}: country must be ISO 3166-1 alpha-2 in capitals`);
  }
  if ((obj.country !== undefined || obj.city !== undefined) && obj.location === undefined) {
    errors.push(`${where}: country/city are expectations for a location, but none is given`);
  }
  const expect = obj.expect;
  let parsedExpect: CorpusExpectation | undefined;
  if (typeof expect !== 'object' || expect === null || Array.isArray(expect)) {
    errors.push(`${where}: expect must be an object`);
  } else {
    const ex = expect as Record<string, unknown>;
    for (const key of Object.keys(ex)) {
      if (key !== 'status' && key !== 'milestone' && key !== 'reason') {
        errors.push(`${where}: unknown key "expect.${key}"`);
      }
    }
    const { status, milestone, reason } = ex;
    const okStatus = status === null || (isStatus(status) && status !== 'pending');
    const okMilestone = milestone === null || isMilestone(milestone);
    const okReason = reason === null || isReason(reason);
    if (!okStatus) errors.push(`${where}: expect.status ${JSON.stringify(status)} is not a label`);
    if (!okMilestone)
      errors.push(`${where}: expect.milestone ${JSON.stringify(milestone)} unknown`);
    if (!okReason) errors.push(`${where}: expect.reason ${JSON.stringify(reason)} unknown`);
    if (okStatus && okMilestone && okReason) {
      parsedExpect = {
        status: status as Status | null,
        milestone: milestone as Milestone | null,
        reason: reason as Reason | null,
      };
      if (status === null && (milestone !== null || reason !== null)) {
        errors.push(`${where}: an unclassified event has no milestone and no reason`);
      }
    }
  }
  if (errors.length > 0 || parsedExpect === undefined) return { errors };
  const row: CorpusRow = {
    description: obj.description as string,
    language: obj.language as string,
    expect: parsedExpect,
    file,
    line,
  };
  for (const key of OPTIONAL_STRINGS) {
    const v = obj[key];
    if (typeof v === 'string') row[key] = v;
  }
  return { row, errors };
}

/** Parse a whole JSON-lines file (blank lines skipped). */
export function parseCorpus(text: string, file: string): { rows: CorpusRow[]; errors: string[] } {
  const rows: CorpusRow[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const res = parseCorpusLine(raw, file, i + 1);
    errors.push(...res.errors);
    if (res.row) rows.push(res.row);
  });
  return { rows, errors };
}

/** Accuracy over a group of rows. */
export interface GroupScore {
  total: number;
  statusCorrect: number;
  unclassified: number;
}

/** One wrong answer, with how bad it is. */
export interface Miss {
  row: CorpusRow;
  got: ClassifyOutcome | null;
  /** Thrown by classify, if it threw. */
  error?: string;
  /** 4 false delivery · 3 other wrong status · 2 wrongly unclassified · 1 milestone/reason only. */
  severity: number;
}

export interface EvalReport {
  total: number;
  statusCorrect: number;
  milestoneCorrect: number;
  reasonCorrect: number;
  /** All three axes right. */
  exactCorrect: number;
  /** Events the classifier left unclassified (status null), whatever was expected. */
  unclassified: number;
  /** Of those, events the corpus does label. */
  wronglyUnclassified: number;
  /** Events the corpus itself leaves unclassified. */
  expectedUnclassified: number;
  /** classify threw. */
  errors: number;
  byLanguage: Map<string, GroupScore>;
  bySource: Map<string, GroupScore>;
  byFile: Map<string, GroupScore>;
  /** expected status → got status → count ('∅' = unclassified). */
  confusion: Map<string, Map<string, number>>;
  location: { expected: number; countryCorrect: number; cityExpected: number; cityCorrect: number };
  /** Wrong status first, worst first. */
  misses: Miss[];
}

export const NONE = '∅';

function bump(map: Map<string, GroupScore>, key: string, ok: boolean, unclassified: boolean): void {
  const g = map.get(key) ?? { total: 0, statusCorrect: 0, unclassified: 0 };
  g.total += 1;
  if (ok) g.statusCorrect += 1;
  if (unclassified) g.unclassified += 1;
  map.set(key, g);
}

/** Lowercase, strip accents and punctuation: "São Paulo" = "SAO PAULO". */
export function foldPlace(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters NFKD leaves whole: "Wrocław" = "Wroclaw", "Łódź" = "Lodz".
      .replace(/[łı]/g, (c) => (c === 'ł' ? 'l' : 'i'))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Same place name, allowing one side to be a whole-word prefix of the other:
 * "Frankfurt" = "Frankfurt am Main", "Roissy" = "Roissy Charles de Gaulle".
 */
export function samePlace(got: string, expected: string): boolean {
  const g = foldPlace(got);
  const e = foldPlace(expected);
  if (g === '' || e === '') return false;
  return g === e || g.startsWith(`${e} `) || e.startsWith(`${g} `);
}

/** The RawEvent and context the classifier receives for a row. */
export function toRawEvent(row: CorpusRow): { raw: RawEvent; context: ClassifyContext } {
  const raw: RawEvent = { description: row.description, language: row.language };
  const context: ClassifyContext = { language: row.language };
  if (row.source !== undefined) {
    raw.source = row.source;
    context.source = row.source;
  }
  if (row.carrier !== undefined) {
    raw.carrier = row.carrier;
    context.carrier = row.carrier;
  }
  if (row.code !== undefined) raw.code = row.code;
  if (row.location !== undefined) raw.location = row.location;
  return { raw, context };
}

/** Run classify over every row and compute the figures. */
export function evaluate(rows: readonly CorpusRow[], classify: ClassifyFn): EvalReport {
  const report: EvalReport = {
    total: 0,
    statusCorrect: 0,
    milestoneCorrect: 0,
    reasonCorrect: 0,
    exactCorrect: 0,
    unclassified: 0,
    wronglyUnclassified: 0,
    expectedUnclassified: 0,
    errors: 0,
    byLanguage: new Map(),
    bySource: new Map(),
    byFile: new Map(),
    confusion: new Map(),
    location: { expected: 0, countryCorrect: 0, cityExpected: 0, cityCorrect: 0 },
    misses: [],
  };
  for (const row of rows) {
    const { raw, context } = toRawEvent(row);
    let got: ClassifyOutcome | null = null;
    let error: string | undefined;
    try {
      got = classify(raw, context);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      report.errors += 1;
    }
    const status = got?.status ?? null;
    const exp = row.expect;
    const statusOk = got !== null && status === exp.status;
    const milestoneOk = got !== null && (got.milestone ?? null) === exp.milestone;
    const reasonOk = got !== null && (got.reason ?? null) === exp.reason;
    const isUnclassified = status === null;
    report.total += 1;
    if (statusOk) report.statusCorrect += 1;
    if (milestoneOk) report.milestoneCorrect += 1;
    if (reasonOk) report.reasonCorrect += 1;
    if (statusOk && milestoneOk && reasonOk) report.exactCorrect += 1;
    if (isUnclassified) report.unclassified += 1;
    if (exp.status === null) report.expectedUnclassified += 1;
    if (isUnclassified && exp.status !== null) report.wronglyUnclassified += 1;
    bump(report.byLanguage, row.language, statusOk, isUnclassified);
    bump(report.bySource, row.source ?? '(none)', statusOk, isUnclassified);
    bump(report.byFile, row.file, statusOk, isUnclassified);
    const expKey = exp.status ?? NONE;
    const gotKey = status ?? NONE;
    const line = report.confusion.get(expKey) ?? new Map<string, number>();
    line.set(gotKey, (line.get(gotKey) ?? 0) + 1);
    report.confusion.set(expKey, line);
    if (row.country !== undefined) {
      report.location.expected += 1;
      if (got?.location?.country?.toUpperCase() === row.country) {
        report.location.countryCorrect += 1;
      }
    }
    if (row.city !== undefined) {
      report.location.cityExpected += 1;
      const city = got?.location?.city;
      if (city !== undefined && samePlace(city, row.city)) {
        report.location.cityCorrect += 1;
      }
    }
    if (!statusOk || !milestoneOk || !reasonOk) {
      let severity = 1;
      if (!statusOk) {
        if (status === 'delivered') severity = 4;
        else if (isUnclassified) severity = 2;
        else severity = 3;
      }
      const miss: Miss = { row, got, severity };
      if (error !== undefined) miss.error = error;
      report.misses.push(miss);
    }
  }
  report.misses.sort((a, b) => b.severity - a.severity);
  return report;
}

/** Share as a percentage string (one decimal unless told). */
export function pct(part: number, whole: number, digits = 1): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(digits)}%`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Status accuracy of a report (0..1). */
export function statusAccuracy(r: EvalReport): number {
  return ratio(r.statusCorrect, r.total);
}
/**
 * Unclassified share of a report (0..1): events the corpus labels but the classifier left
 * unclassified, over the events the corpus labels. Events the corpus itself expects to stay
 * unclassified ("not found", "pending") are right when left alone. They count in status
 * accuracy, not here.
 */
export function unclassifiedShare(r: EvalReport): number {
  return ratio(r.wronglyUnclassified, r.total - r.expectedUnclassified);
}

function groupTable(title: string, map: Map<string, GroupScore>): string[] {
  const out = [title];
  const keys = [...map.keys()].sort();
  const width = Math.max(8, ...keys.map((k) => k.length));
  for (const k of keys) {
    const g = map.get(k)!;
    out.push(
      `  ${k.padEnd(width)}  ${String(g.total).padStart(5)}  status ${pct(g.statusCorrect, g.total).padStart(6)}  unclassified ${pct(g.unclassified, g.total).padStart(6)}`,
    );
  }
  return out;
}

function describeOutcome(got: ClassifyOutcome | null): string {
  if (got === null) return 'threw';
  return `${got.status ?? NONE}/${got.milestone ?? NONE}/${got.reason ?? NONE}${got.rule ? ` [${got.rule}]` : ''}`;
}

/** The human-readable report, targets beside figures. */
export function formatReport(r: EvalReport, maxMisses = 30): string {
  const acc = statusAccuracy(r);
  const unc = unclassifiedShare(r);
  const mark = (ok: boolean) => (ok ? 'OK  ' : 'MISS');
  const lines: string[] = [];
  lines.push(`Classifier evaluation over ${r.total} labelled events`);
  lines.push('');
  lines.push(
    `  status accuracy     ${pct(r.statusCorrect, r.total).padStart(6)}   target >= ${(TARGETS.statusAccuracy * 100).toFixed(0)}%   ${mark(acc >= TARGETS.statusAccuracy)}`,
  );
  lines.push(
    `  unclassified share ${pct(r.wronglyUnclassified, r.total - r.expectedUnclassified, 2).padStart(7)}   target <= ${(TARGETS.unclassifiedShare * 100).toFixed(0)}%    ${mark(unc <= TARGETS.unclassifiedShare)}   (${r.wronglyUnclassified} labelled events left unclassified; ${r.unclassified} unclassified in all, ${r.expectedUnclassified} of the corpus's events are meant to be)`,
  );
  lines.push(`  milestone accuracy  ${pct(r.milestoneCorrect, r.total).padStart(6)}`);
  lines.push(`  reason accuracy     ${pct(r.reasonCorrect, r.total).padStart(6)}`);
  lines.push(`  all three right     ${pct(r.exactCorrect, r.total).padStart(6)}`);
  lines.push(
    `  location country    ${pct(r.location.countryCorrect, r.location.expected).padStart(6)}   (${r.location.countryCorrect}/${r.location.expected} events with an expected country)`,
  );
  lines.push(
    `  location city       ${pct(r.location.cityCorrect, r.location.cityExpected).padStart(6)}   (${r.location.cityCorrect}/${r.location.cityExpected})`,
  );
  const falseDeliveries = r.misses.filter((m) => m.severity === 4).length;
  lines.push(`  false "delivered"   ${falseDeliveries}`);
  if (r.errors > 0) lines.push(`  classify threw      ${r.errors}`);
  lines.push('');
  lines.push(...groupTable('Per language:', r.byLanguage));
  lines.push('');
  lines.push(...groupTable('Per source:', r.bySource));
  lines.push('');
  lines.push(...groupTable('Per file:', r.byFile));
  lines.push('');
  // Confusion table: rows expected, columns got.
  const cols = new Set<string>();
  for (const line of r.confusion.values()) for (const k of line.keys()) cols.add(k);
  const order = (k: string) => {
    const i = (
      [
        'info_received',
        'in_transit',
        'out_for_delivery',
        'failed_attempt',
        'available_for_pickup',
        'delivered',
        'exception',
        'expired',
        'pending',
      ] as string[]
    ).indexOf(k);
    return i === -1 ? 99 : i;
  };
  const rowKeys = [...r.confusion.keys()].sort((a, b) => order(a) - order(b));
  const colKeys = [...cols].sort((a, b) => order(a) - order(b));
  const short = (k: string) =>
    k === NONE
      ? NONE
      : k
          .split('_')
          .map((p) => p.slice(0, 4))
          .join('_');
  const w = Math.max(6, ...colKeys.map((k) => short(k).length));
  lines.push('Confusion (rows: expected status, columns: got):');
  lines.push(
    `  ${'expected \\ got'.padEnd(22)}${colKeys.map((k) => short(k).padStart(w + 1)).join('')}`,
  );
  for (const rk of rowKeys) {
    const line = r.confusion.get(rk)!;
    lines.push(
      `  ${rk.padEnd(22)}${colKeys.map((ck) => String(line.get(ck) ?? (ck === rk ? 0 : '.')).padStart(w + 1)).join('')}`,
    );
  }
  lines.push('');
  const wrong = r.misses.filter((m) => m.severity > 1);
  lines.push(
    `Worst misclassified (${Math.min(maxMisses, wrong.length)} of ${wrong.length} wrong statuses; ${r.misses.length - wrong.length} more with only milestone/reason wrong):`,
  );
  for (const m of wrong.slice(0, maxMisses)) {
    const e = m.row.expect;
    const input = [m.row.source, m.row.code].filter(Boolean).join(':');
    lines.push(
      `  ${m.row.file}:${m.row.line} [${m.row.language}${input ? ` ${input}` : ''}] "${m.row.description}"${m.row.location ? ` @ ${m.row.location}` : ''}`,
    );
    lines.push(
      `      expected ${e.status ?? NONE}/${e.milestone ?? NONE}/${e.reason ?? NONE}   got ${m.error ? `error: ${m.error}` : describeOutcome(m.got)}`,
    );
  }
  return lines.join('\n');
}
