/**
 * @module web/i18n/order/en
 * English words of the order panel.
 */
import type { OrderStrings } from './types.js';

export const en: OrderStrings = {
  heading: 'Add your order details',
  savedHeading: 'Your order',
  intro:
    'Tell us when you ordered and we will work out the last day you can still open a dispute, and warn you before it passes.',
  change: 'Change the order details',
  labels: {
    retailer: 'Shop',
    orderNumber: 'Order number',
    orderDate: 'Order date',
    protectionDays: 'Buyer protection (days)',
    destinationCountry: 'Destination country',
    shippingMethod: 'Shipping method',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Another shop' },
  optional: '(optional)',
  orderNumberHint: 'AliExpress order numbers have 15 or 16 digits, Alibaba ones 17 to 19.',
  protectionHint: (ae, ab) =>
    `AliExpress usually covers ${ae} days, Alibaba ${ab}. Check the figure on your order page.`,
  destinationHint: 'Two-letter country code, for example FR or DE.',
  methodUnknown: 'I don’t know',
  methodHint: 'The delivery option chosen at checkout; it narrows the delivery estimate.',
  save: 'Save the order details',
  noNumber: 'not given',
  errorsHeading: 'Nothing was saved. Please fix this:',
  problems: {
    retailer: 'choose one of the shops in the list.',
    orderAliexpress: 'an AliExpress order number is 15 or 16 digits.',
    orderAlibaba: 'an Alibaba order number is 17 to 19 digits.',
    orderOther: 'use 3 to 40 letters, digits or dashes, as the shop writes it.',
    orderIsTracking: 'this is a tracking number. The order number is on the shop’s order page.',
    dateMissing: 'enter the day you placed the order.',
    dateInvalid: 'this is not a real date.',
    dateFuture: 'this date has not come yet.',
    dateOld: 'this is more than two years ago; check the year.',
    daysMissing: 'enter how many days of protection the shop gives.',
    daysRange: 'enter a whole number of days between 1 and 365.',
    country: 'enter a two-letter country code such as FR, or leave it empty.',
    method: 'choose a shipping method from the list, or “I don’t know”.',
  },
  crossSiteTitle: 'Order details not saved',
  crossSite:
    'This form was sent from another website, so we ignored it. Open the tracking page here and send the form again.',
  back: 'Back to the tracking page',
};
