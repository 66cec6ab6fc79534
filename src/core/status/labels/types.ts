/**
 * @module core/status/labels/types
 * The shape of one locale's words for the status vocabularies. Every axis is a full Record,
 * so a locale that misses a value of taxonomy.ts does not compile.
 */
import type { Milestone, OrderStatus, ProgressStep, Reason, Status } from '../taxonomy.js';

/** A short label (2–4 words, as a tracking page shows it) and a plain explanation. */
export type Entry = readonly [label: string, explanation: string];

/** The axes a label exists for: the three event axes, order statuses and the progress bar. */
export const AXES = ['status', 'milestone', 'reason', 'order', 'progress'] as const;
export type Axis = (typeof AXES)[number];

export interface StatusTexts {
  status: Record<Status, Entry>;
  milestone: Record<Milestone, Entry>;
  reason: Record<Reason, Entry>;
  order: Record<OrderStatus, Entry>;
  progress: Record<ProgressStep, Entry>;
}

/** The value type of each axis. */
export interface AxisValue {
  status: Status;
  milestone: Milestone;
  reason: Reason;
  order: OrderStatus;
  progress: ProgressStep;
}
