/**
 * @module config
 * Trackline's configuration, from CLI flags, then `TRACKLINE_*` environment variables, then
 * defaults. Parsed once at start and frozen; a bad value stops the start with a message
 * naming the variable and what it accepts.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { TracklineError } from './errors.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One setting: its environment variable, CLI flag, what it accepts, and its default. */
interface Setting<T> {
  env: string;
  flag: string;
  accepts: string;
  schema: z.ZodType<T>;
  fallback: T;
  /** A secret: a message about a bad value never repeats it. */
  secret?: true;
}

const port = z.coerce.number().int().min(0).max(65535);

export const SETTINGS = {
  port: {
    env: 'TRACKLINE_PORT',
    flag: 'port',
    accepts: 'a TCP port number from 0 to 65535',
    schema: port,
    fallback: 3000,
  },
  host: {
    env: 'TRACKLINE_HOST',
    flag: 'host',
    accepts: 'an interface address to listen on, such as 127.0.0.1 or 0.0.0.0',
    schema: z.string().min(1),
    fallback: '127.0.0.1',
  },
  dataDir: {
    env: 'TRACKLINE_DATA_DIR',
    flag: 'data',
    accepts: 'a folder path for the SQLite database and runtime files',
    schema: z.string().min(1),
    fallback: './data',
  },
  databaseUrl: {
    env: 'TRACKLINE_DATABASE_URL',
    flag: 'databaseUrl',
    accepts:
      'a postgres:// or postgresql:// URL, or file:PATH for SQLite elsewhere; unset for SQLite in the data folder',
    schema: z
      .string()
      .regex(/^(postgres(ql)?:\/\/\S+|file:\S+)$/, 'not a postgres:// or file: URL')
      .optional(),
    fallback: undefined,
  },
  demoTimeScale: {
    env: 'TRACKLINE_DEMO_TIME_SCALE',
    flag: 'demoTimeScale',
    accepts: 'a number of simulated seconds per real second for the demo carrier (1 to 1000000)',
    schema: z.coerce.number().min(1).max(1_000_000),
    fallback: 600,
  },
  logLevel: {
    env: 'TRACKLINE_LOG_LEVEL',
    flag: 'logLevel',
    accepts: LOG_LEVELS.join(', '),
    schema: z.enum(LOG_LEVELS),
    fallback: 'info',
  },
  operatorToken: {
    env: 'TRACKLINE_OPERATOR_TOKEN',
    flag: 'operatorToken',
    accepts:
      'a secret of at least 16 characters that opens the operator pages; unset, they answer only on this machine',
    schema: z.string().trim().min(16, 'shorter than 16 characters').optional(),
    fallback: undefined,
    secret: true,
  },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = Readonly<{
  [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never;
}>;

/** Flags as commander hands them over (camelCase keys, string values). */
export type ConfigFlags = Readonly<Record<string, unknown>>;

function pick(setting: Setting<unknown>, env: NodeJS.ProcessEnv, flags: ConfigFlags) {
  const flagValue = flags[setting.flag];
  if (flagValue !== undefined) return { value: flagValue, from: `--${kebab(setting.flag)}` };
  const envValue = env[setting.env];
  if (envValue !== undefined && envValue !== '') return { value: envValue, from: setting.env };
  return { value: setting.fallback, from: 'default' };
}

/** A setting's flag as typed on the command line: 'databaseUrl' → 'database-url'. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Reads the configuration. Throws TracklineError TRK_ERR_CONFIG_INVALID naming the first bad
 * variable or flag and what it accepts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const { value, from } = pick(setting, env, flags);
    const parsed = setting.schema.safeParse(value);
    if (!parsed.success) {
      const name = from === 'default' ? setting.env : from;
      const shown = setting.secret ? '[hidden]' : JSON.stringify(value);
      throw new TracklineError(
        'TRK_ERR_CONFIG_INVALID',
        `${name}=${shown} is not accepted; ${name} takes ${setting.accepts}.`,
      );
    }
    out[key] = parsed.data;
  }
  out.dataDir = resolve(String(out.dataDir));
  return Object.freeze(out) as Config;
}
