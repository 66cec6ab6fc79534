/**
 * @module web/i18n/retailers/en
 * English words of the retailer pages.
 */
import type { RetailerCopy } from './types.js';

export const en: RetailerCopy = {
  intro: {
    aliexpress:
      'AliExpress is the Alibaba Group marketplace where shoppers anywhere buy straight from sellers, most of them in China. The seller ships; Cainiao, the group’s logistics arm, hands the parcel from carrier to carrier until your local post or courier delivers it.',
    alibaba:
      'Alibaba.com is the group’s wholesale marketplace, linking businesses with manufacturers, mostly in China. Its parcels travel the same Cainiao network as AliExpress orders, so the same tracking numbers and statuses apply.',
  },
  findNumber: (name) => [
    `${name} sends the number by e-mail or notification as soon as the seller ships.`,
    `In your ${name} account, open My Orders, choose the order and look at its tracking details.`,
    'Paste that number here. The order number is a different, longer code and does not track anything.',
    'Your parcel can get a second number from the local carrier once it reaches your country; we link both.',
  ],
  methodNames: {
    euWarehouse: 'From a European warehouse',
    express: 'International express (DHL, FedEx, UPS)',
    economy: 'Economy shipping',
    combined: 'Cainiao combined delivery',
  },
  channelKinds: {
    chat: 'Online chat',
    help: 'Help centre',
    seller: 'Message the seller',
    social: 'Social networks',
    app: 'Mobile app',
    phone: 'Phone',
    post: 'Letter',
  },
  channelNotes: {
    chat: 'Open day and night from the help section; the Eva bot answers first and can pass you to a person.',
    help: 'Guides on tracking, returns, payment and buyer protection.',
    seller: 'The fastest route for anything about one order or product.',
    social: 'Private messages only; never post order details in public.',
    app: 'Android and iOS: tracking, chat and notifications in one place.',
    groupPhone: 'Alibaba Group head office: English or Chinese only, and waits can be long.',
    usOffice: 'Alibaba Group office in the United States.',
    hkOffice: 'Alibaba Group office in Hong Kong.',
    wholesale: 'For Alibaba.com wholesale buyers.',
    formal: 'For a formal complaint by registered letter.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'My number shows nothing. Is it wrong?',
      a: 'Usually not. Tracking starts only after the carrier has scanned the parcel, which can take 24 to 48 hours after the shipping notice. Check the number character by character; if it is still empty after a few days, ask the seller.',
    },
    {
      q: 'Tracking has not moved for days. Should I worry?',
      a: 'A flight or customs can leave the history silent for a week or more. Make sure your address is complete, then contact the seller if the parcel is late beyond the promised time.',
    },
    {
      q: 'Why does it say the parcel is going back?',
      a: 'The usual causes: an incomplete address, several failed deliveries, a parcel not collected from the post office within about 15 days, or missing customs papers. Ask the seller for a new shipment or a refund.',
    },
    {
      q: 'It says delivered, but I have nothing.',
      a: 'Look in the mailbox, with neighbours and at the nearest post office with the number. Do not confirm receipt; open a dispute if it stays missing.',
    },
    {
      q: `How long am I protected on ${name}?`,
      a: `Buyer protection lasts ${protection} days after purchase. A dispute can be opened up to 15 days after delivery or after protection ends; an accepted refund usually arrives within 15 to 30 days.`,
    },
  ],
};
