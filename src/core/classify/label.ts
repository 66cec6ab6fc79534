/**
 * @module core/classify/label
 * The small vocabulary shared by code tables and text rules: a label is the three axes of
 * docs/labeling.md; a code entry is a label plus how far the source's text may refine it.
 */
import type { Milestone, Reason, Status } from '../status/taxonomy.js';

/** The three axes an event is labelled with (docs/labeling.md). */
export interface Label {
  readonly status: Status;
  readonly milestone: Milestone | null;
  readonly reason: Reason | null;
}

/**
 * One code of a source's table.
 * - A plain entry decides on its own.
 * - `refine` lists the statuses the event's text may substitute (a coarse code such as
 *   DHL 'transit' or 17TRACK 'InTransit_Other' says less than its description).
 * - `defer` marks a code that means nothing without its text (FedEx EA, Correios BDE):
 *   the text decides, and the entry's own label is only the fallback ('text-only': no
 *   fallback, e.g. 17TRACK NotFound says nothing about the parcel).
 */
export interface CodeEntry extends Label {
  readonly gloss: string;
  readonly refine?: readonly Status[];
  readonly defer?: boolean | 'text-only';
  /**
   * A delivery-outcome code (Correios BDE/BDI/BDR): an address, absence or closed-business
   * problem in its text is the cause of a failed attempt, not a problem raised elsewhere.
   */
  readonly attempt?: boolean;
  /** With `refine`: the only milestones a same-status text may put in place of the code's. */
  readonly refineTo?: readonly Milestone[];
}

/** A code table: code → entry. Plain data so adapters (issue 5) can import it. */
export type CodeTable = Readonly<Record<string, CodeEntry>>;

/** Shorthand used by the tables: `e('in_transit', 'picked_up', null, 'accepted')`. */
export function e(
  status: Status,
  milestone: Milestone | null,
  reason: Reason | null,
  gloss: string,
  extra?: {
    refine?: readonly Status[];
    defer?: boolean | 'text-only';
    attempt?: boolean;
    refineTo?: readonly Milestone[];
  },
): CodeEntry {
  return { status, milestone, reason, gloss, ...extra };
}

/** Statuses a coarse "in transit" code may be refined to by its text. */
export const TRANSIT_REFINE: readonly Status[] = [
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'exception',
];
