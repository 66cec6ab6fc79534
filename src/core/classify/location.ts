/**
 * @module core/classify/location
 * Parses carrier location text ("SHENZHEN, CN", "Liège, Belgium", "MOSCOW 101000",
 * "São Paulo / SP", "CORREOS - MADRID", "中国 广州", "CN-Guangzhou", "Roissy CDG Hub") into
 * ISO country, city, region and postal code. Pure and deterministic.
 */
import type { ParsedLocation } from '../events.js';
import { CITIES, type City } from './cities.js';
import { ALPHA3, BR_STATES, COUNTRY_CODES, COUNTRY_NAMES, placeKey, US_STATES } from './places.js';

const POSTAL =
  /\b\d{5}-\d{3}\b|\b\d{2}-\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{4} ?[A-Z]{2}\b(?![a-z])|\b\d{4,6}\b/;
const SPLIT = /\s*[,;|()[\]]\s*|\s+[-–—/]\s+|\s*\/\s*|\s{2,}/;
const HAN = /[\u3400-\u9fff]/;
/** A Chinese facility name (processing centre, office of exchange, warehouse). */
const FACILITY_ZH = /(?:中心|局|仓)$/u;

/** Words that name a facility or carrier, not a place. */
const NOISE = new Set(
  (
    'hub center centre sorting sort facility office post postal gateway airport international ' +
    'intl distribution processing depot warehouse terminal isc dc po branch station unit mail ' +
    'exchange correos la poste colissimo usps ups dhl fedex cainiao royal postnl poczta ptt ' +
    'correios ctt logistics delivery parcel service express ems office of the de du des del ' +
    'import export operations gateway centro oficina sucursal agencia unidade cdd cte ' +
    'plateforme plate forme site city region area china post servicepoint punt postnl-punt ' +
    'pakketpunt paketzentrum briefzentrum filiale logistik-center logistik hermes dpd gls ' +
    'sortownia inpost up colis of bpost sorteercentrum mail centre ' +
    'ммпо почта россии опс'
  ).split(' '),
);

