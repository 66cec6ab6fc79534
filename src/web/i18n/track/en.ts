/**
 * @module web/i18n/track/en
 * English words of the tracking pages.
 */
import type { TrackStrings } from './types.js';

export const en: TrackStrings = {
  title: (n) => `Parcel ${n}`,
  description: 'Where the parcel is, what it means and what to do next.',
  demo: 'Demo data: this parcel comes from the built-in simulator, not from a real carrier.',
  demoBadge: 'demo',
  statusHeading: 'Where it is now',
  reason: 'Why',
  progressHeading: 'Progress',
  step: { done: 'done', current: 'current step', todo: 'still to come' },
  interrupted: 'The journey was interrupted: see the advice below.',

  etaHeading: 'When it should arrive',
  window: (a, b) => `Between ${a} and ${b}`,
  likely: (d) => `most likely around ${d}`,
  confidence: { high: 'fairly sure', medium: 'a rough guide', low: 'a wide guess' },
  basisTitle: 'Based on',
  basis: {
    lane: (w) =>
      `${w.count} parcels delivered from ${w.from} to ${w.to}${w.service ? ` by ${w.service}` : ''}${w.lastMile ? `, last mile by ${w.lastMile}` : ''}${w.windowDays ? ` in the last ${w.windowDays} days` : ''}.`,
    priorService: (w) => `What ${w.service} usually takes: ${w.min}–${w.max} days.`,
    priorClass: (w) => `What ${w.service} usually takes (${w.min}–${w.max} days).`,
    priorUnknown: (w) =>
      `What a parcel sent by post from ${w.from} usually takes (${w.min}–${w.max} days); the shipping method is not known.`,
    source: 'The carrier’s own estimate: we know too little about this parcel to make ours.',
    overdue: 'It is already slower than most parcels at this stage, so treat the window as rough.',
  },
  classes: {
    economy: 'economy shipping',
    standard: 'standard shipping',
    premium: 'premium shipping',
    express: 'express courier',
    local: 'local-warehouse delivery',
  },
  sourceEstimate: 'The carrier says',
  noEta: 'No estimate yet: we need the first scan.',
  daysInTransit: (d) => `${d} days on the way`,
  deliveredOn: (d) => `Delivered on ${d}`,

  adviceHeading: 'Is this normal? What to do',
  level: { fine: 'All normal', watch: 'Keep an eye on it', act: 'Act now' },
  actions: 'What to do',
  deadlines: 'Dates that matter',
  daysLeft: (n, f) =>
    n > 0 ? `${f} days left` : n === 0 ? 'today' : `passed ${f.replace('-', '')} days ago`,
  templates: 'Messages you can send',
  subject: 'Subject',
  copy: 'Copy',
  copied: 'Copied',
  contacts: 'Who to contact',
  zoneAssumed: 'Dates are counted in UTC because we do not know your time zone.',

  timelineHeading: 'Every scan, newest first',
  noEvents: 'No scan yet.',
  ourLabel: 'Our reading',
  unclassified: 'not classified: we show the carrier’s words only',
  reportedBy: (s, n) => `reported by ${s} for ${n}`,
  anomaly: 'Looks wrong',
  anomaliesHeading: 'Things that look wrong',
  anomalies: {
    after_delivered: 'A scan arrived after the delivery; we ignore it for the status.',
    after_returned: 'A scan arrived after the return to the sender; we ignore it for the status.',
    return_after_delivery:
      'A return was reported after a delivery: the delivery scan may be wrong.',
    delivered_wrong_country: 'A delivery was reported in the wrong country; we ignore it.',
    impossible_speed:
      'Two scans are too far apart for the time between them; one is probably wrong.',
  },

  legsHeading: 'Numbers of this parcel',
  roles: {
    origin: 'in China / origin',
    international: 'international',
    last_mile: 'local delivery',
    alias: 'also known as',
  },
  carrierHeading: 'Carrier',
  phone: 'Phone',
  email: 'E-mail',
  official: 'Official tracking page',
  noSource: 'No tracking source is set up for this carrier here; its own page has the news.',

  routeHeading: 'Route',
  routeLabel: (p) => `Places passed, in order: ${p}`,
  routeUnknown: 'No place named in the scans yet.',
  hereNow: 'latest',

  checksHeading: 'Checks',
  lastChecked: 'Last checked',
  nextCheck: 'Next check',
  notYet: 'not yet',
  refresh: 'Check now',
  refreshed: 'Checked just now.',
  tooSoonTitle: 'Too soon',
  tooSoon: (w) => `We checked this parcel a moment ago. Please try again in ${w}.`,
  back: 'Back to the parcel',
  live: 'This page updates by itself while it is open.',

  notFound: {
    title: 'Not found yet',
    heading: 'No carrier has news of this number yet',
    intro: 'That is common and usually not a problem. There are three usual reasons.',
    reasonsHeading: 'Why',
    reasons: [
      {
        title: 'It is too new',
        text: 'A number often shows its first scan 24 to 72 hours after the seller creates it.',
      },
      {
        title: 'A typing mistake',
        text: 'One wrong or missing character gives a number nobody knows. Compare it with the order.',
      },
      {
        title: 'A technical problem',
        text: 'The carrier’s system can be slow or down for a while. Try again later.',
      },
    ],
    whatHeading: 'What to do',
    what: [
      'Check the number letter by letter against the order page or the shipping e-mail.',
      'Wait up to three days after the seller shipped; we keep checking for you.',
      'Still nothing after that: ask the seller which carrier has it and for a number that works.',
    ],
    didYouMean: 'Did you mean',
    orderHeading: 'This is an order number, not a tracking number',
    notNumberHeading: 'This is not a tracking number',
    notNumber: 'We do not recognise it as a number from any carrier we know.',
  },

  multi: {
    title: 'Your parcels',
    heading: (n) => `${n} parcels`,
    error: 'Not a tracking number',
    empty: 'No number given. Paste one or more on the search page.',
  },
};
