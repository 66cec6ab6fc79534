/**
 * @module carriers/settings
 * Which carrier sources are switched on, and with what settings. Each source reads
 * `TRACKLINE_<SOURCE>_<FIELD>` environment variables (camelCase schema key ↔ SCREAMING_SNAKE
 * suffix: `apiKey` ↔ `API_KEY`, `clientSecret` ↔ `CLIENT_SECRET`; `URL` also names
 * `baseUrl`) and an optional JSON file named by `TRACKLINE_SOURCES_FILE`
 * (`{ "17track": { "apiKey": "…" } }`); a variable wins over the file. Each source's own
 * `configSchema` validates the result.
 *
 * A source that needs settings (a key, a URL) is on as soon as one of its settings is given.
 * A source that needs none (Cainiao, whose public endpoint is unofficial) is opt-in:
 * `TRACKLINE_<SOURCE>_ENABLED=1` (or `"enabled": true`). `…_ENABLED=0` turns any source off.
 *
 * `resolveSources` is pure; `loadSources` reads the file. Messages name the variable and what
 * is wrong and never repeat a value (a value may be a secret).
 */
import { readFileSync } from 'node:fs';
import { TracklineError } from '../errors.js';
import type { SourceDescriptor } from './types.js';

export const SOURCES_FILE_ENV = 'TRACKLINE_SOURCES_FILE';

/** A switched-on source and its validated settings (the `create` argument). */
export interface EnabledSource {
  readonly source: SourceDescriptor;
  readonly config: unknown;
}

/** An `error` stops the start; a `warning` (a variable nobody reads) is only shown. */
export interface SourceProblem {
  level: 'error' | 'warning';
  sourceId?: string;
  /** The variable (or `file › source.field`) at fault. */
  variable: string;
  message: string;
}

export interface ConfiguredSources {
  /** In the order of the source list. */
  readonly enabled: ReadonlyMap<string, EnabledSource>;
  readonly problems: readonly SourceProblem[];
}

/** One setting a source takes, as an operator sets it. */
export interface SourceSetting {
  field: string;
  env: string;
  required: boolean;
}

/** The file named by TRACKLINE_SOURCES_FILE: its name (for messages) and its text. */
export interface SourcesFile {
  name: string;
  text: string;
}

type Raw = Record<string, unknown>;
interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
}

const ENABLED = 'ENABLED';
const WRAPPERS = new Set(['default', 'optional', 'nullable', 'prefault', 'readonly', 'catch']);

/** `TRACKLINE_17TRACK_`, `TRACKLINE_LA_POSTE_` … */
export function envPrefix(sourceId: string): string {
  return `TRACKLINE_${sourceId.toUpperCase().replace(/-/g, '_')}_`;
}

