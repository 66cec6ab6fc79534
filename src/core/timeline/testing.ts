/**
 * @module core/timeline/testing
 * Builders for the timeline engine's tests: a classified event in one line.
 */
import type { Classification, ParsedLocation } from '../events.js';
import type { Milestone, Reason, Status } from '../status/taxonomy.js';
import type { EventTime, TimelineInput } from './types.js';

/** A classification with sensible defaults. */
export function cls(
  status: Status | null,
  milestone: Milestone | null = null,
  reason: Reason | null = null,
): Classification {
  return {
    status,
    milestone,
    reason,
    confidence: status ? 0.9 : 0,
    rule: status ? 'test' : 'none',
  };
}

/** A place from 'City, CC' or 'CC'. */
export function at(text: string): ParsedLocation {
  const parts = text.split(',').map((s) => s.trim());
  const country = parts[parts.length - 1];
  const city = parts.length > 1 ? parts[0] : undefined;
  return city ? { raw: text, city, country } : { raw: text, country };
}

export interface EventSpec {
  leg?: string;
  source?: string;
  time: string | EventTime;
  text: string;
  status: Status | null;
  milestone?: Milestone | null;
  reason?: Reason | null;
  place?: string;
  code?: string;
  fetchedAt?: string;
}

/** One classified event. A string time is a wall clock with offset '+00:00' unless it has one. */
export function ev(spec: EventSpec): TimelineInput {
  const time: EventTime =
    typeof spec.time === 'string' ? { local: spec.time, offset: '+00:00' } : spec.time;
  const e: TimelineInput = {
    legNumber: spec.leg ?? 'LP00012345678CN',
    source: spec.source ?? 'cainiao',
    description: spec.text,
    time,
    classification: cls(spec.status, spec.milestone ?? null, spec.reason ?? null),
  };
  if (spec.place) e.place = at(spec.place);
  if (spec.code) e.code = spec.code;
  if (spec.fetchedAt) e.fetchedAt = spec.fetchedAt;
  return e;
}
