/**
 * @module core/timeline/geo
 * Rough geography for plausibility checks: a centroid and a continent per country, and the
 * great-circle distance between two countries. Centroids are approximate (within a few
 * hundred km of where parcels are scanned), which is all an impossible-speed check needs.
 */

/** Continent codes: AF, AS, EU, NA, SA, OC. */
export type Continent = 'AF' | 'AS' | 'EU' | 'NA' | 'SA' | 'OC';

// biome-ignore format: a data table reads better packed
const CENTROIDS: Readonly<Record<string, readonly [number, number, Continent]>> = {
  AE: [23.4, 53.8, 'AS'], AR: [-34.6, -64.0, 'SA'], AT: [47.5, 14.6, 'EU'], AU: [-25.3, 133.8, 'OC'],
  BD: [23.7, 90.4, 'AS'], BE: [50.5, 4.5, 'EU'], BG: [42.7, 25.5, 'EU'], BR: [-14.2, -51.9, 'SA'],
  BY: [53.7, 27.9, 'EU'], CA: [56.1, -106.3, 'NA'], CH: [46.8, 8.2, 'EU'], CL: [-35.7, -71.5, 'SA'],
  CN: [35.9, 104.2, 'AS'], CO: [4.6, -74.3, 'SA'], CY: [35.1, 33.4, 'EU'], CZ: [49.8, 15.5, 'EU'],
  DE: [51.2, 10.5, 'EU'], DK: [56.3, 9.5, 'EU'], DZ: [28.0, 1.7, 'AF'], EE: [58.6, 25.0, 'EU'],
  EG: [26.8, 30.8, 'AF'], ES: [40.5, -3.7, 'EU'], FI: [61.9, 25.7, 'EU'], FR: [46.2, 2.2, 'EU'],
  GB: [54.0, -2.0, 'EU'], GE: [42.3, 43.4, 'AS'], GR: [39.1, 21.8, 'EU'], HK: [22.3, 114.2, 'AS'],
  HR: [45.1, 15.2, 'EU'], HU: [47.2, 19.5, 'EU'], ID: [-0.8, 113.9, 'AS'], IE: [53.4, -8.2, 'EU'],
  IL: [31.0, 34.9, 'AS'], IN: [20.6, 79.0, 'AS'], IS: [64.9, -19.0, 'EU'], IT: [41.9, 12.6, 'EU'],
  JP: [36.2, 138.3, 'AS'], KE: [-0.0, 37.9, 'AF'], KR: [35.9, 127.8, 'AS'], KZ: [48.0, 66.9, 'AS'],
  LT: [55.2, 23.9, 'EU'], LU: [49.8, 6.1, 'EU'], LV: [56.9, 24.6, 'EU'], MA: [31.8, -7.1, 'AF'],
  MD: [47.4, 28.4, 'EU'], MX: [23.6, -102.6, 'NA'], MY: [4.2, 101.9, 'AS'], NG: [9.1, 8.7, 'AF'],
  NL: [52.1, 5.3, 'EU'], NO: [60.5, 8.5, 'EU'], NZ: [-40.9, 174.9, 'OC'], PE: [-9.2, -75.0, 'SA'],
  PH: [12.9, 121.8, 'AS'], PK: [30.4, 69.3, 'AS'], PL: [51.9, 19.1, 'EU'], PT: [39.4, -8.2, 'EU'],
  QA: [25.4, 51.2, 'AS'], RO: [45.9, 25.0, 'EU'], RS: [44.0, 21.0, 'EU'], RU: [55.8, 37.6, 'EU'],
  SA: [23.9, 45.1, 'AS'], SE: [60.1, 18.6, 'EU'], SG: [1.35, 103.8, 'AS'], SI: [46.2, 15.0, 'EU'],
  SK: [48.7, 19.7, 'EU'], TH: [15.9, 100.9, 'AS'], TR: [39.0, 35.2, 'AS'], TW: [23.7, 121.0, 'AS'],
  UA: [48.4, 31.2, 'EU'], US: [39.8, -98.6, 'NA'], UY: [-32.5, -55.8, 'SA'], UZ: [41.4, 64.6, 'AS'],
  VN: [14.1, 108.3, 'AS'], ZA: [-30.6, 22.9, 'AF'],
};

/** Continent of a country in our table. */
export function continentOf(country: string): Continent | undefined {
  return CENTROIDS[country]?.[2];
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in km between two countries' centroids; null if either is unknown. */
export function countryDistanceKm(a: string, b: string): number | null {
  if (a === b) return 0;
  const p = CENTROIDS[a];
  const q = CENTROIDS[b];
  if (!p || !q) return null;
  const dLat = (q[0] - p[0]) * RAD;
  const dLon = (q[1] - p[1]) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * RAD) * Math.cos(q[0] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
