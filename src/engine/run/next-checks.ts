/**
 * @module engine/run/next-checks
 * Keeps `shipments.next_check_at` equal to the earliest due poll of the shipment's legs
 * (null when none is scheduled), so a page can say "next check" without reading the queue;
 * with `checkedAt`, also moves `last_checked_at` forward.
 */
import type { Db } from '../../store/db.js';

export async function refreshNextChecks(
  db: Db,
  shipmentIds: readonly string[],
  checkedAt?: number,
): Promise<void> {
  if (shipmentIds.length === 0) return;
  if (checkedAt !== undefined) {
    // A check that found nothing new is still a check ("last checked" on the page).
    await db
      .updateTable('shipments')
      .set({ last_checked_at: checkedAt })
      .where('id', 'in', shipmentIds)
      .where((eb) =>
        eb.or([eb('last_checked_at', 'is', null), eb('last_checked_at', '<', checkedAt)]),
      )
      .execute();
  }
  await db
    .updateTable('shipments')
    .set((eb) => ({
      next_check_at: eb
        .selectFrom('poll_schedule')
        .innerJoin('legs', 'legs.id', 'poll_schedule.leg_id')
        .select((sub) => sub.fn.min<number | null>('poll_schedule.due_at').as('next'))
        .whereRef('legs.shipment_id', '=', 'shipments.id'),
    }))
    .where('id', 'in', [...shipmentIds])
    .execute();
}
