/**
 * @module engine/run/register
 * Registering a tracking number: analyze it, route it to a switched-on source, create the
 * shipment and its first leg (or find the existing one, newest generation), and schedule an
 * immediate first poll. A number no configured source can serve is still stored (no poll);
 * its route — kind 'none', with the carrier's official link — is recomputed for the page.
 * Idempotent: registering the same number again returns the same shipment and leg (and
 * resumes polling a live parcel nobody polls).
 */
import { type Route, route } from '../../carriers/routing.js';
import { analyze } from '../../core/numbers/index.js';
import type { Detection } from '../../core/numbers/types.js';
import { withTransaction } from '../../store/db.js';
import { createLeg, findLegsByNumber } from '../../store/legs.js';
import { findOrCreateOrder, linkOrderShipment } from '../../store/orders.js';
import { getPoll, schedulePoll } from '../../store/schedule.js';
import type { LegRow, ShipmentRow } from '../../store/schema.js';
import { createShipment, getShipment } from '../../store/shipments.js';
import type { Engine } from './context.js';

/** Priority of a first poll (above routine polls, below "refresh now"). */
export const FIRST_POLL_PRIORITY = 5;

export interface RegisterOptions {
  /** ISO 3166-1 alpha-2 destination, when the person knows it. */
  destination?: string;
  /** Links the shipment to this order (retailer default 'aliexpress'). */
  orderNumber?: string;
  retailer?: string;
}

export interface Registration {
  shipment: ShipmentRow;
  leg: LegRow;
  route: Route;
  detection: Detection;
  /** False when the number was already known. */
  created: boolean;
}

/** The input is not a tracking number (empty, an e-mail, a phone number, an order id …). */
export class NotATrackingNumberError extends Error {
  constructor(
    readonly input: string,
    readonly detection: Detection,
  ) {
    const what = detection.lookalike
      ? ` (it looks like ${detection.lookalike.replace('_', ' ')})`
      : '';
    super(`'${input.slice(0, 64)}' is not a tracking number${what}`);
    this.name = 'NotATrackingNumberError';
  }
}

/** Pure: the detection and route of an input, or a NotATrackingNumberError. */
export function routeNumber(engine: Pick<Engine, 'configured'>, input: string) {
  const detection = analyze(input);
  const number = detection.normalized;
  const plausible = /^[A-Z0-9]{5,40}$/.test(number) && /\d/.test(number);
  if (!plausible || (detection.lookalike !== undefined && detection.candidates.length === 0)) {
    throw new NotATrackingNumberError(input, detection);
  }
  const r = route(detection.candidates, engine.configured, { number });
  return { detection, number, route: r };
}

async function existing(engine: Engine, number: string) {
  const legs = await findLegsByNumber(engine.db, number);
  const leg = legs[0];
  if (!leg) return undefined;
  const shipment = await getShipment(engine.db, leg.shipment_id);
  return shipment ? { leg, shipment } : undefined;
}

export async function registerNumber(
  engine: Engine,
  input: string,
  opts: RegisterOptions = {},
): Promise<Registration> {
  const { detection, number, route: r } = routeNumber(engine, input);
  const found = await existing(engine, number);
  if (found) {
    await linkOrder(engine, found.shipment.id, opts);
    await resumePolling(engine, found.leg.id, found.shipment, r);
    return { ...found, route: r, detection, created: false };
  }
  const now = engine.now();
  const carrierId =
    r.carrierId ??
    detection.candidates[0]?.carrierId ??
    (r.kind === 'source' ? r.sourceId : 'unknown');
  try {
    const made = await withTransaction(engine.db, async (trx) => {
      const shipment = await createShipment(
        trx,
        opts.destination ? { destination_country: opts.destination.toUpperCase() } : {},
        now,
      );
      const leg = await createLeg(
        trx,
        { shipmentId: shipment.id, number, carrierId, role: 'origin', learnedFrom: 'user' },
        now,
      );
      if (r.kind === 'source') {
        await schedulePoll(trx, {
          legId: leg.id,
          sourceId: r.sourceId,
          dueAt: now,
          priority: FIRST_POLL_PRIORITY,
        });
      }
      return { shipment, leg };
    });
    await linkOrder(engine, made.shipment.id, opts);
    return { ...made, route: r, detection, created: true };
  } catch (error) {
    // Registered by someone else in the meantime (unique carrier + number + generation).
    const again = await existing(engine, number);
    if (!again) throw error;
    await linkOrder(engine, again.shipment.id, opts);
    return { ...again, route: r, detection, created: false };
  }
}

/**
 * A known number that nobody polls (stored before its source was configured, or stopped
 * after a long silence) is polled again when someone asks for it — unless it is finished.
 */
export async function resumePolling(
  engine: Engine,
  legId: string,
  s: ShipmentRow,
  r: Route,
): Promise<void> {
  if (r.kind !== 'source') return;
  if (s.status === 'delivered' || s.status === 'expired' || s.milestone === 'returned') return;
  if (await getPoll(engine.db, legId)) return;
  await schedulePoll(engine.db, {
    legId,
    sourceId: r.sourceId,
    dueAt: engine.now(),
    priority: FIRST_POLL_PRIORITY,
  });
}

async function linkOrder(engine: Engine, shipmentId: string, opts: RegisterOptions) {
  const orderNumber = opts.orderNumber?.trim();
  if (!orderNumber) return;
  const order = await findOrCreateOrder(
    engine.db,
    {
      retailer: opts.retailer ?? 'aliexpress',
      orderNumber,
      destinationCountry: opts.destination?.toUpperCase() ?? null,
    },
    engine.now(),
  );
  await linkOrderShipment(engine.db, order.id, shipmentId);
}