/** Words only one country's carriers use for their sites: a hint at the country. */
const SITE_COUNTRY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:paketzentrum|briefzentrum|filiale|zustellbasis|hermes|packstation)\b/i, 'DE'],
  [/\b(?:delivery office|mail centre|royal mail|parcelforce)\b/i, 'GB'],
  [/\b(?:correos|citypaq)\b/i, 'ES'],
  [/\b(?:correios|cdd|cte|agência|agencia dos correios)\b/i, 'BR'],
  [/\b(?:ctt)\b/i, 'PT'],
  [/\b(?:postnl|sorteercentrum)\b/i, 'NL'],
  [/\b(?:bpost)\b/i, 'BE'],
  [/\b(?:inpost|paczkomat|sortownia|poczta)\b/i, 'PL'],
  [/\b(?:plateforme|colissimo|la poste|chronopost)\b/i, 'FR'],
  [/\b(?:poste italiane|brt)\b/i, 'IT'],
  [/\b(?:ptt|yurtiçi|aras)\b/i, 'TR'],
  [/(?:ммпо|почта россии|сортировочный центр)/i, 'RU'],
];
const CITY_STATES: Readonly<Record<string, string>> = {
  HK: 'Hong Kong',
  SG: 'Singapore',
  MO: 'Macau',
};
const CYRILLIC = /[\u0400-\u04ff]/;
const SAR_OF_CHINA = /\b(hong kong|macau|macao)(?: sar)?,? *\(?china\)?\s*$/i;
const US_FACILITY =
  /^([A-Z][A-Z .'-]*?) ([A-Z]{2}) (?:NETWORK |REGIONAL |INTERNATIONAL )?(?:DISTRIBUTION|PROCESSING|SORTING|ISC\b|NDC\b|P&DC\b|PDC\b|CARRIER ANNEX|ANNEX\b)/;

function countryOfSegment(segment: string): string | undefined {
  const trimmed = segment.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && COUNTRY_CODES.has(trimmed)) return trimmed;
  // "EAST MIDLANDS - UK": not an ISO code, and too short for the name lookup below.
  if (/^uk$/i.test(trimmed)) return 'GB';
  if (/^[A-Z]{3}$/.test(trimmed) && ALPHA3[trimmed]) return ALPHA3[trimmed];
  const key = placeKey(trimmed);
  if (/^[a-z ]{0,2}$/.test(key)) return undefined;
  return COUNTRY_NAMES.get(key);
}

/**
 * Words that read as a country but are better read as a place: a known city of another
 * country ("GRANADA" is not Grenada), or a two-letter prefix before a known city of another
 * country ("CD BOLOGNA" is a distribution centre in Bologna, not Congo).
 */
function notCountry(words: string, country: string, rest = ''): boolean {
  const city = CITIES.get(placeKey(words));
  if (city !== undefined && city.country !== country) return true;
  if (rest === '' || !/^[A-Z]{2}$/.test(words)) return false;
  const other = findCity(rest);
  return other !== undefined && other.country !== country;
}

/** A country named at the start or end of a segment ("Guangzhou China", "中国广州"). */
function splitCountry(segment: string): { country: string; rest: string } | undefined {
  const words = segment.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const headWords = words.slice(0, n).join(' ');
    const headRest = words.slice(n).join(' ');
    const head = countryOfSegment(headWords);
    if (head && !notCountry(headWords, head, headRest)) return { country: head, rest: headRest };
    const tailWords = words.slice(-n).join(' ');
    const tailRest = words.slice(0, -n).join(' ');
    const tail = countryOfSegment(tailWords);
    if (tail && !notCountry(tailWords, tail, tailRest)) return { country: tail, rest: tailRest };
  }
  if (HAN.test(segment) && words.length === 1) {
    for (let n = Math.min(5, segment.length - 1); n >= 2; n--) {
      const head = COUNTRY_NAMES.get(placeKey(segment.slice(0, n)));
      if (head) return { country: head, rest: segment.slice(n) };
    }
  }
  return undefined;
}

/** A known city anywhere in the segment: the whole, then word runs (longest first). */
function findCity(segment: string): City | undefined {
  if (HAN.test(segment)) {
    // "浙江省金华市义乌市": the most specific named place is the last one.
    const pieces = segment.split(/(?<=[省市区县])|\s+/u).filter((p) => p !== '');
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      const city =
        CITIES.get(placeKey(piece)) ?? CITIES.get(placeKey(piece.replace(/[省市区县]$/u, '')));
      if (city) return city;
    }
    // "广州国际邮件处理中心": a facility named after its city.
    for (const piece of pieces) {
      if (!FACILITY_ZH.test(piece) || /[路街道]/u.test(piece)) continue;
      for (let n = Math.min(4, piece.length - 2); n >= 2; n--) {
        const city = CITIES.get(placeKey(piece.slice(0, n)));
        if (city) return city;
      }
    }
  }
  const key = placeKey(segment);
  const whole = CITIES.get(key) ?? CITIES.get(key.replace(/(?:市|省)$/u, ''));
  if (whole) return whole;
  const words = key.split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const city = CITIES.get(words.slice(i, i + n).join(' '));
      if (city) return city;
    }
  }
  return undefined;
}

/** "SAO PAULO" → "Sao Paulo"; mixed case is kept as written. */
function tidyCity(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean !== clean.toUpperCase()) return clean;
  return clean
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function cleanCandidate(segment: string): string {
  return segment
    .split(/\s+/)
    .filter((w) => !NOISE.has(placeKey(w)) && !/\d/.test(w))
    .join(' ')
    .trim();
}

/** Carriers repeat the same few thousand place strings: remember recent answers. */
const MEMO_LIMIT = 4096;
const memo = new Map<string, ParsedLocation>();

export function parseLocation(text: string): ParsedLocation {
  let known = memo.get(text);
  if (!known) {
    known = parse(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, known);
  }
  return { ...known };
}

