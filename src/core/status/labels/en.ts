/**
 * @module core/status/labels/en
 * English words for the status vocabularies: short labels and plain explanations for a
 * buyer waiting on a parcel from China.
 */
import type { StatusTexts } from './types.js';

export const en: StatusTexts = {
  status: {
    pending: [
      'Waiting for first scan',
      'The tracking number is registered, but the carrier hasn’t reported anything yet. That is normal for a new number: the first events usually show up 24–72 hours after the seller ships.',
    ],
    info_received: [
      'Label created',
      'The seller has prepared the shipment and sent its details to the carrier, but nobody has scanned the parcel yet. Two to five quiet days at this stage are common.',
    ],
    in_transit: [
      'In transit',
      'Your parcel is on its way through the carrier network. From China the whole trip usually takes two to six weeks with standard shipping, and quiet spells of several days are perfectly normal.',
    ],
    out_for_delivery: [
      'Out for delivery',
      'A courier has your parcel and should bring it today. Keep your phone close and make sure someone can take it in.',
    ],
    failed_attempt: [
      'Delivery attempt failed',
      'The courier came but couldn’t hand the parcel over, most often because nobody was home. Expect a second try or a notice naming the pickup point that holds it; call the local carrier if nothing happens within two days.',
    ],
    available_for_pickup: [
      'Ready for pickup',
      'Your parcel is waiting at a post office, pickup point or locker. Bring your ID or pickup code and go soon: parcels are usually kept about 15 days before they are sent back.',
    ],
    delivered: [
      'Delivered',
      'The carrier says your parcel was delivered. If you can’t find it, check the mailbox, neighbours and reception, then ask the local carrier, and don’t confirm receipt in the store until it is in your hands.',
    ],
    exception: [
      'Delivery problem',
      'Something has interrupted the journey: customs, an address issue, a return or damage. The latest event tells you which, and it usually needs action from you, the seller or the carrier.',
    ],
    expired: [
      'Tracking stopped',
      'There has been no news for so long that tracking has stopped. The parcel may still turn up, but if your buyer protection is about to end, contact the seller and open a dispute before it runs out.',
    ],
  },
  milestone: {
    label_created: [
      'Label created',
      'The seller has made a shipping label and the carrier knows the parcel is coming, but doesn’t have it yet. A new number often shows nothing for 24–72 hours, so there is no need to worry yet.',
    ],
    picked_up: [
      'Picked up',
      'The carrier has collected the parcel and logged it in its system. From now on updates should start to come in, usually within a day or two.',
    ],
    origin_facility: [
      'At origin sorting centre',
      'The parcel is at a sorting centre or warehouse in the origin country, usually China, being grouped with others heading your way. This normally takes one to a few days.',
    ],
    export_customs: [
      'Export customs',
      'The parcel is going through customs before it leaves the origin country. It is a routine check that usually takes a day or two.',
    ],
    departed_origin: [
      'Left origin country',
      'The parcel has left the origin country, often on a flight. A few days without updates are normal while it travels.',
    ],
    international_transit: [
      'International transit',
      'The parcel is travelling between countries, usually by plane. This leg often shows no updates for several days, and up to a week or two on economy services, which is normal.',
    ],
    transit_hub: [
      'At transit hub',
      'The parcel is passing through a logistics hub in another country on its way to you. It is a normal stop that usually lasts one to a few days.',
    ],
    arrived_destination: [
      'Arrived in your country',
      'The parcel has reached your country and will now go through import customs before a local carrier takes over. Customs usually takes a few days.',
    ],
    import_customs: [
      'In customs',
      'Customs in your country is checking the parcel and any import taxes. This usually takes from a few hours to about a week; watch your email and text messages in case you are asked for something.',
    ],
    customs_released: [
      'Cleared customs',
      'Customs has released the parcel and it can carry on to your address. The local carrier normally takes it over within a few days.',
    ],
    handed_to_last_mile: [
      'Handed to local carrier',
      'The parcel is now with the company that delivers in your country, sometimes under a new tracking number. Their first scan can take a few days to appear, so check their website too.',
    ],
    destination_facility: [
      'At local depot',
      'The parcel is at a sorting centre or delivery office near you. Delivery usually follows within one to three days.',
    ],
    out_for_delivery: [
      'Out for delivery',
      'The parcel is with a courier and should arrive today. Make sure someone can receive it.',
    ],
    pickup_point: [
      'At pickup point',
      'The parcel is waiting for you at a post office, pickup point or locker. Collect it within the holding period, usually about 15 days, or it will be sent back.',
    ],
    delivered: [
      'Delivered',
      'The parcel has been handed over or left at your address. If it isn’t there, check with neighbours and the local carrier first.',
    ],
    returning: [
      'Returning to sender',
      'The parcel is on its way back to the seller, for example after failed deliveries, an address problem or a customs refusal. Ask the seller about a new shipment or a refund, and keep screenshots.',
    ],
    returned: [
      'Returned to sender',
      'The parcel is back with the seller. Ask them to send it again or refund you; if they won’t, open a dispute with your tracking screenshots.',
    ],
  },
  reason: {
    customs_held: [
      'Held by customs',
      'Customs is holding the parcel for a check or for more information. It often clears within days; look out for a message from customs or the carrier, and contact them if nothing changes for a long time.',
    ],
    customs_payment_due: [
      'Import fees due',
      'Duties or taxes must be paid before customs lets the parcel go. Pay only through the official carrier or customs channel, and do it soon so the parcel isn’t sent back.',
    ],
    customs_documents_needed: [
      'Documents needed',
      'Customs needs information or documents from you, such as an invoice or ID, before releasing the parcel. Reply quickly: an ignored request can send the parcel back.',
    ],
    customs_refused: [
      'Refused by customs',
      'Customs has refused or seized the parcel, so it won’t be delivered. Ask customs for an official document stating why, and use it to claim a refund from the seller.',
    ],
    address_problem: [
      'Address problem',
      'The carrier couldn’t deliver because the address is wrong, incomplete or unreadable. Check the address on your order and give the local carrier what is missing, such as a flat number.',
    ],
    recipient_absent: [
      'Nobody home',
      'The courier found nobody to hand the parcel to. Look for a notice about a new attempt or the pickup point that now holds it.',
    ],
    refused: [
      'Refused on delivery',
      'The parcel was refused when it was delivered. If that wasn’t your intention, call the carrier quickly, before it is sent back.',
    ],
    business_closed: [
      'Business closed',
      'The address is a business that was closed when the courier came. Another attempt usually follows on the next working day.',
    ],
    unclaimed: [
      'Not collected in time',
      'Nobody collected the parcel within the holding period, usually about 15 days, so it is going back. Call the carrier straight away if it may still be there.',
    ],
    returning_to_sender: [
      'Going back to sender',
      'The parcel is heading back to the seller. Contact the seller to agree on a new shipment or a refund.',
    ],
    returned_to_sender: [
      'Back with sender',
      'The parcel has reached the seller again. Ask for a resend or a refund, and open a dispute if the seller doesn’t help.',
    ],
    lost: [
      'Lost',
      'The carrier reports the parcel as lost. Ask the seller for a refund or a replacement, and open a dispute with your tracking screenshots if needed.',
    ],
    damaged: [
      'Damaged',
      'The parcel was damaged on the way. Photograph the packaging and contents and contact the seller: a damaged item entitles you to a refund or replacement.',
    ],
    destroyed: [
      'Destroyed',
      'The parcel was destroyed, usually by customs or after a serious incident, and won’t arrive. Ask the seller for a refund or open a dispute.',
    ],
    cancelled: [
      'Shipment cancelled',
      'The shipment was cancelled and won’t travel. Check your order and ask the seller whether it will ship again or be refunded.',
    ],
    delayed: [
      'Delayed',
      'The parcel is held up somewhere but still moving. Delays around holidays and big sales are common, and it usually catches up within days.',
    ],
    weather: [
      'Weather delay',
      'Bad weather is slowing transport down. The parcel should move again once conditions improve, normally within a few days.',
    ],
    misrouted: [
      'Sent the wrong way',
      'The parcel went to the wrong place and is being redirected, which usually adds a few days. If tracking keeps showing another city or country, contact the seller.',
    ],
    prohibited_item: [
      'Prohibited item',
      'The parcel holds something that can’t be shipped or imported, so it is being held or returned. Contact the seller about a refund.',
    ],
    other: [
      'Delivery issue',
      'The carrier reported a problem without saying what. Read the latest event and contact the carrier or the seller if it doesn’t clear up soon.',
    ],
  },
  order: {
    placed: [
      'Order placed',
      'You have placed the order and the seller has been told. Payment and preparation come next.',
    ],
    awaiting_payment: [
      'Awaiting payment',
      'The order is waiting for your payment to go through. Nothing ships until it is confirmed.',
    ],
    awaiting_clarification: [
      'Awaiting your reply',
      'The seller needs more details from you, such as a size, a colour or part of your address, before going on. Check your messages and answer so the order isn’t held up.',
    ],
    amount_updated: [
      'Amount updated',
      'The seller has changed the total, such as the item price or the shipping fee. Check the new amount before you go ahead.',
    ],
    processing: [
      'Processing',
      'The order is being processed and payment may still be confirming. Sellers usually take from one day to a week before shipping.',
    ],
    paid: [
      'Paid',
      'Payment is confirmed and the seller is getting ready to ship. A tracking number comes once it ships.',
    ],
    packed: [
      'Packed',
      'The seller has packed your order and it is ready to be handed to the carrier.',
    ],
    consolidated: [
      'Combined into one parcel',
      'Your items were grouped with others into one parcel, so several orders may share one tracking number. This is normal and often speeds things up.',
    ],
    invoice_available: [
      'Invoice available',
      'The seller has issued the invoice; you can find it in your order details.',
    ],
    shipped: [
      'Shipped',
      'The seller has sent the order and a tracking number is usually available. It can take 24–72 hours before the carrier shows the first events.',
    ],
    completed: [
      'Completed',
      'The order is closed: delivered and confirmed, or finished by the store. A dispute can usually still be opened for about 15 days after delivery.',
    ],
    cancelled: [
      'Cancelled',
      'The order was cancelled by you or the seller and won’t ship. Any payment should come back to you.',
    ],
    refunded: [
      'Refunded',
      'Your money has been sent back. It can take a couple of weeks to show up, depending on your payment method.',
    ],
    abandoned: [
      'Abandoned',
      'The order was never finished, for example because payment wasn’t completed, and it has been closed. Nothing will ship.',
    ],
    unfulfillable: [
      'Cannot be fulfilled',
      'The seller can’t complete the order, for example because the item is out of stock or can’t be shipped to your address. Expect a cancellation and a refund.',
    ],
  },
  progress: {
    ordered: ['Ordered', 'The order has been placed with the seller.'],
    shipped: ['Shipped', 'The seller has sent the parcel or created its shipping label.'],
    picked_up: ['Picked up', 'The carrier has the parcel in hand.'],
    left_origin: ['Left origin country', 'The parcel has left the seller’s country.'],
    arrived_destination: ['In your country', 'The parcel has arrived in your country.'],
    customs_cleared: ['Cleared customs', 'Customs has let the parcel through.'],
    out_for_delivery: [
      'Out for delivery',
      'The parcel is on its last stretch, with a courier or at a pickup point.',
    ],
    delivered: ['Delivered', 'The parcel has reached you.'],
  },
};
