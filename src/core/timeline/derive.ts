/**
 * @module core/timeline/derive
 * The state of a shipment from its merged timeline, at `now`. Events are walked in time
 * order; only classified events move the state (DESIGN §1.4). The milestone only moves
 * forward; returning/returned are a branch of their own. A scan that contradicts what is
 * established — anything but a return after a delivery, anything after the return reached
 * the sender, a delivery outside the destination country, an impossible speed — is
 * reported as an anomaly and not obeyed. Exceptions are not final: a later movement scan
 * resumes. The state is never 'delivered' without a delivery-class event.
 */
import type { ParsedLocation } from '../events.js';
import { type Milestone, milestoneIndex, type Reason, type Status } from '../status/taxonomy.js';
import { type LocatedScan, speedAnomaly } from './plausibility.js';
import type {
  Anomaly,
  DerivedState,
  DeriveOptions,
  MilestoneReached,
  TimelineEvent,
} from './types.js';
import { upperAscii } from './zones.js';

const DAY_MS = 86_400_000;
const PICKED_UP = milestoneIndex('picked_up');
const MOVING: ReadonlySet<Status> = new Set([
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'delivered',
]);

function toMs(now: Date | number | string): number {
  return now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
}

/** Record the first time a milestone is reached (module-level: no closure per call). */
function reach(reached: MilestoneReached[], m: Milestone, at: string): void {
  for (const r of reached) if (r.milestone === m) return;
  reached.push({ milestone: m, at });
}

function flag(
  anomalies: Anomaly[],
  kind: Anomaly['kind'],
  e: TimelineEvent,
  message: string,
): void {
  anomalies.push({ kind, eventKey: e.key, message });
}

function inOrder(timeline: readonly TimelineEvent[]): readonly TimelineEvent[] {
  for (let i = 1; i < timeline.length; i++) {
    if (timeline[i]!.at.epochMs < timeline[i - 1]!.at.epochMs) {
      return [...timeline].sort((a, b) => a.at.epochMs - b.at.epochMs);
    }
  }
  return timeline;
}

/**
 * Derive status, milestone, reason and the rest from a merged timeline.
 * @example deriveState([], new Date()).status // 'pending'
 */
export function deriveState(
  timeline: readonly TimelineEvent[],
  now: Date | number | string,
  opts: DeriveOptions = {},
): DerivedState {
  const nowMs = toMs(now);
  const dest = opts.destinationCountry?.toUpperCase();
  const origin = opts.originCountry?.toUpperCase();
  let status: Status = 'pending';
  let milestone: Milestone | null = null;
  let reason: Reason | null = null;
  let since: string | null = null;
  let location: ParsedLocation | null = null;
  let forwardRank = -1;
  let returnStage = 0;
  let lastEventMs = Number.NEGATIVE_INFINITY;
  let lastEventAt: string | null = null;
  let firstMovementMs: number | null = null;
  let endMs: number | null = null;
  let previous: LocatedScan | null = null;
  const reached: MilestoneReached[] = [];
  const anomalies: Anomaly[] = [];

  for (const e of inOrder(timeline)) {
    const timed = e.at.unreadable !== true;
    if (timed && e.at.epochMs >= lastEventMs) {
      lastEventMs = e.at.epochMs;
      lastEventAt = e.at.instant;
    }
    const c = e.classification;
    if (c.status === null) continue;
    if (c.status === 'info_received' && status !== 'pending' && status !== 'info_received') {
      continue; // a later leg's pre-advice while the parcel already moves: not news
    }
    const raw = e.place?.country;
    const country = raw === undefined ? undefined : upperAscii(raw);
    const weakZone = e.at.zoneConfidence !== 'source' && e.at.zoneConfidence !== 'location-city';
    const physical = c.status !== 'info_received' && c.milestone !== 'label_created';
    const here: LocatedScan | null =
      physical && timed && country && e.at.zoneConfidence !== 'unknown'
        ? { country, epochMs: e.at.epochMs, weakZone }
        : null;
    if (here && previous) {
      const message = speedAnomaly(previous, here);
      if (message) {
        flag(anomalies, 'impossible_speed', e, message);
        continue;
      }
    }
    const isReturn = c.milestone === 'returning' || c.milestone === 'returned';
    if (status === 'delivered') {
      if (c.status === 'delivered') continue;
      if (!isReturn) {
        flag(
          anomalies,
          'after_delivered',
          e,
          `'${c.status}' reported after the parcel was delivered; ignored`,
        );
        continue;
      }
      flag(
        anomalies,
        'return_after_delivery',
        e,
        'A return is reported after a delivery: the delivery scan may have been wrong',
      );
    }
    if (returnStage === 2) {
      if (c.milestone !== 'returned') {
        flag(
          anomalies,
          'after_returned',
          e,
          `'${c.status}' reported after the parcel was returned to the sender; ignored`,
        );
      }
      continue;
    }
    if (c.status === 'delivered' && country) {
      const wrong = dest ? country !== dest : origin !== undefined && country === origin;
      if (wrong) {
        flag(
          anomalies,
          'delivered_wrong_country',
          e,
          `Delivery reported in ${country}, not in the destination ${dest ?? 'country'}; ignored`,
        );
        continue;
      }
    }

    // Obey the event.
    const m: Milestone | null =
      c.milestone === 'delivered' && c.status !== 'delivered' ? null : c.milestone;
    const at = e.at.instant;
    if (m === 'returning' || m === 'returned') {
      const stage = m === 'returning' ? 1 : 2;
      if (stage > returnStage) {
        returnStage = stage;
        milestone = m;
        reach(reached, m, at);
        endMs = stage === 2 ? e.at.epochMs : null;
      }
    } else if (m !== null) {
      const rank = milestoneIndex(m);
      if (returnStage > 0 && c.status === 'delivered') returnStage = 0;
      if (returnStage === 0 && rank > forwardRank) {
        forwardRank = rank;
        milestone = m;
        reach(reached, m, at);
      } else if (returnStage === 0 && m === 'delivered') {
        milestone = m;
      }
    }
    if (c.status !== status) {
      status = c.status;
      since = at;
    }
    reason =
      returnStage > 0 && c.reason === null && status !== 'delivered'
        ? returnStage === 2
          ? 'returned_to_sender'
          : 'returning_to_sender'
        : c.reason;
    if (e.place) location = e.place;
    if (here) previous = here;
    const moving = MOVING.has(c.status) || (m !== null && milestoneIndex(m) >= PICKED_UP);
    if (firstMovementMs === null && moving && timed) firstMovementMs = e.at.epochMs;
    if (status === 'delivered' && endMs === null && timed) endMs = e.at.epochMs;
  }

  return {
    status,
    milestone,
    reason,
    since,
    lastEventAt,
    location,
    daysInTransit:
      firstMovementMs === null
        ? null
        : Math.max(0, Math.floor(((endMs ?? nowMs) - firstMovementMs) / DAY_MS)),
    milestonesReached: reached,
    stalledFor: lastEventAt === null ? null : Math.max(0, nowMs - lastEventMs),
    anomalies,
  };
}
