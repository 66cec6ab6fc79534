/**
 * @module carriers/sim/route
 * Lays out the steps of a journey before any time is assigned: which legs exist (LP →
 * S10 → last mile, LP → last mile, S10 alone, DHL alone), which step happens on which leg,
 * in which language, place and zone, and how much of the journey each step takes
 * (relative weights; the schedule scales them to the service band). Pure.
 */
import type { Lane, OriginCity, Service } from './lanes.js';
import { ORIGIN_ZONE } from './lanes.js';
import { mintLastMile, mintS10 } from './numbers.js';
import {
  type DestKey,
  destPhrase,
  fill,
  type LegFamily,
  legPhrase,
  type Phrase,
  type StepKey,
} from './phrases.js';
import type { Rng } from './prng.js';

export type LegRole = 'origin' | 'international' | 'last_mile';

export interface JourneyLeg {
  number: string;
  carrierId: string;
  carrierName: string;
  role: LegRole;
}

/** A step of the journey before it has a time. */
export interface Step {
  key: StepKey;
  leg: number;
  code: string;
  description: string;
  language: string;
  location: string;
  zone: string;
  /** Share of the planned transit time spent before this step. */
  weight: number;
  /** Whole days of incident delay before this step. */
  delayDays: number;
  /** Set on a hand-off: the index of the leg that takes over. */
  handoffTo?: number;
}

/** What the route needs to know: the draws already made for this journey. */
export interface RouteInput {
  primary: string;
  service: Service;
  lane: Lane;
  origin: OriginCity;
  city: { name: string; zone: string };
  wrongCity: { name: string; zone: string } | null;
  incidents: { silenceDays: number; holdDays: number; dutiesDays: number };
}

export interface Route {
  legs: JourneyLeg[];
  /** Steps up to (not including) the last-mile ending, in order. */
  steps: Step[];
  /** Leg and carrier family that perform the last mile. */
  destLeg: number;
  destFamily: Lane['post']['family'] | 'dhl';
}

const DHL_TRANSIT: Record<string, readonly [string, string, string]> = {
  US: ['Cincinnati Hub, US', 'America/New_York', 'CINCINNATI HUB - USA'],
  BR: ['Cincinnati Hub, US', 'America/New_York', 'CINCINNATI HUB - USA'],
};

