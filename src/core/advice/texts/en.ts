/**
 * @module core/advice/texts/en
 * English advice phrases.
 */
import type { AdviceTexts } from './types.js';

export const en: AdviceTexts = {
  headline: {
    order_closed: [
      'This order is closed',
      'The store has closed order {orderNumber}, so a new dispute can no longer be started for it.',
    ],
    dispute_open: [
      'Your dispute is under way',
      'A dispute is already open for order {orderNumber}. Only one is allowed per order, so keep adding to that one.',
    ],
    not_found_recent: [
      'Not in the carrier systems yet',
      'New numbers often need 24 to 72 hours before the first scan shows up. This is normal right after shipping.',
    ],
    not_found_old: [
      'This number still shows nothing',
      'More than three days have passed and no carrier knows {trackingNumber}. The number may be mistyped, or the seller may have given the wrong one.',
    ],
    wrong_country: [
      'Heading to another country',
      'The tracking points to a country other than the one on your order. The number may belong to someone else, or the parcel was misrouted.',
    ],
    returned: [
      'Sent back to the seller',
      'The parcel went back to the sender. Usual causes: an address problem, a parcel nobody collected, a customs refusal or a carrier error.',
    ],
    returning: [
      'On its way back to the seller',
      'The carrier is returning the parcel. Find out why now: sometimes the return can still be stopped.',
    ],
    delivered_not_received: [
      'Marked delivered, but not with you',
      'Do not confirm receipt. Search the usual spots first, then ask the carrier where it was left, and keep every answer as evidence.',
    ],
    wrong_city: [
      'Delivery place does not match your city',
      'The latest scan is in {city}, not the city on your order. Local depots are sometimes elsewhere, but check it.',
    ],
    delivered: [
      'Delivered',
      'The carrier reports the parcel as delivered. Check the contents before you confirm receipt.',
    ],
    customs_refused: [
      'Refused or seized at customs',
      'Customs will not release this parcel. Ask for the official decision: it is your strongest proof in a dispute.',
    ],
    customs_payment_due: [
      'Import charges to pay',
      'Customs or the carrier is waiting for duties or taxes before delivery. Pay only through the official notice.',
    ],
    customs_documents_needed: [
      'Customs needs documents',
      'The parcel is held until customs gets the papers it asked for. Without them it may be sent back.',
    ],
    customs_held: [
      'Held at customs',
      'Customs is checking the parcel. That usually takes a few days; watch for a message from customs or the carrier.',
    ],
    lost_or_damaged: [
      'Reported lost or damaged',
      'The carrier reports a problem with the parcel itself. Collect the carrier’s statement and ask the seller for a solution.',
    ],
    failed_attempt: [
      'Delivery attempt failed',
      'The courier could not hand the parcel over. Arrange a new delivery or collect it before the holding period runs out.',
    ],
    pickup_waiting: [
      'Waiting for you to collect it',
      'The parcel is at a pickup point or locker. Uncollected parcels go back to the sender when the holding period ends.',
    ],
    out_for_delivery: ['Out for delivery', 'The courier has the parcel and should bring it soon.'],
    exception: [
      'The carrier reports a problem',
      'Something interrupted the delivery. Read the latest event and check with the carrier.',
    ],
    silence_transit_long: [
      'No news for {days} days',
      'Even on slow economy lines, parcels usually arrive within about 30 days of their last transit scan. Time to press the seller and prepare a dispute.',
    ],
    silence_destination_long: [
      'Stuck in your country for {days} days',
      'The parcel reached your country but the local carrier has shown nothing for a long time. Contact them directly.',
    ],
    silence_beyond_lane: [
      'Longer than usual at this stage',
      'No news for {days} days: longer than 90% of parcels on this route spend at this stage ({p90Days} days).',
    ],
    silence_within_lane: [
      'Quiet, but within the usual range',
      'No news for {days} days, which is still within what most parcels on this route spend at this stage.',
    ],
    silence_just_issued: [
      'Label created, waiting for the first scan',
      'The first carrier scan often takes 24 to 72 hours, and a few quiet days after shipping are common.',
    ],
    silence_no_handover: [
      'Still not handed to the carrier?',
      'The label exists, but no carrier has scanned the parcel for {days} days. Ask the seller whether it really left.',
    ],
    silence_origin: [
      'Quiet in the origin country',
      'No update for {days} days before departure. Short pauses here are common; a longer one is worth a question to the seller.',
    ],
    silence_transit: [
      'Quiet during international transit',
      'No update for {days} days. Flights and transit hubs often scan nothing for a while; keep an eye on your protection period.',
    ],
    silence_customs: [
      'Customs is taking a while',
      'The parcel has been in customs for {days} days. Clearance usually takes 2 to 7 working days.',
    ],
    silence_destination: [
      'In your country, check the local carrier',
      'No update for {days} days since the parcel arrived. The local carrier often shows more under its own number ({lastMileNumber}).',
    ],
    moving: ['On its way', 'Nothing unusual so far. We keep checking for you.'],
    protection_ending: [
      'Buyer protection ends soon',
      'Your last day to open a dispute for order {orderNumber} is {lastDay}. If the parcel has not arrived by then, open one before that date.',
    ],
    protection_passed: [
      'Buyer protection has ended',
      'The last day to open a dispute ({lastDay}) has passed. Only the retailer’s support can still help.',
    ],
  },
  action: {
    check_typo: 'Check the number: did you mean {suggestions}?',
    wait_activation: 'Give it 24 to 72 hours after shipping, then check again.',
    try_other_sites: 'Try the number on the carrier’s own website and on Cainiao too.',
    ask_seller_number: 'Ask the seller which carrier has the parcel and for a number that works.',
    wait_and_check_later: 'Nothing to do yet: check again in a few days.',
    ask_seller_handover: 'Ask the seller to confirm the parcel was handed to the carrier.',
    check_local_carrier:
      'Look up the local carrier’s number ({lastMileNumber}) on its own website.',
    contact_carrier: 'Contact the carrier with your tracking number and ask what is happening.',
    check_customs_messages:
      'Look for an email, SMS or letter from customs or the carrier, spam folder included.',
    verify_address_phone:
      'Make sure your address and phone number on the order are complete and correct.',
    contact_customs: 'If nothing arrives, call the customs office below with your tracking number.',
    pay_duties_official:
      'Pay only through the official customs or carrier notice, never via a link in an unexpected message.',
    send_customs_documents: 'Send customs the documents they asked for as soon as you can.',
    ask_seller_invoice: 'Ask the seller for the invoice or any other document customs needs.',
    get_customs_document: 'Get the official customs document stating why the parcel was stopped.',
    arrange_redelivery: 'Arrange a new delivery with the carrier, using the notice or its website.',
    fix_address_with_carrier:
      'Give the carrier the missing address details (flat number, entry code, name on the door).',
    collect_at_pickup: 'Collect the parcel at the pickup point or locker before the last day.',
    bring_id_and_code: 'Bring an ID and the pickup code or notice you received.',
    prepare_to_receive:
      'Be reachable today: keep your phone nearby and someone at home if you can.',
    search_around: 'Go through the checklist below: mailbox, door, neighbours, reception, locker.',
    ask_carrier_delivery_proof:
      'If it is not there, contact the local carrier within a day or two and ask for proof: photo, signature, GPS location.',
    message_seller: 'Write to the seller through the order page and keep the conversation.',
    do_not_confirm_receipt: 'Do not confirm receipt of a parcel you do not have.',
    open_dispute: 'If the seller cannot fix it, open a dispute on the order page.',
    open_dispute_before_deadline:
      'Open a dispute before {lastDay} if the parcel has not arrived; do not wait for more promises.',
    prepare_evidence: 'Gather your evidence now (see the list below).',
    save_screenshots: 'Take screenshots of the tracking page and your order.',
    check_return_reason: 'Read the tracking events for the reason of the return.',
    ask_seller_resend: 'Ask the seller whether they can send it again.',
    no_payment_outside_platform: 'Do not pay anything extra outside the store’s own checkout.',
    compare_address: 'Compare the place in the tracking with the address on your order.',
    check_and_confirm: 'Open the parcel, check the items, and only then confirm receipt.',
    photograph_damage:
      'If anything is broken or missing, photograph the box and contents before throwing anything away.',
    follow_dispute: 'Answer the seller and the platform within the time the dispute page shows.',
    add_evidence_to_dispute: 'Add new evidence to the open dispute instead of starting another.',
    contact_support:
      'Contact the retailer’s customer support and explain your case with your evidence.',
    dispute_window_passed: 'A dispute can no longer be opened: the time allowed has passed.',
    dispute_already_open: 'A new dispute cannot be opened: this order already has one.',
    dispute_order_closed:
      'A dispute cannot be opened on a closed order (refunded or receipt confirmed).',
    consolidated_one_parcel:
      'Several of your orders travel together under this one number; that is normal and means one delivery.',
    split_track_all: 'This order was split into several parcels; follow each number.',
    split_wait_all: 'Wait until every parcel of the order has arrived before confirming receipt.',
  },
  deadline: {
    dispute_last_day: 'Last day to open a dispute: {date}.',
    dispute_reminder: 'Reminder on {date}: buyer protection ends on {lastDay}.',
    dispute_after_delivery: 'Last day to open a dispute after delivery: {date}.',
    pickup_last_day: 'Last day to collect: {date}.',
  },
  template: {
    seller_no_update: {
      subject: 'Order {orderNumber}: no tracking update for {days} days',
      body: 'Hello,\n\nThe tracking number {trackingNumber} for my order {orderNumber} (placed on {orderDate}) has not changed for {days} days. Could you check with the carrier that the parcel is really on its way? If it has a new tracking number, please send it to me.\n\nThank you.',
    },
    seller_invalid_number: {
      subject: 'Order {orderNumber}: tracking number not working',
      body: 'Hello,\n\nNo tracking website recognises the number {trackingNumber} for my order {orderNumber} (placed on {orderDate}). Please tell me which carrier is handling the parcel and send me a number that works.\n\nThank you.',
    },
    seller_not_received: {
      subject: 'Order {orderNumber}: marked delivered but not received',
      body: 'Hello,\n\nThe tracking for order {orderNumber} ({trackingNumber}) says the parcel was delivered on {deliveredDate}, but I do not have it. I checked my mailbox, the door, my neighbours and the local carrier. Please send me the proof of delivery or help me find the parcel. If it cannot be found, I will open a dispute.\n\nThank you.',
    },
    carrier_not_received: {
      subject: 'Parcel {trackingNumber}: delivered status but nothing received',
      body: 'Hello,\n\nYour tracking shows parcel {trackingNumber} as delivered on {deliveredDate}, but it never reached me. Could you tell me exactly where and to whom it was handed over, and send the delivery photo or signature if you have one?\n\nThank you.',
    },
    dispute_delivered_not_received: {
      body: 'The tracking for {trackingNumber} shows "delivered" on {deliveredDate}, but I never received the parcel. The address on my order is correct. I checked with the local carrier and with my neighbours, and the parcel was not delivered to me. I am asking for a full refund.',
    },
    seller_protection_ending: {
      subject: 'Order {orderNumber}: buyer protection ends on {lastDay}',
      body: 'Hello,\n\nMy buyer protection for order {orderNumber} ends on {lastDay} and the parcel ({trackingNumber}) has still not arrived. Please tell me where it is. Without clear news before that date, I will open a dispute to protect my order.\n\nThank you.',
    },
    dispute_not_received: {
      body: 'I ordered on {orderDate} (order {orderNumber}) and the parcel {trackingNumber} has not reached me. The tracking gives no sign of delivery, and the seller has not solved the problem. I am asking for a full refund.',
    },
    seller_wrong_address: {
      subject: 'Order {orderNumber}: tracking shows another destination',
      body: 'Hello,\n\nThe tracking for {trackingNumber} shows the parcel going to a place that is not the address on my order {orderNumber}. Please check the number and send me the correct tracking information.\n\nThank you.',
    },
    dispute_wrong_address: {
      body: 'The tracking for {trackingNumber} shows the parcel going to a different place from the address on order {orderNumber}. I have attached screenshots of the tracking and of my order address. The parcel is not coming to me, so I am asking for a full refund.',
    },
    seller_returned: {
      subject: 'Order {orderNumber}: parcel returned to sender',
      body: 'Hello,\n\nThe tracking for {trackingNumber} shows that my order {orderNumber} is going back to you. Can you tell me why, and send it again to the address on the order? If it cannot be sent again, I will ask for a refund.\n\nThank you.',
    },
    dispute_returned: {
      body: 'The parcel {trackingNumber} for order {orderNumber} was sent back to the seller, as the attached tracking shows. I have not received my order and ask for a full refund.',
    },
    seller_customs_documents: {
      subject: 'Order {orderNumber}: documents requested by customs',
      body: 'Hello,\n\nCustoms is holding my parcel {trackingNumber} (order {orderNumber}) and asks for documents. Please send me the invoice and any other paper needed for clearance as soon as possible.\n\nThank you.',
    },
    dispute_customs: {
      body: 'Customs did not release the parcel {trackingNumber} for order {orderNumber}. I have attached the official customs document giving the reason. I did not receive my order and ask for a refund.',
    },
  },
  notReceived: {
    mailbox: 'Your mailbox',
    door: 'Outside your door, porch or garden',
    locker: 'A parcel locker nearby',
    reception: 'Building reception, concierge or parcel room',
    neighbours: 'Your neighbours',
    household: 'Family members or flatmates',
    post_office: 'The local post office or pickup point',
    carrier_proof: 'The carrier’s delivery details: photo, signature or place',
  },
  evidence: {
    tracking_number: 'Screenshot of the tracking number',
    tracking_history: 'Screenshot of the full tracking history',
    order_details: 'Screenshot of the order details',
    address: 'Screenshot of your delivery address',
    carrier_reply: 'The carrier’s answer, if you have one',
    wrong_place: 'Screenshot showing the wrong city or country, if that is the problem',
    seller_messages: 'Your messages with the seller',
    not_delivered_proof: 'Anything showing the parcel did not reach your address',
    protection_time: 'Screenshot of the buyer protection time or delivery estimate',
  },
  note: {
    zone_assumed: 'Your time zone is unknown, so dates are counted in UTC.',
    lane_p90: 'On this route, 90% of parcels leave this stage within {p90Days} days.',
  },
  contactName: { customs: 'Customs', post_office: 'Post office', seller: 'Seller' },
  missing: {
    orderNumber: '[order number]',
    trackingNumber: '[tracking number]',
    orderDate: '[order date]',
    deliveredDate: '[delivery date]',
    lastDay: '[last day]',
    days: 'several',
    lastMileNumber: 'the local number',
    suggestions: 'a similar number',
    date: '[date]',
    daysLeft: '?',
    p90Days: '?',
    city: 'another city',
  },
};
