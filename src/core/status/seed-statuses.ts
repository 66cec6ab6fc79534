/**
 * @module core/status/seed-statuses
 * Every status the source documents (../shared/seeds/) name, with the one place it takes in
 * our vocabularies. Tracking statuses carry the full (status, milestone, reason) triple of
 * docs/labeling.md; order statuses carry the order status. `from: 'table'` rows come from a
 * seed's status table (the test checks the table is fully covered); `from: 'prose'` rows are
 * statuses the text names outside a table.
 */
import type { Milestone, OrderStatus, Reason, Status } from './taxonomy.js';

export type SeedFile =
  | '000_e9b6d6715188cff3.txt'
  | '001_efec964e4a635d95.txt'
  | '002_537525aa4ecf6813.txt'
  | '003_b44010b5f7e5f10d.txt';

export type SeedStatus =
  | {
      seed: SeedFile;
      name: string;
      from: 'table' | 'prose';
      axis: 'status' | 'milestone' | 'reason';
      value: Status | Milestone | Reason;
      status: Status;
      milestone: Milestone | null;
      reason: Reason | null;
    }
  | {
      seed: SeedFile;
      name: string;
      from: 'table' | 'prose';
      axis: 'order';
      value: OrderStatus;
      order: OrderStatus;
    };

const S000: SeedFile = '000_e9b6d6715188cff3.txt';
const S001: SeedFile = '001_efec964e4a635d95.txt';
const S002: SeedFile = '002_537525aa4ecf6813.txt';
const S003: SeedFile = '003_b44010b5f7e5f10d.txt';

type Where = [seed: SeedFile, name: string, from?: 'table' | 'prose'];

/** A tracking status; `axis` names the axis that carries its meaning. */
function track(
  [seed, name, from = 'table']: Where,
  axis: 'status' | 'milestone' | 'reason',
  status: Status,
  milestone: Milestone | null,
  reason: Reason | null,
): SeedStatus {
  const value = axis === 'status' ? status : axis === 'milestone' ? milestone : reason;
  if (value === null) throw new Error(`seed status ${name}: axis ${axis} has no value`);
  return { seed, name, from, axis, value, status, milestone, reason };
}

/** An ordinary movement: in transit, at a proven milestone, nothing wrong. */
function moving(where: Where, milestone: Milestone): SeedStatus {
  return track(where, 'milestone', 'in_transit', milestone, null);
}

function order([seed, name, from = 'table']: Where, value: OrderStatus): SeedStatus {
  return { seed, name, from, axis: 'order', value, order: value };
}

/** Statuses shared by the two sister pages (000 AliExpress, 001 Alibaba). */
function sharedRows(seed: SeedFile): SeedStatus[] {
  return [
    order([seed, 'Order received'], 'placed'),
    order([seed, 'Awaiting clarification'], 'awaiting_clarification'),
    order([seed, 'Order unfulfillable'], 'unfulfillable'),
    order([seed, 'Order in progress'], 'processing'),
    order([seed, 'Shipped'], 'shipped'),
    moving([seed, 'Picked up by carrier'], 'picked_up'),
    moving([seed, 'Arrived in destination country'], 'arrived_destination'),
    moving([seed, 'Customs clearance in progress'], 'import_customs'),
    track([seed, 'Out for delivery'], 'status', 'out_for_delivery', 'out_for_delivery', null),
    track([seed, 'Delivered'], 'status', 'delivered', 'delivered', null),
    // The name does not say why; "usually the recipient's absence" is the page's guess.
    track([seed, 'Delivery attempt failed'], 'status', 'failed_attempt', 'out_for_delivery', null),
    order([seed, 'Order cancelled'], 'cancelled'),
    order([seed, 'Order refunded'], 'refunded'),
    // Prose: 'A "returned" status means that the package has been sent back to the sender.'
    track([seed, 'returned', 'prose'], 'reason', 'exception', 'returned', 'returned_to_sender'),
    // Prose: "why does the tracking timeline indicate that my order cannot be found?" — the
    // sources know nothing of the number yet, which is the shipment state `pending`.
    track([seed, 'cannot be found', 'prose'], 'status', 'pending', null, null),
  ];
}

