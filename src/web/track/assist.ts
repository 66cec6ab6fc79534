/**
 * @module web/track/assist
 * Pure adapters from a TrackView to what the buyer's assistant reads: `EtaInput` for
 * estimate() and `AdviceShipment` for advise(). The engine knows more (service, order,
 * destination, lane statistics) and may pass it as `facts`; without it these give the
 * tracking page an honest estimate from the priors and advice from the timeline alone.
 */
import { advise } from '../../core/advice/index.js';
import type { Advice, AdviceOrder, AdviceShipment } from '../../core/advice/types.js';
import {
  estimate,
  etaInputOf,
  type LaneStats,
  milestonesOfScans,
  msOfIso,
  originOfScans,
  type ShipmentFacts,
} from '../../core/eta/index.js';
import type { Estimate } from '../../core/eta/types.js';
import type { Locale } from '../../core/i18n/locales.js';
import { analyze } from '../../core/numbers/index.js';
import type { Milestone } from '../../core/status/taxonomy.js';
import { type TrackView, type TrackViewEvent, viewScans } from '../../engine/run/track-view.js';

/** First instant each milestone was reached, oldest first (classified events only). */
export function milestonesOf(view: TrackView): { milestone: Milestone; at: string }[] {
  return milestonesOfScans(viewScans(view.shipment));
}

/** What both the estimate and the advice read from the scans (built once per call). */
function journeyOf(view: TrackView): {
  milestones: { milestone: Milestone; at: string }[];
  origin: string | undefined;
} {
  const scans = viewScans(view.shipment);
  return { milestones: milestonesOfScans(scans), origin: originOfScans(scans) };
}

/** The oldest event of the newest run of events sharing the shipment's status. */
function statusSince(view: TrackView): string | null {
  let since: string | null = null;
  for (const e of view.shipment.events) {
    if (e.status === null) continue;
    if (e.status !== view.shipment.status) break;
    since = e.occurredAt;
  }
  return since;
}

export function etaFromView(
  view: TrackView,
  now: Date,
  stats: LaneStats | null = null,
  facts: ShipmentFacts = {},
): Estimate | null {
  // Before a first scan nothing is known of the parcel, not even that it exists: a window
  // drawn from the priors alone would look like knowledge we do not have.
  if (view.shipment.events.length === 0) return null;
  const { milestones, origin } = journeyOf(view);
  // The facts win over the scans, even when they say nothing (an own null or undefined).
  const originCountry = Object.hasOwn(facts, 'originCountry') ? facts.originCountry : origin;
  const input = etaInputOf(
    { status: view.shipment.status, milestonesReached: milestones },
    originCountry === facts.originCountry ? facts : { ...facts, originCountry },
  );
  return estimate(input, stats, now);
}

export function adviceShipmentOf(view: TrackView, now: Date): AdviceShipment {
  const { shipment } = view;
  const { events } = shipment;
  const newest = events[0];
  let located: TrackViewEvent | undefined;
  for (const e of events) {
    if (e.location?.country || e.location?.city) {
      located = e;
      break;
    }
  }
  let lastMile: TrackView['shipment']['legs'][number] | undefined;
  let own: TrackView['shipment']['legs'][number] | undefined;
  for (const l of shipment.legs) {
    if (!lastMile && l.role === 'last_mile') lastMile = l;
    if (!own && l.number === view.number) own = l;
  }
  const eventCountries: string[] = [];
  const eventCities: string[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const location = events[i]!.location;
    if (location?.country) eventCountries.push(location.country);
    if (location?.city) eventCities.push(location.city);
  }
  const { milestones, origin } = journeyOf(view);
  const out: AdviceShipment = {
    trackingNumber: view.number,
    found: events.length > 0,
    status: shipment.status,
    milestone: shipment.milestone,
    reason: shipment.reason,
    since: statusSince(view),
    lastEventAt: newest?.occurredAt ?? null,
    milestonesReached: milestones,
    stalledFor: newest ? Math.max(0, now.getTime() - msOfIso(newest.occurredAt)) : null,
    eventCountries,
    eventCities,
  };
  if (origin) out.originCountry = origin;
  if (located?.location) {
    out.lastPlace = {
      ...(located.location.country ? { country: located.location.country } : {}),
      ...(located.location.city ? { city: located.location.city } : {}),
    };
  }
  const carrier = own?.carrierId ?? view.route.carrierId;
  if (carrier) out.carrier = carrier;
  if (lastMile) {
    out.lastMileNumber = lastMile.number;
    out.lastMileCarrier = lastMile.carrierId;
  }
  if (shipment.deliveredAt) out.deliveredAt = shipment.deliveredAt;
  if (!out.found) out.suggestions = analyze(view.number).suggestions;
  return out;
}

export function adviceFromView(
  view: TrackView,
  locale: Locale,
  now: Date,
  order?: AdviceOrder,
): Advice {
  return advise(adviceShipmentOf(view, now), order, now, locale);
}