function parse(text: string): ParsedLocation {
  const out: ParsedLocation = { raw: text };
  // DHL writes "HONG KONG SAR, CHINA": the region is the country here, not China.
  let rest = text.trim().replace(SAR_OF_CHINA, '$1');
  if (rest === '') return out;
  const postal = POSTAL.exec(rest);
  if (postal) {
    out.postalCode = postal[0];
    rest = `${rest.slice(0, postal.index)} ${rest.slice(postal.index + postal[0].length)}`;
  }
  const slashState = /\/\s*([A-Z]{2})\s*$/.exec(rest);
  let segments = rest
    .split(SPLIT)
    .flatMap((s) => {
      const m = /^([A-Z]{2})-(\S.*)$/.exec(s.trim()) ?? /^(.*\S)-([A-Z]{2})$/.exec(s.trim());
      // "CN-Guangzhou", "Guangzhou-CN"; not a shop name like "CO-OP" (both sides short).
      if (!m || Math.max(m[1]!.length, m[2]!.length) < 3) return [s];
      return COUNTRY_CODES.has(m[1] ?? '') || COUNTRY_CODES.has(m[2] ?? '') ? [m[1]!, m[2]!] : [s];
    })
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (slashState && BR_STATES.has(slashState[1]!)) {
    out.region = slashState[1]!;
    out.country = 'BR';
    segments = segments.filter((s) => s !== out.region);
  }
  const usState = /,\s*([A-Z]{2})\s*$/.exec(rest.trim());
  if (!out.country && usState && out.postalCode && /^\d{5}$/.test(out.postalCode)) {
    if (US_STATES.has(usState[1]!)) {
      out.region = usState[1]!;
      out.country = 'US';
      segments = segments.filter((s) => s !== out.region);
    }
  }
  if (!out.country) {
    // USPS facility names: "KEARNY NJ DISTRIBUTION CENTER", "JAMAICA NY ISC".
    segments = segments.map((s) => {
      const m = US_FACILITY.exec(s);
      if (!m || !US_STATES.has(m[2]!)) return s;
      out.country = 'US';
      out.region = m[2]!;
      return m[1]!;
    });
  }
  const candidates: string[] = [];
  let twoLetter: string | undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (!out.country) {
      const whole = countryOfSegment(segment);
      if (whole && !notCountry(segment, whole)) {
        out.country = whole;
        if (/^[A-Z]{2}$/.test(segment)) twoLetter = segment;
        continue;
      }
      const split = splitCountry(segment);
      if (split) {
        out.country = split.country;
        if (split.rest) candidates.unshift(split.rest);
        continue;
      }
    }
    candidates.unshift(segment);
  }
  let known: City | undefined;
  // "Paketzentrum Leipzig/Radefeld": when several places are named, the last is the most local.
  for (const c of candidates) {
    const city = findCity(c);
    if (city && (!out.country || out.country === city.country)) known = city;
  }
  if (!known && twoLetter && US_STATES.has(twoLetter)) {
    // "CHICAGO, IL": a US city with its state, not Israel.
    known = candidates.map(findCity).find((c) => c?.country === 'US');
    if (known) {
      out.country = 'US';
      out.region = twoLetter;
    }
  }
  if (known) {
    out.city = known.name;
    out.country ??= known.country;
    return out;
  }
  if (!out.country) {
    out.country = SITE_COUNTRY.find(([re]) => re.test(text))?.[1];
    if (!out.country && CYRILLIC.test(text)) out.country = 'RU';
    if (!out.country) delete out.country;
  }
  if (out.country && CITY_STATES[out.country] && candidates.length === 0) {
    out.city = CITY_STATES[out.country];
    return out;
  }
  for (const c of candidates) {
    const cleaned = cleanCandidate(c);
    if (cleaned && /\p{L}/u.test(cleaned) && cleaned.split(' ').length <= 4) {
      if (!countryOfSegment(cleaned)) out.city = tidyCity(cleaned);
      break;
    }
  }
  return out;
}
