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
  originOfScans,
  type ShipmentFacts,
} from '../../core/eta/index.js';
import type { Estimate } from '../../core/eta/types.js';
import type { Locale } from '../../core/i18n/locales.js';
import { analyze } from '../../core/numbers/index.js';
import type { Milestone } from '../../core/status/taxonomy.js';
import { type TrackView, viewScans } from '../../engine/run/track-view.js';

/** First instant each milestone was reached, oldest first (classified events only). */
export function milestonesOf(view: TrackView): { milestone: Milestone; at: string }[] {
  return milestonesOfScans(viewScans(view.shipment));
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

/** The country of the oldest scan known to be in the origin country. */
function originCountry(view: TrackView): string | undefined {
  return originOfScans(viewScans(view.shipment));
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
  const origin = originCountry(view);
  const input = etaInputOf(
    { status: view.shipment.status, milestonesReached: milestonesOf(view) },
    { ...(origin ? { originCountry: origin } : {}), ...facts },
  );
  return estimate(input, stats, now);
}

export function adviceShipmentOf(view: TrackView, now: Date): AdviceShipment {
  const { shipment } = view;
  const newest = shipment.events[0];
  const oldestFirst = [...shipment.events].reverse();
  const located = shipment.events.find((e) => e.location?.country || e.location?.city);
  const lastMile = shipment.legs.find((l) => l.role === 'last_mile');
  const own = shipment.legs.find((l) => l.number === view.number);
  const out: AdviceShipment = {
    trackingNumber: view.number,
    found: shipment.events.length > 0,
    status: shipment.status,
    milestone: shipment.milestone,
    reason: shipment.reason,
    since: statusSince(view),
    lastEventAt: newest?.occurredAt ?? null,
    milestonesReached: milestonesOf(view),
    stalledFor: newest ? Math.max(0, now.getTime() - Date.parse(newest.occurredAt)) : null,
    eventCountries: oldestFirst.flatMap((e) => (e.location?.country ? [e.location.country] : [])),
    eventCities: oldestFirst.flatMap((e) => (e.location?.city ? [e.location.city] : [])),
  };
  const origin = originCountry(view);
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
