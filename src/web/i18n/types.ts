/**
 * @module web/i18n/types
 * The shape of one locale's interface strings. Every locale file is typed with `UiStrings`,
 * so a missing key is a compile error. Functions take already formatted values (numbers
 * and dates go through Intl in web/i18n/format.ts, never through these strings).
 */
import type { RouteVia } from '../../carriers/routing.js';
import type { CarrierKind, Checksum, Lookalike } from '../../core/numbers/types.js';
import type { Normality } from '../../core/status/normality.js';
import type { OperatorStrings } from './operator/types.js';
import type { TrackStrings } from './track/types.js';

export interface UiStrings {
  /** The language's own name, as the switcher shows it. */
  languageName: string;
  skipToContent: string;
  navLabel: string;
  languageLabel: string;
  nav: { track: string; carriers: string; statuses: string; contacts: string; api: string };
  footer: string;

  home: {
    title: string;
    searchTitle: (query: string) => string;
    description: string;
    heading: string;
    label: string;
    find: string;
    youPasted: string;
    trackThis: string;
    demoHeading: string;
    demoNote: string;
    notRecognised: string;
    didYouMean: string;
    confidenceTitle: string;
    checksum: Record<Checksum, string>;
    tooMany: (count: string, max: string) => string;
    /** What a mistaken paste is and what to paste instead. */
    lookalike: Record<Lookalike, string>;
    /** The words of the live hint (public/app.js), handed over in data- attributes. */
    live: { wrong: string; order: string; phone: string; unknown: string };
  };

  error: {
    notFoundTitle: string;
    errorTitle: string;
    notFoundHeading: string;
    errorHeading: string;
    notFoundMessage: (path: string) => string;
    code: string;
    back: string;
  };

  carriers: {
    title: string;
    intro: string;
    searchLabel: string;
    search: string;
    count: (count: string) => string;
    noMatch: string;
    kinds: Record<CarrierKind, string>;
    country: string;
    kind: string;
    worldwide: string;
    formats: string;
    format: string;
    examples: string;
    checkDigit: string;
    yes: string;
    no: string;
    noFormats: string;
    contact: string;
    phone: string;
    email: string;
    noContact: string;
    officialTracking: string;
    website: string;
    external: string;
    sources: string;
    noSource: string;
    /** Labels of the serving source's facts. */
    source: string;
    why: string;
    status: string;
    /** Why this source serves the carrier (how routing chose it). */
    via: Record<RouteVia, string>;
    health: { healthy: string; trouble: string; unknown: string };
    lastSuccess: (when: string) => string;
    typicalTimes: string;
    /** "15–30 days"; the range comes formatted ("20–40+" when open-ended). */
    days: (range: string) => string;
    businessDays: (range: string) => string;
    published: string;
    observedHere: string;
    /** The seeds' band for the carrier's own shipping method. */
    seedService: (method: string, days: string) => string;
    /** The seeds name the method without a figure: its class's band. */
    seedClass: (method: string, serviceClass: string, days: string) => string;
    noSeed: string;
    observed: (count: string, median: string, p90: string) => string;
    tooFewObserved: (min: string) => string;
    s10: (country: string) => string;
    back: string;
  };

  statuses: {
    title: string;
    intro: string;
    status: string;
    milestone: string;
    reason: string;
    order: string;
    statusIntro: string;
    milestoneIntro: string;
    reasonIntro: string;
    orderIntro: string;
    normal: Record<Normality, string>;
  };

  contacts: {
    title: string;
    intro: string;
    postOffice: string;
    customs: string;
    none: string;
    missing: string;
  };

  retailer: {
    title: (name: string) => string;
    description: (name: string) => string;
    facts: string;
    founded: string;
    headquarters: string;
    parent: string;
    countries: string;
    countriesCount: (count: string) => string;
    users: string;
    employees: string;
    typicalDelivery: string;
    findNumber: string;
    methods: string;
    method: string;
    typical: string;
    observed: string;
    days: (min: string, max: string) => string;
    businessDays: (min: string, max: string) => string;
    exactDays: (days: string) => string;
    statuses: string;
    statusesIntro: string;
    retailerSays: string;
    ourWords: string;
    meaning: string;
    channels: string;
    faq: string;
    sourceNote: string;
  };

  api: {
    title: string;
    intro: string;
    document: string;
    parameters: string;
    responses: string;
    required: string;
  };

  /** The tracking pages (web/track). */
  track: TrackStrings;

  /** The operator pages (/operator/sources). */
  operator: OperatorStrings;
}