export const SEED_STATUSES: readonly SeedStatus[] = [
  ...sharedRows(S000),
  order([S000, 'Amount updated'], 'amount_updated'),
  order([S000, 'Purchase completed'], 'paid'),
  order([S000, 'Order prepared'], 'packed'),
  order([S000, 'Order consolidated'], 'consolidated'),
  order([S000, 'Invoice available'], 'invoice_available'),
  moving([S000, 'In international transit'], 'international_transit'),
  moving([S000, 'Cleared customs'], 'customs_released'),
  track(
    [S000, 'Available at pickup point'],
    'status',
    'available_for_pickup',
    'pickup_point',
    null,
  ),
  order([S000, 'Order abandoned'], 'abandoned'),

  ...sharedRows(S001),
  order([S001, 'Purchased'], 'paid'),
  order([S001, 'Order packed'], 'packed'),
  moving([S001, 'Arrived at sorting center'], 'origin_facility'),
  moving([S001, 'Left sorting center'], 'origin_facility'),
  moving([S001, 'Handed over to airline'], 'departed_origin'),
  moving([S001, 'Departed country of origin'], 'departed_origin'),
  track([S001, 'In transit'], 'status', 'in_transit', null, null),
  moving([S001, 'Customs clearance completed'], 'customs_released'),
  moving([S001, 'Transferred to local carrier'], 'handed_to_last_mile'),
  // "Could not be delivered and is awaiting instructions or being returned": a problem
  // with no stated cause; neither a delivery nor (yet) a return.
  track([S001, 'Not delivered'], 'reason', 'exception', null, 'other'),

  order([S002, 'Order placed'], 'placed'),
  order([S002, 'Processing'], 'processing'),
  order([S002, 'Shipped'], 'shipped'),
  moving([S002, 'Accepted by carrier'], 'picked_up'),
  moving([S002, 'Departed from origin country'], 'departed_origin'),
  moving([S002, 'Arrived at transit country/region'], 'transit_hub'),
  moving([S002, 'Arrived at destination country'], 'arrived_destination'),
  moving([S002, 'Customs clearance'], 'import_customs'),
  track([S002, 'Out for delivery'], 'status', 'out_for_delivery', 'out_for_delivery', null),
  track([S002, 'Delivered'], 'status', 'delivered', 'delivered', null),
  // The guide's meaning is "the parcel is going back", i.e. not yet received by the seller.
  track([S002, 'Returned to sender'], 'reason', 'exception', 'returning', 'returning_to_sender'),
  track([S002, 'Exception'], 'status', 'exception', null, 'other'),
  // Order statuses the guide names in prose ("such as Processing, Shipped or Awaiting
  // delivery"; "whether the order is paid, shipped, completed or refunded").
  order([S002, 'Awaiting delivery', 'prose'], 'shipped'),
  order([S002, 'paid', 'prose'], 'paid'),
  order([S002, 'completed', 'prose'], 'completed'),
  order([S002, 'refunded', 'prose'], 'refunded'),

  // The "logistical information" column of the help centre's "no longer traceable" table.
  moving([S003, 'Parcel arrived in destination country'], 'arrived_destination'),
  moving([S003, 'Parcel dispatched from sender’s country'], 'departed_origin'),
  moving([S003, 'Parcel is handed over to the air carrier'], 'departed_origin'),
  track([S003, 'Delivered', 'prose'], 'status', 'delivered', 'delivered', null),
  track(
    [S003, 'detained by customs', 'prose'],
    'reason',
    'exception',
    'import_customs',
    'customs_held',
  ),
  track([S003, 'seized', 'prose'], 'reason', 'exception', 'import_customs', 'customs_refused'),
];
