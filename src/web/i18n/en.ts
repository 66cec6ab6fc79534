/**
 * @module web/i18n/en
 * English interface strings.
 */
import { en as operator } from './operator/en.js';
import { en as track } from './track/en.js';
import type { UiStrings } from './types.js';

export const en: UiStrings = {
  languageName: 'English',
  skipToContent: 'Skip to content',
  navLabel: 'Main',
  languageLabel: 'Language',
  nav: {
    track: 'Track',
    carriers: 'Carriers',
    statuses: 'Statuses',
    contacts: 'Contacts',
    api: 'API',
  },
  footer: 'Trackline shows what carriers report, and says which source said it.',

  home: {
    title: 'Track a parcel',
    searchTitle: (q) => `Search: ${q}`,
    description: 'Paste one tracking number or forty; see which carrier has it and what it means.',
    heading: 'Where is my parcel?',
    label: 'Tracking number — or several, one per line',
    find: 'Find',
    youPasted: 'You pasted',
    trackThis: 'Track this parcel',
    demoHeading: 'Demo parcels',
    demoNote:
      "These come from Trackline's built-in simulator, not from a real carrier. They move as simulated time passes.",
    notRecognised: 'We do not recognise this as a tracking number from any carrier we know.',
    didYouMean: 'Did you mean',
    confidenceTitle: 'How sure we are',
    checksum: {
      valid: 'check digit correct',
      invalid: 'check digit wrong',
      none: 'no check digit in this format',
    },
    tooMany: (n, max) => `You pasted ${n} numbers; we show the first ${max}.`,
    lookalike: {
      aliexpress_order:
        'This is an AliExpress order number: it names your purchase, not the parcel. Open the order in My Orders, then Track order, and copy the tracking number once the seller has shipped.',
      alibaba_order:
        'This looks like an Alibaba.com order number, the deal with your supplier. Ask the supplier for the carrier and tracking number, or look in the order’s shipping section.',
      shop_order:
        'This is a shop’s order id, not a carrier number. The order’s shipping details on the shop’s site list the carrier and the tracking number.',
      phone: 'This is a phone number. Paste the tracking number from the shipping notice instead.',
      date: 'This is a date. Paste the tracking number itself, usually letters and digits such as LP… or RB…CN.',
      price:
        'This is an amount of money. Paste the tracking number from the order or the shipping e-mail.',
      email:
        'This is an e-mail address. Paste the tracking number, or the whole shipping e-mail so we can find it.',
      postal_code:
        'This is a postal code. Paste the tracking number; the destination comes from the carrier.',
    },
    live: {
      wrong: 'check digit wrong',
      order: 'looks like an order number, not a tracking number',
      phone: 'looks like a phone number',
      unknown: 'not recognised',
    },
  },

  error: {
    notFoundTitle: 'Not found',
    errorTitle: 'Error',
    notFoundHeading: 'Nothing here',
    errorHeading: 'That did not work',
    notFoundMessage: (path) => `There is no page at ${path}.`,
    code: 'Code',
    back: 'Back to the search',
  },

  carriers: {
    title: 'Carriers',
    intro:
      'Every carrier Trackline recognises, with the number formats it uses and how to reach it.',
    searchLabel: 'Find a carrier by name, id or country',
    search: 'Search',
    count: (n) => `Carriers shown: ${n}`,
    noMatch: 'No carrier matches this search.',
    kinds: {
      origin_consolidator: 'Shippers from China',
      postal_operator: 'Postal operators',
      express: 'Express couriers',
      last_mile: 'Local delivery companies',
      aggregator: 'Tracking aggregators',
    },
    country: 'Country',
    kind: 'Kind',
    worldwide: 'Worldwide',
    formats: 'Number formats',
    format: 'Format',
    examples: 'Examples',
    checkDigit: 'Check digit',
    yes: 'yes',
    no: 'no',
    noFormats: 'We do not know this carrier’s number format yet.',
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    noContact: 'No phone or e-mail on record.',
    officialTracking: 'Official tracking page',
    website: 'Website',
    external: '(external site)',
    sources: 'Which source serves it here',
    noSource: 'No source configured yet.',
    source: 'Source',
    why: 'Why this source',
    status: 'Status',
    via: {
      carrier: 'the carrier’s own tracking service',
      aggregator: 'a tracking service that follows most carriers',
      'china-origin': 'Cainiao, which follows parcels leaving China',
      demo: 'the built-in simulator (demo data)',
    },
    health: {
      healthy: 'Working normally',
      trouble: 'Having trouble at the moment',
      unknown: 'No check recorded yet',
    },
    lastSuccess: (when) => `Last successful check: ${when}`,
    typicalTimes: 'Typical times',
    days: (range) => `${range} days`,
    businessDays: (range) => `${range} working days`,
    published: 'Published figures',
    observedHere: 'Seen here',
    seedService: (method, days) =>
      `${days} from the first scan to delivery, going by published guides for ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Guides give no figure for ${method}; ${serviceClass} usually takes ${days}.`,
    noSeed: 'Published guides give no delivery time for this carrier.',
    observed: (count, median, p90) =>
      `${count} parcels delivered here: half arrived within ${median}, nine in ten within ${p90}.`,
    tooFewObserved: (min) =>
      `Our own figures appear once at least ${min} of its parcels have been delivered here.`,
    s10: (country) => `Issues international postal numbers (UPU S10) for ${country}.`,
    back: 'All carriers',
  },

  statuses: {
    title: 'Status glossary',
    intro: 'Every word Trackline uses for a parcel or an order, and what it means for you.',
    status: 'Statuses',
    milestone: 'Milestones',
    reason: 'Reasons',
    order: 'Order statuses',
    statusIntro: 'Where the parcel stands right now.',
    milestoneIntro: 'How far along the journey it is, in order.',
    reasonIntro: 'Why something went wrong or needs attention.',
    orderIntro: 'What the shop says about your order, separate from the parcel.',
    normal: { yes: 'Normal stage', usually: 'Usually normal', no: 'Needs attention' },
  },

  contacts: {
    title: 'Contacts by country',
    intro: 'Local post offices and customs offices to call when a parcel is stuck in your country.',
    postOffice: 'Post office',
    customs: 'Customs',
    none: 'No number on record.',
    missing: 'The contact list is not available right now.',
  },

  retailer: {
    title: (name) => `${name}: tracking and delivery`,
    description: (name) =>
      `Where to find your ${name} tracking number, how long delivery takes and what each status means.`,
    facts: 'Company facts',
    founded: 'Founded',
    headquarters: 'Headquarters',
    parent: 'Parent company',
    countries: 'Delivers to',
    countriesCount: (n) => `more than ${n} countries and territories`,
    users: 'Monthly active users',
    employees: 'Employees',
    typicalDelivery: 'Typical delivery',
    findNumber: 'Where to find the tracking number',
    methods: 'Shipping methods and typical times',
    method: 'Method',
    typical: 'Typical time',
    observed: 'Observed here',
    days: (min, max) => `${min}–${max} days`,
    businessDays: (min, max) => `${min}–${max} working days`,
    exactDays: (d) => `${d} days`,
    statuses: 'Statuses you will see',
    statusesIntro: 'The shop shows these words (in English here); beside each, what it means.',
    retailerSays: 'The shop says',
    ourWords: 'Our word for it',
    meaning: 'What it means',
    channels: 'How to reach them',
    faq: 'Questions buyers ask',
    sourceNote: 'Figures come from published help material and can change; they are not promises.',
  },

  api: {
    title: 'API',
    intro:
      'Every page’s data is also available as JSON. The OpenAPI 3.1 document describes each route.',
    document: 'OpenAPI document',
    parameters: 'Parameters',
    responses: 'Responses',
    required: 'required',
  },

  track,

  operator,
};
