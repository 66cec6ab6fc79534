/**
 * @module web/i18n/track/types
 * The words of the tracking pages (one parcel, several parcels, not found, live updates).
 * Functions take already formatted values (dates and numbers go through Intl).
 */
import type { Level } from '../../../core/advice/types.js';
import type { Confidence, ServiceClass } from '../../../core/eta/types.js';
import type { AnomalyKind } from '../../../core/timeline/types.js';
import type { LegRole } from '../../../store/schema.js';

/** Values an estimate's basis is told with, already formatted for the locale. */
export interface BasisWords {
  count: string;
  from: string;
  to: string;
  /** Service class words (classes[...]) or the shipping method's name. */
  service?: string;
  lastMile?: string;
  windowDays?: string;
  min?: string;
  max?: string;
}

export interface TrackStrings {
  title: (number: string) => string;
  description: string;
  demo: string;
  demoBadge: string;
  statusHeading: string;
  reason: string;
  progressHeading: string;
  /** Screen-reader words for each step's state. */
  step: { done: string; current: string; todo: string };
  interrupted: string;

  etaHeading: string;
  window: (earliest: string, latest: string) => string;
  likely: (date: string) => string;
  confidence: Record<Confidence, string>;
  basisTitle: string;
  basis: {
    lane: (w: BasisWords) => string;
    priorService: (w: BasisWords) => string;
    priorClass: (w: BasisWords) => string;
    priorUnknown: (w: BasisWords) => string;
    source: string;
    overdue: string;
  };
  classes: Record<ServiceClass, string>;
  sourceEstimate: string;
  noEta: string;
  daysInTransit: (days: string) => string;
  deliveredOn: (date: string) => string;

  adviceHeading: string;
  level: Record<Level, string>;
  actions: string;
  deadlines: string;
  daysLeft: (days: number, formatted: string) => string;
  templates: string;
  subject: string;
  copy: string;
  copied: string;
  contacts: string;
  zoneAssumed: string;

  timelineHeading: string;
  noEvents: string;
  ourLabel: string;
  unclassified: string;
  reportedBy: (source: string, number: string) => string;
  anomaly: string;
  anomaliesHeading: string;
  anomalies: Record<AnomalyKind, string>;

  legsHeading: string;
  roles: Record<LegRole, string>;
  carrierHeading: string;
  phone: string;
  email: string;
  official: string;
  noSource: string;

  routeHeading: string;
  routeLabel: (places: string) => string;
  routeUnknown: string;
  hereNow: string;

  checksHeading: string;
  lastChecked: string;
  nextCheck: string;
  notYet: string;
  refresh: string;
  refreshed: string;
  tooSoonTitle: string;
  tooSoon: (wait: string) => string;
  back: string;
  live: string;

  notFound: {
    title: string;
    heading: string;
    intro: string;
    reasonsHeading: string;
    reasons: { title: string; text: string }[];
    whatHeading: string;
    what: string[];
    didYouMean: string;
    orderHeading: string;
    notNumberHeading: string;
    notNumber: string;
  };

  multi: {
    title: string;
    heading: (count: string) => string;
    error: string;
    empty: string;
  };
}
