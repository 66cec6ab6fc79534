/**
 * @module engine/ingest/link-legs
 * Leg linking inside the ingest transaction (DESIGN §1.6): a number a source hands the
 * parcel over to becomes a leg of the same shipment (learned from the carrier), with its
 * first poll due at once. A number that already belongs to another shipment (registered by
 * the user before the hand-off was seen) merges that shipment into this one — unless that
 * other parcel is older than the reuse window, in which case the number is a new generation.
 */
import { detect } from '../../core/numbers/index.js';
import { type Milestone, milestoneIndex } from '../../core/status/taxonomy.js';
import type { TimelineEvent } from '../../core/timeline/index.js';
import type { Db } from '../../store/db.js';
import { createLeg, findLegsByNumber, nextGeneration } from '../../store/legs.js';
import { schedulePoll } from '../../store/schedule.js';
import type { LegRole, LegRow } from '../../store/schema.js';
import { getShipment, mergeShipments } from '../../store/shipments.js';
import type { LegLink } from './interpret.js';

export interface LinkContext {
  shipmentId: string;
  /** The shipment's legs (newly linked ones are appended). */
  legs: LegRow[];
  timeline: readonly TimelineEvent[];
  /** The leg whose result declared links without naming an event. */
  declaringLeg: LegRow;
  /** Source that polls a new leg of this carrier. */
  sourceFor: (carrierId: string) => string;
  now: number;
  reuseWindowMs?: number;
}

export interface LinkOutcome {
  shipmentId: string;
  number: string;
  carrierId: string;
  legId: string;
  role: LegRole;
  /** created: a new leg; merged: the number's shipment was merged into this one. */
  action: 'created' | 'merged';
  mergedFrom?: string;
}

const ARRIVED = milestoneIndex('arrived_destination');

/** The carrier of a linked number: the hint, else the best detection, else the source. */
export function carrierOf(link: LegLink, fallback: string): string {
  return link.carrierHint ?? detect(link.number)[0]?.carrierId ?? fallback;
}

/**
 * International when the hand-off leaves an origin leg before arrival; last mile when it
 * happens at destination or from a leg that is already international or last mile.
 */
export function roleFrom(
  milestone: Milestone | null | undefined,
  fromLeg: LegRow | undefined,
  declaringLeg: LegRow,
): LegRole {
  if (milestone && milestoneIndex(milestone) >= ARRIVED) return 'last_mile';
  const role = (fromLeg ?? declaringLeg).role;
  return role === 'international' || role === 'last_mile' ? 'last_mile' : 'international';
}

/** roleFrom() for a link of a merged timeline (the event that names it, if any). */
export function roleOf(
  link: LegLink,
  ctx: Pick<LinkContext, 'timeline' | 'legs' | 'declaringLeg'>,
): LegRole {
  const event = link.fromEventKey
    ? ctx.timeline.find((e) => e.key === link.fromEventKey)
    : undefined;
  const fromLeg = event ? ctx.legs.find((l) => l.number === event.legNumber) : undefined;
  return roleFrom(event?.classification.milestone, fromLeg, ctx.declaringLeg);
}

/** The known leg of a number: the same carrier's first, else any (numbers rarely collide). */
export function pick(existing: LegRow[], carrierId: string): LegRow | undefined {
  return existing.find((l) => l.carrier_id === carrierId) ?? existing[0];
}

/** Links one number to the shipment; null when it is already one of its legs. */
export async function linkLeg(
  trx: Db,
  link: LegLink,
  ctx: LinkContext,
): Promise<LinkOutcome | null> {
  if (ctx.legs.some((l) => l.number === link.number)) return null;
  const carrierId = carrierOf(link, ctx.declaringLeg.carrier_id);
  const existing = pick(await findLegsByNumber(trx, link.number), carrierId);
  const role = roleOf(link, ctx);
  if (existing && existing.shipment_id === ctx.shipmentId) return null;
  let generation = 0;
  if (existing) {
    const other = await getShipment(trx, existing.shipment_id);
    const lastActivity = Number(other?.last_event_at ?? existing.first_seen_at);
    const next = nextGeneration(existing, lastActivity, ctx.now, ctx.reuseWindowMs);
    if (!next.isNew) {
      await mergeShipments(trx, existing.shipment_id, ctx.shipmentId, ctx.now);
      ctx.legs.push({ ...existing, shipment_id: ctx.shipmentId });
      return {
        shipmentId: ctx.shipmentId,
        number: link.number,
        carrierId: existing.carrier_id,
        legId: existing.id,
        role: existing.role,
        action: 'merged',
        mergedFrom: existing.shipment_id,
      };
    }
    generation = next.generation;
  }
  const leg = await createLeg(
    trx,
    {
      shipmentId: ctx.shipmentId,
      number: link.number,
      carrierId,
      role,
      learnedFrom: 'carrier',
      generation,
    },
    ctx.now,
  );
  ctx.legs.push(leg);
  await schedulePoll(trx, { legId: leg.id, sourceId: ctx.sourceFor(carrierId), dueAt: ctx.now });
  return {
    shipmentId: ctx.shipmentId,
    number: link.number,
    carrierId,
    legId: leg.id,
    role,
    action: 'created',
  };
}
