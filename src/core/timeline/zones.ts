/**
 * @module core/timeline/zones
 * Which IANA zone a place is in: the country's zone for single-zone countries; for
 * countries with several zones the city (or hub, or state/province), else the zone most of
 * the country lives in, marked as a guess. Pure lookups over zones-data.ts.
 */
import type { ParsedLocation } from '../events.js';
import { COUNTRY_ZONE, MULTI_ZONE } from './zones-data.js';

/** A zone inferred from a place, with how it was found. */
export interface ZoneGuess {
  zone: string;
  confidence: 'location-city' | 'location-country';
  note?: string;
}

const NON_ASCII = /[^\t -~]/;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

const names = new Map<string, string>();

/** Lowercase, strip accents, keep letters and digits separated by single spaces (memoized). */
export function normalizePlaceName(text: string): string {
  let out = names.get(text);
  if (out === undefined) {
    let s = text.toLowerCase();
    if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').replace(/ё/g, 'е');
    out = s.replace(SEPARATORS, ' ').trim();
    if (names.size > 10_000) names.clear();
    names.set(text, out);
  }
  return out;
}

interface CountryIndex {
  fallback: string;
  regions: Map<string, string>;
  cities: Map<string, string>;
  /** City names by word count, longest first, for scanning raw location text. */
  cityNames: string[];
}

const multi = new Map<string, CountryIndex>();
const zoneCountry = new Map<string, string>();

for (const [country, zone] of Object.entries(COUNTRY_ZONE)) zoneCountry.set(zone, country);
for (const [country, data] of Object.entries(MULTI_ZONE)) {
  const regions = new Map<string, string>();
  for (const [name, zone] of Object.entries(data.regions)) {
    regions.set(normalizePlaceName(name), zone);
  }
  const cities = new Map<string, string>();
  for (const [zone, names] of Object.entries(data.cities)) {
    zoneCountry.set(zone, country);
    for (const name of names) cities.set(normalizePlaceName(name), zone);
  }
  for (const zone of regions.values()) zoneCountry.set(zone, country);
  zoneCountry.set(data.fallback, country);
  const cityNames = [...cities.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  multi.set(country, { fallback: data.fallback, regions, cities, cityNames });
}

/** Country (ISO alpha-2) an IANA zone of our tables belongs to, if we know it. */
export function countryOfZone(zone: string): string | undefined {
  return zoneCountry.get(zone);
}

/** True when the country spans several zones and the city matters. */
export function isMultiZoneCountry(country: string): boolean {
  return multi.has(country.toUpperCase());
}

const rawCache = new Map<string, string | null>();

function cityInRaw(index: CountryIndex, raw: string): string | null {
  const cacheKey = index.fallback + '|' + raw;
  const cached = rawCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const padded = ' ' + normalizePlaceName(raw) + ' ';
  let found: string | null = null;
  for (const name of index.cityNames) {
    if (padded.includes(' ' + name + ' ')) {
      found = index.cities.get(name) ?? null;
      break;
    }
  }
  if (rawCache.size > 5000) rawCache.clear();
  rawCache.set(cacheKey, found);
  return found;
}

/** Upper-case ASCII letters; returns the string itself when it has none in lower case. */
export function upperAscii(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127) return s.toUpperCase();
  }
  return s;
}

/** Guesses are shared (never mutated): per country, and per zone for a city or region. */
const countryGuesses = new Map<string, Readonly<ZoneGuess>>();
const cityGuesses = new Map<string, Readonly<ZoneGuess>>();

function countryGuess(country: string, zone: string, note?: string): Readonly<ZoneGuess> {
  let guess = countryGuesses.get(country);
  if (!guess) {
    guess = note
      ? { zone, confidence: 'location-country', note }
      : { zone, confidence: 'location-country' };
    countryGuesses.set(country, guess);
  }
  return guess;
}

function cityGuess(zone: string): Readonly<ZoneGuess> {
  let guess = cityGuesses.get(zone);
  if (!guess) {
    guess = { zone, confidence: 'location-city' };
    cityGuesses.set(zone, guess);
  }
  return guess;
}

/** The guess for a country as written, MULTI when its city decides, null when unknown. */
const MULTI = 'multi';
const byCountry = new Map<string, Readonly<ZoneGuess> | typeof MULTI | null>();

function countryAlone(raw: string): Readonly<ZoneGuess> | typeof MULTI | null {
  const country = upperAscii(raw);
  if (multi.has(country)) return MULTI;
  const zone = COUNTRY_ZONE[country];
  return zone ? countryGuess(country, zone) : null;
}

/** zoneForPlace without allocating: the guess returned is shared and must not be changed. */
export function guessZone(place: ParsedLocation | undefined): Readonly<ZoneGuess> | null {
  const raw = place?.country;
  if (!place || !raw) return null;
  let known = byCountry.get(raw);
  if (known === undefined) {
    known = countryAlone(raw);
    if (byCountry.size > 1000) byCountry.clear();
    byCountry.set(raw, known);
  }
  if (known !== MULTI) return known;
  const country = upperAscii(raw);
  const index = multi.get(country);
  if (!index) return null; // not reached: MULTI means the country is in `multi`
  const byCity = place.city ? index.cities.get(normalizePlaceName(place.city)) : undefined;
  if (byCity) return cityGuess(byCity);
  const byRegion = place.region ? index.regions.get(normalizePlaceName(place.region)) : undefined;
  if (byRegion) return cityGuess(byRegion);
  const inRaw = place.raw ? cityInRaw(index, place.raw) : null;
  if (inRaw) return cityGuess(inRaw);
  return countryGuess(
    country,
    index.fallback,
    `${country} has several zones and the place names no city we know: ${index.fallback} assumed`,
  );
}

/** Infer the zone of a place; null when the place names no country we know. */
export function zoneForPlace(place: ParsedLocation | undefined): ZoneGuess | null {
  const guess = guessZone(place);
  return guess ? { ...guess } : null;
}
