/**
 * @module carriers/aftership/codes
 * AfterShip's code tables. Tags and subtags live with the classifier
 * (core/classify/codes/aftership.ts) and are re-exported here; this file adds what the
 * adapter needs: AfterShip courier slugs → registry carrier ids, ISO alpha-3 country codes
 * (AfterShip's `country_region`) → alpha-2, and the `meta.code` values it steers on.
 */
import { AFTERSHIP_CODES } from '../../core/classify/codes/aftership.js';

export { AFTERSHIP_CODES };

const KNOWN = new Set(Object.keys(AFTERSHIP_CODES).map((c) => c.toLowerCase()));

/** Is this tag or subtag in the classifier's table? */
export function isKnownTag(code: string): boolean {
  return KNOWN.has(code.trim().toLowerCase());
}

/**
 * AfterShip courier slug → registry carrier id, for the carriers AliExpress parcels meet
 * most. Slugs are AfterShip's public courier codes as seen in integrations — an assumption
 * to check against `GET /couriers/all` before relying on a rare one.
 */
export const SLUGS: ReadonlyMap<string, string> = new Map([
  ['china-post', 'china-post'],
  ['china-ems', 'china-ems'],
  ['cainiao', 'cainiao'],
  ['yunexpress', 'yunexpress'],
  ['yanwen', 'yanwen'],
  ['4px', '4px'],
  ['sunyou', 'sunyou'],
  ['wanbexpress', 'wanb-express'],
  ['jtexpress', 'jt-express'],
  ['dhl', 'dhl-express'],
  ['dhl-germany', 'dhl-paket'],
  ['deutsch-post', 'deutsche-post'],
  ['dhl-global-mail', 'dhl-ecommerce'],
  ['dhl-global-mail-asia', 'dhl-ecommerce'],
  ['ups', 'ups'],
  ['fedex', 'fedex'],
  ['usps', 'usps'],
  ['la-poste-colissimo', 'colissimo'],
  ['chronopost-france', 'chronopost'],
  ['royal-mail', 'royal-mail'],
  ['postnl', 'postnl'],
  ['postnl-3s', 'postnl'],
  ['postnl-international', 'postnl'],
  ['spain-correos-es', 'correos'],
  ['correosexpress', 'correos-express'],
  ['brazil-correios', 'correios'],
  ['poczta-polska', 'poczta-polska'],
  ['inpost-paczkomaty', 'inpost'],
  ['australia-post', 'australia-post'],
  ['canada-post', 'canada-post'],
  ['japan-post', 'japan-post'],
  ['swiss-post', 'swiss-post'],
  ['gls', 'gls'],
  ['dpd', 'dpd'],
]);

/** Registry id for an AfterShip slug, else undefined. */
export function carrierIdOfSlug(slug: unknown): string | undefined {
  return typeof slug === 'string' ? SLUGS.get(slug.trim().toLowerCase()) : undefined;
}

/** The AfterShip slug for a registry carrier id (the first listed), for create/detect hints. */
export function slugOf(carrierId: string): string | undefined {
  for (const [slug, id] of SLUGS) if (id === carrierId) return slug;
  return undefined;
}

// biome-ignore format: a data table reads better packed
const ALPHA3: Readonly<Record<string, string>> = {
  ARE: 'AE', ARG: 'AR', AUS: 'AU', AUT: 'AT', BEL: 'BE', BGR: 'BG', BRA: 'BR', CAN: 'CA',
  CHE: 'CH', CHL: 'CL', CHN: 'CN', COL: 'CO', CZE: 'CZ', DEU: 'DE', DNK: 'DK', ESP: 'ES',
  EST: 'EE', FIN: 'FI', FRA: 'FR', GBR: 'GB', GRC: 'GR', HKG: 'HK', HRV: 'HR', HUN: 'HU',
  IDN: 'ID', IND: 'IN', IRL: 'IE', ISR: 'IL', ITA: 'IT', JPN: 'JP', KOR: 'KR', LTU: 'LT',
  LUX: 'LU', LVA: 'LV', MEX: 'MX', MYS: 'MY', NLD: 'NL', NOR: 'NO', NZL: 'NZ', PHL: 'PH',
  POL: 'PL', PRT: 'PT', ROU: 'RO', RUS: 'RU', SAU: 'SA', SGP: 'SG', SVK: 'SK', SVN: 'SI',
  SWE: 'SE', THA: 'TH', TUR: 'TR', TWN: 'TW', UKR: 'UA', USA: 'US', VNM: 'VN', ZAF: 'ZA',
};

/** 'CHN' or 'CN' → 'CN'; anything else → undefined. */
export function alpha2(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const c = code.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(c)) return c;
  return ALPHA3[c];
}

/** `meta.code` values of AfterShip error answers (documented error list). */
export const META = {
  ok: 200,
  created: 201,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  trackingNotFound: 4004,
  alreadyExists: 4003,
  rateLimited: 429,
} as const;
