/**
 * @module engine/policy/next-check
 * Adaptive polling (DESIGN §7): when to look at a tracking number again, from the shipment's
 * derived state. Pure: the clock is `nowMs`, the jitter comes from an injected `random`.
 * Polls are spread by ±`jitter` so parcels registered together never poll together.
 */
import type { Milestone, Status } from '../../core/status/taxonomy.js';
import { unitRandom } from './unit-random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the scheduler knows about a shipment when it plans the next look. */
export interface PollState {
  status: Status;
  /** Derived milestone; null when no event has proved a position yet. */
  milestone: Milestone | null;
  registeredAtMs: number;
  /** Instant of the newest event; absent while the source knows nothing. */
  lastEventAtMs?: number;
  /** When we last fetched it (successfully or not); absent before the first fetch. */
  lastCheckedAtMs?: number;
  /** Polls in a row that failed or found nothing new to parse; stretches the interval. */
  consecutiveFailures?: number;
}

/** The rows of the polling table: one per stage of the journey. */
export type PollRule =
  | 'pending_early'
  | 'pending_late'
  | 'info_received'
  | 'origin'
  | 'long_haul'
  | 'near_destination'
  | 'out_for_delivery'
  | 'awaiting_recipient'
  | 'exception'
  | 'returning';

export type StopReason = 'delivered' | 'returned' | 'expired';

export type NextCheck =
  | { atMs: number; reason: PollRule; stop?: undefined }
  | { stop: true; reason: StopReason };

export interface PollingConfig {
  /** Base interval per rule, in ms; each poll lands within ±`jitter` of it. */
  intervals: Readonly<Record<PollRule, number>>;
  /** How long after registration a pending number is polled often. */
  pendingBurstMs: number;
  /** Stop ('expired') after this long without news (last event, else registration). */
  expireAfterMs: number;
  /** Relative jitter, 0 ≤ jitter < 1 (0.15 = ±15%). */
  jitter: number;
  /** Most the interval grows with consecutive failures (×2 each, up to this factor). */
  failureStretchCap: number;
}

/** The polling table of docs/scheduling.md. */
export const DEFAULT_INTERVALS: Readonly<Record<PollRule, number>> = Object.freeze({
  pending_early: 3 * HOUR,
  pending_late: DAY,
  info_received: 9 * HOUR,
  origin: 5 * HOUR,
  long_haul: 10 * HOUR,
  near_destination: 3.5 * HOUR,
  out_for_delivery: HOUR,
  awaiting_recipient: 5 * HOUR,
  exception: 6 * HOUR,
  returning: 12 * HOUR,
});

export const DEFAULT_POLLING: Readonly<PollingConfig> = Object.freeze({
  intervals: DEFAULT_INTERVALS,
  pendingBurstMs: 72 * HOUR,
  expireAfterMs: 30 * DAY,
  jitter: 0.15,
  failureStretchCap: 4,
});

/** Builds a config from overrides, e.g. `pollingConfig({ expireAfterDays: 45 })`. */
export function pollingConfig(
  overrides: Partial<Omit<PollingConfig, 'intervals'>> & {
    intervals?: Partial<Record<PollRule, number>>;
    expireAfterDays?: number;
  } = {},
): PollingConfig {
  const { intervals, expireAfterDays, ...rest } = overrides;
  const config: PollingConfig = {
    ...DEFAULT_POLLING,
    ...rest,
    intervals: { ...DEFAULT_INTERVALS, ...intervals },
  };
  if (expireAfterDays !== undefined) config.expireAfterMs = expireAfterDays * DAY;
  if (!(config.jitter >= 0 && config.jitter < 1)) throw new RangeError('jitter must be in [0, 1)');
  for (const [rule, ms] of Object.entries(config.intervals)) {
    if (!(ms > 0)) throw new RangeError(`interval ${rule} must be > 0 ms`);
  }
  return config;
}

const LONG_HAUL: ReadonlySet<Milestone> = new Set([
  'departed_origin',
  'international_transit',
  'transit_hub',
]);
const NEAR_DESTINATION: ReadonlySet<Milestone> = new Set([
  'arrived_destination',
  'import_customs',
  'customs_released',
  'handed_to_last_mile',
  'destination_facility',
]);

/** Which row of the table applies to a live (not stopped) shipment. */
export function pollRule(state: PollState, nowMs: number, config: PollingConfig): PollRule {
  const { status, milestone } = state;
  if (milestone === 'returning') return 'returning';
  switch (status) {
    case 'pending':
      return nowMs - state.registeredAtMs < config.pendingBurstMs
        ? 'pending_early'
        : 'pending_late';
    case 'info_received':
      return 'info_received';
    case 'out_for_delivery':
      return 'out_for_delivery';
    case 'available_for_pickup':
    case 'failed_attempt':
      return 'awaiting_recipient';
    case 'exception':
      return 'exception';
    default:
      if (milestone === 'out_for_delivery') return 'out_for_delivery';
      if (milestone === 'pickup_point') return 'awaiting_recipient';
      if (milestone !== null && LONG_HAUL.has(milestone)) return 'long_haul';
      if (milestone !== null && NEAR_DESTINATION.has(milestone)) return 'near_destination';
      return 'origin';
  }
}

/** Why polling should stop, or null while it goes on. */
export function stopReason(
  state: PollState,
  nowMs: number,
  config: PollingConfig,
): StopReason | null {
  if (state.status === 'delivered') return 'delivered';
  if (state.milestone === 'returned') return 'returned';
  if (state.status === 'expired') return 'expired';
  const newsAtMs = state.lastEventAtMs ?? state.registeredAtMs;
  if (nowMs - newsAtMs >= config.expireAfterMs) return 'expired';
  return null;
}

/** `baseMs` spread by ±`ratio`, from a random number in [0, 1). */
export function jittered(baseMs: number, ratio: number, random: () => number): number {
  const r = unitRandom(random);
  return baseMs * (1 + ratio * (2 * r - 1));
}

/** The interval before jitter: the table's, stretched ×2 per consecutive failure (capped). */
export function baseInterval(state: PollState, rule: PollRule, config: PollingConfig): number {
  const failures = Math.max(0, Math.floor(state.consecutiveFailures ?? 0));
  const stretch = Math.min(2 ** Math.min(failures, 30), Math.max(1, config.failureStretchCap));
  return config.intervals[rule] * stretch;
}

/**
 * When to check next, or why to stop. The interval counts from the last check (from `nowMs`
 * before the first); a check that is overdue is due now.
 */
export function nextCheckAt(
  state: PollState,
  nowMs: number,
  random: () => number,
  config: PollingConfig = DEFAULT_POLLING,
): NextCheck {
  const stop = stopReason(state, nowMs, config);
  if (stop) return { stop: true, reason: stop };
  const rule = pollRule(state, nowMs, config);
  const delay = Math.round(jittered(baseInterval(state, rule, config), config.jitter, random));
  const anchor = Math.min(state.lastCheckedAtMs ?? nowMs, nowMs);
  return { atMs: Math.max(nowMs, anchor + delay), reason: rule };
}