/** `apiKey` → `API_KEY`. */
export function envSuffix(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** `API_KEY` → `apiKey`. */
export function fieldOf(suffix: string): string {
  return suffix.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function defOf(schema: unknown): Def {
  const def = (schema as { def?: Def } | null)?.def;
  return typeof def === 'object' && def !== null ? def : {};
}

function shapeOf(source: SourceDescriptor): Record<string, unknown> | undefined {
  const def = defOf(source.configSchema);
  return def.type === 'object' ? def.shape : undefined;
}

/** The innermost type name of a field schema: 'string', 'number', 'boolean' … */
function leafType(schema: unknown): string | undefined {
  let def = defOf(schema);
  for (let depth = 0; depth < 8; depth++) {
    if (def.type !== undefined && WRAPPERS.has(def.type)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else break;
  }
  return def.type;
}

/** The settings a source takes, in schema order (empty when its schema is not an object). */
export function settingsOf(source: SourceDescriptor): SourceSetting[] {
  const shape = shapeOf(source) ?? {};
  const prefix = envPrefix(source.id);
  return Object.entries(shape).map(([field, schema]) => ({
    field,
    env: prefix + envSuffix(field),
    required: !(schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined)
      .success,
  }));
}

function parseFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return undefined;
}

/** An environment string turned into what the field's schema expects, when it clearly is. */
function coerce(value: string, fieldSchema: unknown): unknown {
  const type = leafType(fieldSchema);
  const v = value.trim();
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (type === 'boolean') return parseFlag(v) ?? value;
  return value;
}

/** The file's entries by source id, or problems when it is not `{ id: { … } }`. */
function parseFile(file: SourcesFile, problems: SourceProblem[]): Map<string, Raw> {
  const out = new Map<string, Raw>();
  const variable = `${SOURCES_FILE_ENV}=${file.name}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch {
    // The parser's own message quotes the text, which may hold a key: never repeat it.
    problems.push({ level: 'error', variable, message: `${variable} is not valid JSON.` });
    return out;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const message = `${variable} must hold a JSON object keyed by source id.`;
    problems.push({ level: 'error', variable, message });
    return out;
  }
  for (const [id, entry] of Object.entries(parsed)) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      const where = `${file.name} › ${id}`;
      problems.push({ level: 'error', variable: where, message: `${where} must be an object.` });
    } else out.set(id, entry as Raw);
  }
  return out;
}

/** Replaces any given value that a message happens to contain. */
function scrub(message: string, values: readonly unknown[]): string {
  let out = message;
  for (const v of values) {
    if (typeof v === 'string' && v.trim().length >= 3) out = out.split(v).join('[hidden]');
  }
  return out;
}

interface Gathered {
  raw: Raw;
  /** Field → the variable it came from. */
  from: Record<string, string>;
  enabled: boolean | undefined;
}

function gather(
  source: SourceDescriptor,
  fileEntry: Raw | undefined,
  envNames: readonly [string, string][],
  fileName: string,
  problems: SourceProblem[],
): Gathered {
  const shape = shapeOf(source);
  const g: Gathered = { raw: {}, from: {}, enabled: undefined };
  const takes = () => settingsOf(source).map((s) => s.env);
  const unknown = (variable: string) => {
    const list = takes();
    const hint = list.length > 0 ? `; it takes ${list.join(', ')}` : '';
    const message = `${variable} is not a setting of ${source.label}${hint}.`;
    problems.push({ level: 'warning', sourceId: source.id, variable, message });
  };
  const put = (field: string, value: unknown, variable: string) => {
    if (field === 'enabled' || field === ENABLED) {
      const flag = parseFlag(value);
      if (flag === undefined) {
        const message = `${variable} takes 1 or 0 (true or false).`;
        problems.push({ level: 'error', sourceId: source.id, variable, message });
      } else g.enabled = flag;
      return;
    }
    let key = field;
    if (shape && !(key in shape) && key === 'url' && 'baseUrl' in shape) key = 'baseUrl';
    if (shape && !(key in shape)) return unknown(variable);
    const fieldSchema = shape?.[key];
    g.raw[key] = typeof value === 'string' ? coerce(value, fieldSchema) : value;
    g.from[key] = variable;
  };
  for (const [field, value] of Object.entries(fileEntry ?? {})) {
    put(field, value, `${fileName} › ${source.id}.${field}`);
  }
  const prefix = envPrefix(source.id);
  for (const [name, value] of envNames) {
    const suffix = name.slice(prefix.length);
    put(suffix === ENABLED ? ENABLED : fieldOf(suffix), value, name);
  }
  return g;
}

function validate(
  source: SourceDescriptor,
  g: Gathered,
  problems: SourceProblem[],
): EnabledSource | undefined {
  const result = source.configSchema.safeParse(g.raw);
  if (result.success) return { source, config: result.data };
  const prefix = envPrefix(source.id);
  const values = Object.values(g.raw);
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const variable = g.from[field] ?? (field ? prefix + envSuffix(field) : prefix + '*');
    const message =
      field && g.raw[field] === undefined
        ? `${variable} is not set; ${source.label} needs it (or set ${prefix}${ENABLED}=0 to turn it off).`
        : `${variable} is not accepted: ${scrub(issue.message, values)}.`;
    problems.push({ level: 'error', sourceId: source.id, variable, message });
  }
  return undefined;
}

/** Which source a variable belongs to: the longest matching prefix (`DHL_PAKET_` over `DHL_`). */
function ownerOf(name: string, prefixes: readonly [string, string][]): string | undefined {
  let best: [string, string] | undefined;
  for (const p of prefixes) {
    if (name.startsWith(p[1]) && name.length > p[1].length) {
      if (!best || p[1].length > best[1].length) best = p;
    }
  }
  return best?.[0];
}

/**
 * Pure: the switched-on sources and every problem, from the environment, the settings file
 * (when there is one) and the source list.
 */
export function resolveSources(
  env: Readonly<Record<string, string | undefined>>,
  file: SourcesFile | undefined,
  sources: readonly SourceDescriptor[],
): ConfiguredSources {
  const problems: SourceProblem[] = [];
  const fileEntries = file ? parseFile(file, problems) : new Map<string, Raw>();
  const fileName = file?.name ?? SOURCES_FILE_ENV;
  for (const id of fileEntries.keys()) {
    if (!sources.some((s) => s.id === id)) {
      const variable = `${fileName} › ${id}`;
      const known = sources.map((s) => s.id).join(', ');
      const message = `${variable}: there is no source '${id}' (known: ${known}).`;
      problems.push({ level: 'warning', variable, message });
    }
  }
  const prefixes = sources.map((s): [string, string] => [s.id, envPrefix(s.id)]);
  const byOwner = new Map<string, [string, string][]>();
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const owner = ownerOf(name, prefixes);
    if (owner === undefined) continue;
    const list = byOwner.get(owner) ?? [];
    list.push([name, value]);
    byOwner.set(owner, list);
  }
  const enabled = new Map<string, EnabledSource>();
  for (const source of sources) {
    const g = gather(
      source,
      fileEntries.get(source.id),
      byOwner.get(source.id) ?? [],
      fileName,
      problems,
    );
    if (g.enabled === false) continue;
    const given = Object.keys(g.raw);
    const keyless = source.configSchema.safeParse({}).success;
    if (g.enabled === true || (given.length > 0 && !keyless)) {
      const on = validate(source, g, problems);
      if (on) enabled.set(source.id, on);
    } else if (given.length > 0) {
      const variable = given.map((f) => g.from[f]).join(', ');
      const flag = envPrefix(source.id) + ENABLED;
      const message = `${variable} set, but ${source.label} is off until ${flag}=1.`;
      problems.push({ level: 'warning', sourceId: source.id, variable, message });
    }
  }
  return { enabled, problems };
}

/**
 * Reads TRACKLINE_SOURCES_FILE when set, then resolves. A file that cannot be read is an
 * error problem (naming the variable and the path), not a throw.
 */
export function loadSources(
  env: Readonly<Record<string, string | undefined>>,
  sources: readonly SourceDescriptor[],
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ConfiguredSources {
  const path = env[SOURCES_FILE_ENV]?.trim();
  if (!path) return resolveSources(env, undefined, sources);
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    const variable = `${SOURCES_FILE_ENV}=${path}`;
    const code = (error as { code?: string }).code ?? 'unreadable';
    const resolved = resolveSources(env, undefined, sources);
    const problem: SourceProblem = {
      level: 'error',
      variable,
      message: `${variable} cannot be read (${code}).`,
    };
    return { enabled: resolved.enabled, problems: [problem, ...resolved.problems] };
  }
  return resolveSources(env, { name: path, text }, sources);
}

/** Stops the start (TRK_ERR_CONFIG_INVALID) when any problem is an error. */
export function requireValidSources(configured: ConfiguredSources): ConfiguredSources {
  const errors = configured.problems.filter((p) => p.level === 'error');
  if (errors.length > 0) {
    throw new TracklineError('TRK_ERR_CONFIG_INVALID', errors.map((p) => p.message).join(' '));
  }
  return configured;
}
