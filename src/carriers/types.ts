/**
 * @module carriers/types
 * The adapter contract (DESIGN §6). A source is a folder under src/carriers/<id>/ whose
 * index.ts exports a SourceDescriptor: `client.ts` fetches raw payloads over HTTP, `parse.ts`
 * turns a payload into `{results, messages}` without I/O, `codes.ts` holds its code tables.
 */
import type { z } from 'zod';

/** When the source says an event happened: the wall clock as sent, plus what it says of the zone. */
export interface SourceTime {
  /** Wall-clock text as the source sent it, e.g. '2026-03-05 14:22:10' or '2026-03-05T14:22:10'. */
  local: string;
  /** UTC offset the source gave with it, e.g. '+08:00'. */
  offset?: string;
  /** IANA zone the source named, e.g. 'Asia/Shanghai'. */
  zone?: string;
  /** A true instant, only when the source sends one it vouches for (epoch ms). */
  epochMs?: number;
}

/** One scan as a source reported it, normalized in shape but not interpreted. */
export interface SourceEvent {
  trackingNumber: string;
  time: SourceTime;
  description: string;
  /** The source's own code, e.g. 'EMI', 'GTMS_SIGNED', 'DL', 'InTransit_003'. */
  code?: string;
  /** Location text as sent. */
  location?: string;
  /** BCP 47 language of the description, when known. */
  language?: string;
}

/** A number the source says the parcel continues under (a new leg). */
export interface SourceLink {
  number: string;
  carrierHint?: string;
}

/** Everything a source said about one tracking number. */
export interface SourceResult {
  trackingNumber: string;
  /** Registry carrier id the source attributes the number to, when it says. */
  carrierId?: string;
  events: SourceEvent[];
  links: SourceLink[];
  originCountry?: string;
  destinationCountry?: string;
  /** The source's own delivery estimate, kept beside ours (ISO dates). */
  estimate?: { earliest?: string; latest?: string };
  /** The shipping method, as an id of data/shipping-methods.json, when the source says. */
  service?: string;
}

export type MessageCode =
  | 'not_found'
  | 'not_shipped_yet'
  | 'invalid_number'
  | 'unknown_code'
  | 'partial'
  | 'source_error';

/** Errors as data: a not-found or a strange payload is a message, never a throw. */
export interface CarrierMessage {
  level: 'error' | 'warning' | 'info';
  code: MessageCode;
  message: string;
  trackingNumber?: string;
}

export interface ParseOutput {
  results: SourceResult[];
  messages: CarrierMessage[];
}

/** How politely a source must be called. */
export interface SourceLimits {
  perSecond: number;
  perDay?: number;
  /** Most numbers one request may carry. */
  batchSize: number;
  /** Most requests in flight at once. */
  concurrency: number;
}

/** What a client gets from outside: a fetch (undici's or a test's) and a clock. */
export interface ClientDeps {
  fetch: typeof globalThis.fetch;
  now: () => number;
  /** Per-request timeout in ms. */
  timeoutMs: number;
}

/** The I/O half of an adapter: fetches the raw payload for a batch of numbers. */
export interface SourceClient {
  fetchRaw(numbers: readonly string[], signal?: AbortSignal): Promise<unknown>;
}

export type SourceKind = 'carrier' | 'aggregator' | 'simulator';

export interface SourceDescriptor<Config = unknown> {
  id: string;
  label: string;
  kind: SourceKind;
  /** Registry carrier ids this source can track; '*' for aggregators that track most. */
  serves: readonly string[] | '*';
  limits: SourceLimits;
  /** Validates the source's settings; rejects empty credentials. */
  configSchema: z.ZodType<Config>;
  create(config: Config, deps: ClientDeps): SourceClient;
  /** Pure: raw payload → results and messages. Never throws on a payload it can't read. */
  parse(payload: unknown): ParseOutput;
}
