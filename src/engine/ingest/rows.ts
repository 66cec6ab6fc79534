/**
 * @module engine/ingest/rows
 * Timeline reports ↔ `events` rows. One row is one report (one source's account of one scan
 * on one leg), so provenance survives; the timeline is merged again on read. The dedupe key
 * is the leg id plus the report's content key from merge (leg number, source, wall clock,
 * offset/zone, code, text, place): re-ingesting a payload yields the same keys, and a reused
 * number (a new leg generation) yields new ones.
 */
import type { ParsedLocation } from '../../core/events.js';
import type {
  EventTime,
  Reporter,
  TimelineInput,
  ZoneConfidence,
} from '../../core/timeline/index.js';
import type { NewEvent } from '../../store/events.js';
import type { EventRow } from '../../store/schema.js';

/** How sure the zone was, as the number stored in `events.zone_confidence`. */
export const ZONE_CONFIDENCE: Readonly<Record<ZoneConfidence, number>> = {
  source: 1,
  'location-city': 0.8,
  'location-country': 0.6,
  'carrier-default': 0.4,
  unknown: 0,
};

export function dedupeKey(legId: string, reportKey: string): string {
  return `${legId}:${reportKey}`;
}

function parsedTime(fetchedAt: string | null, fallback: number): number {
  if (fetchedAt === null) return fallback;
  const ms = Date.parse(fetchedAt);
  return Number.isFinite(ms) ? ms : fallback;
}

/** The row for one report of a merged event, on a leg of a shipment. */
export function reportRow(
  r: Reporter,
  ids: { shipmentId: string; legId: string },
  fetchedAt: number,
): NewEvent {
  const i = r.input;
  const c = i.classification;
  return {
    shipment_id: ids.shipmentId,
    leg_id: ids.legId,
    source: i.source,
    occurred_at: r.at.epochMs,
    local_time: r.at.localTime,
    zone: r.at.zone,
    zone_confidence: ZONE_CONFIDENCE[r.at.zoneConfidence],
    location_raw: i.location ?? i.place?.raw ?? null,
    city: i.place?.city ?? null,
    region: i.place?.region ?? null,
    country: i.place?.country ?? null,
    code: i.code ?? null,
    description: i.description,
    language: i.language ?? null,
    status: c.status,
    milestone: c.milestone,
    reason: c.reason,
    confidence: c.confidence,
    rule: c.rule,
    dedupe_key: dedupeKey(ids.legId, r.key),
    fetched_at: parsedTime(r.fetchedAt, fetchedAt),
  };
}

/**
 * A stored row back as a timeline input. The instant is the stored one (a true instant, so
 * it reads as source-confidence); the zone is passed along when it is an IANA name.
 */
export function rowInput(row: EventRow, legNumber: string): TimelineInput {
  const time: EventTime = {
    local: row.local_time ?? new Date(row.occurred_at).toISOString(),
    epochMs: Number(row.occurred_at),
  };
  if (row.zone?.includes('/')) time.zone = row.zone;
  const input: TimelineInput = {
    legNumber,
    source: row.source,
    time,
    description: row.description,
    classification: {
      status: row.status,
      milestone: row.milestone,
      reason: row.reason,
      confidence: Number(row.confidence),
      rule: row.rule,
    },
    fetchedAt: new Date(Number(row.fetched_at)).toISOString(),
  };
  if (row.code !== null) input.code = row.code;
  if (row.location_raw !== null) input.location = row.location_raw;
  if (row.language !== null) input.language = row.language;
  if (row.location_raw !== null || row.country !== null || row.city !== null) {
    const place: ParsedLocation = { raw: row.location_raw ?? '' };
    if (row.city !== null) place.city = row.city;
    if (row.region !== null) place.region = row.region;
    if (row.country !== null) place.country = row.country;
    input.place = place;
  }
  return input;
}