/** Builds the legs and steps of one journey. */
export function buildRoute(input: RouteInput, rng: Rng): Route {
  const { service, lane, origin } = input;
  const legs: JourneyLeg[] = [];
  const steps: Step[] = [];
  const originLoc = `${origin.en}, CN`;
  const hubZone = lane.cities[0]?.zone ?? input.city.zone;
  const hubLoc = `${lane.hub}, ${lane.country}`;
  const add = (
    family: LegFamily,
    key: StepKey,
    leg: number,
    weight: number,
    where: readonly [string, string],
    vars: Record<string, string> = {},
    delayDays = 0,
  ): Step | undefined => {
    const phrase = legPhrase(family, key);
    if (!phrase) return undefined;
    const step = makeStep(key, leg, phrase, where, weight, delayDays, vars);
    steps.push(step);
    return step;
  };
  const atOrigin = [originLoc, ORIGIN_ZONE] as const;
  const atHub = [hubLoc, hubZone] as const;
  const originVars = { city: origin.zh, hub: origin.hubZh, next: origin.airportZh };
  const { silenceDays, holdDays, dutiesDays } = input.incidents;

  if (service.plan === 'lp-s10' || service.plan === 'lp-lastmile') {
    legs.push({
      number: input.primary,
      carrierId: 'cainiao',
      carrierName: 'Cainiao',
      role: 'origin',
    });
    add('cainiao-origin', 'info', 0, 0, atOrigin, originVars);
    add('cainiao-origin', 'outbound', 0, 0.8, atOrigin, originVars);
    add('cainiao-origin', 'pickup', 0, 0.6, atOrigin, originVars);
    add('cainiao-origin', 'origin_in', 0, 0.5, atOrigin, originVars);
    add('cainiao-origin', 'origin_out', 0, 0.3, atOrigin, originVars);
  }
  if (service.plan === 'lp-s10') {
    const s10 = mintS10(rng, rng.pick(['HA', 'HB', 'HC']), 'CN');
    legs.push({
      number: s10,
      carrierId: 'china-post',
      carrierName: 'China Post',
      role: 'international',
    });
    const carrier = '中国邮政（China Post）';
    const h = add('cainiao-origin', 'handoff_postal', 0, 0.4, atOrigin, {
      ...originVars,
      carrier,
      number: s10,
    });
    if (h) h.handoffTo = 1;
    postalSteps(1, 0.5);
  } else if (service.plan === 'lp-lastmile') {
    add('cainiao-origin', 'export_start', 0, 0.5, atOrigin, originVars);
    add('cainiao-origin', 'export_done', 0, 0.4, atOrigin, originVars);
    add('cainiao-origin', 'handover_airline', 0, 0.6, atOrigin, originVars);
    add('cainiao-transit', 'departed', 0, 0.5, atOrigin);
    add('cainiao-transit', 'arrived', 0, 3, atHub, { hub: lane.hub }, silenceDays);
    add('cainiao-transit', 'import_start', 0, 0.8, atHub);
    if (holdDays > 0) add('cainiao-transit', 'customs_hold', 0, 0.3, atHub);
    if (dutiesDays > 0) {
      add('cainiao-transit', 'duties_due', 0, 0.3, atHub);
      add('cainiao-transit', 'duties_paid', 0, 0.2, atHub, {}, dutiesDays);
    }
    add('cainiao-transit', 'import_done', 0, 1.5, atHub, {}, holdDays);
    handoff(0, 'cainiao-transit');
  } else if (service.plan === 's10') {
    const ems = service.id === 'ems';
    legs.push({
      number: input.primary,
      carrierId: ems ? 'china-ems' : 'china-post',
      carrierName: ems ? 'China EMS' : 'China Post',
      role: 'international',
    });
    add('post-origin', 'pickup', 0, 0, atOrigin, originVars);
    postalSteps(0, 0.8);
  } else {
    legs.push({
      number: input.primary,
      carrierId: 'dhl-express',
      carrierName: 'DHL Express',
      role: 'international',
    });
    const hk = ['Hong Kong, HK', 'Asia/Hong_Kong'] as const;
    add('dhl', 'pickup', 0, 0, atOrigin);
    add('dhl', 'origin_in', 0, 0.3, hk, { hub: 'HONG KONG - HONG KONG' });
    add('dhl', 'departed', 0, 0.3, hk, { hub: 'HONG KONG - HONG KONG' });
    const transit =
      DHL_TRANSIT[lane.country] ?? (['Leipzig, DE', 'Europe/Berlin', 'LEIPZIG - GERMANY'] as const);
    add('dhl', 'transit_hub', 0, 0.8, [transit[0], transit[1]], { next: transit[2] });
    const destHub = [`${input.city.name}, ${lane.country}`, input.city.zone] as const;
    const hub = `${input.city.name.split(',')[0]!.toUpperCase()} - ${lane.country}`;
    add('dhl', 'import_start', 0, 0.5, destHub);
    if (holdDays > 0) add('dhl', 'customs_hold', 0, 0.2, destHub);
    add('dhl', 'import_done', 0, 0.4, destHub, { hub }, holdDays);
    add('dhl', 'arrived', 0, 0.3, destHub, { hub });
    return { legs, steps, destLeg: 0, destFamily: 'dhl' };
  }
  const destLeg = legs.length - 1;
  const destFamily =
    destLeg > 0 && lane.lastMile && legs[destLeg]?.role === 'last_mile'
      ? lane.lastMile.family
      : lane.post.family;
  destSteps(destLeg, destFamily);
  return { legs, steps, destLeg, destFamily };

  function postalSteps(leg: number, firstWeight: number): void {
    const vars = { city: origin.zh, hub: origin.hubZh, next: lane.zhName };
    add('post-origin', 'origin_in', leg, firstWeight, atOrigin, vars);
    add('post-origin', 'export_start', leg, 0.6, atOrigin, vars);
    add('post-origin', 'export_done', leg, 0.6, atOrigin, vars);
    add('post-origin', 'departed', leg, 1.2, atOrigin, vars);
    add('post-transit', 'arrived', leg, 3, atHub, { hub: lane.hub }, silenceDays);
    add('post-transit', 'import_start', leg, 0.8, atHub);
    if (holdDays > 0) add('post-transit', 'customs_hold', leg, 0.3, atHub);
    add('post-transit', 'import_done', leg, 1.5, atHub, {}, holdDays);
    add('post-transit', 'inward_out', leg, 0.5, atHub, { hub: lane.hub });
    if (service.plan === 'lp-s10' && lane.lastMile) handoff(leg, 'post-transit');
  }

  function handoff(fromLeg: number, family: LegFamily): void {
    const carrier = lane.lastMile ?? { ...lane.post, shape: 's10' as const };
    const number = mintLastMile(rng, carrier.shape, lane.country);
    legs.push({ number, carrierId: carrier.id, carrierName: carrier.name, role: 'last_mile' });
    const h = add(family, 'handoff', fromLeg, 0.7, atHub, { carrier: carrier.name, number });
    if (h) h.handoffTo = legs.length - 1;
  }

  function destSteps(leg: number, family: Lane['post']['family']): void {
    const at = (c: { name: string; zone: string }) =>
      [`${c.name}, ${lane.country}`, c.zone] as const;
    const destAdd = (key: DestKey, weight: number, c: { name: string; zone: string }) => {
      const phrase = destPhrase(family, lane.language, key);
      steps.push(makeStep(key, leg, phrase, at(c), weight, 0, { city: c.name }));
    };
    if (input.wrongCity) destAdd('dest_in', 1, input.wrongCity);
    destAdd('dest_in', 1.2, input.city);
    if (family !== 'laposte' && family !== 'postnl') destAdd('delivery_office', 0.8, input.city);
  }
}

export function makeStep(
  key: StepKey,
  leg: number,
  phrase: Phrase,
  where: readonly [string, string],
  weight: number,
  delayDays: number,
  vars: Readonly<Record<string, string>>,
): Step {
  return {
    key,
    leg,
    code: phrase.code,
    description: fill(phrase.text, vars),
    language: phrase.language,
    location: where[0],
    zone: where[1],
    weight,
    delayDays,
  };
}
