/**
 * @module core/numbers/normalize
 * Turns what a buyer pasted into the bare number the formats are written against:
 * uppercase ASCII letters and digits, no separators. Handles full-width forms (Chinese
 * input methods), zero-width and non-breaking characters, quotes of every script, and
 * tracking links (the number is taken from the query string or the path).
 *
 * Pure; idempotent: normalize(normalize(x)) === normalize(x).
 */

/** Already clean: the fast path, one regex test and no allocation. */
const CLEAN = /^[A-Z0-9]*$/;

/**
 * Everything that is not part of a number: punctuation of every script (dashes, dots,
 * underscores, slashes, quotes, CJK brackets), separators (all Unicode spaces), symbols
 * (currency, emoji, '+', '='), format characters (zero-width, BOM, word joiner) and
 * control characters (tabs, newlines).
 */
const NOISE = /[\p{P}\p{Z}\p{S}\p{Cf}\p{Cc}]+/gu;

const ASCII = /^[^\u0080-\uffff]*$/;
const ASCII_NOISE = /[^A-Za-z0-9]+/g;

/** Looks like a link: a scheme, `www.`, or `host.tld/` at the start. */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)/i;

/** Query parameters tracking sites put the number(s) in, lowercased, `_` and `-` removed. */
const QUERY_KEYS = new Set([
  'nums',
  'num',
  'number',
  'numbers',
  'tracknum',
  'tracknums',
  'tracknumber',
  'tracknumbers',
  'trackingnumber',
  'trackingnumbers',
  'trackingno',
  'tracking',
  'trackingid',
  'trackid',
  'trknbr',
  'tracknbr',
  'awbnumber',
  'inputnumber',
  'tlabels',
  'id',
  'ids',
  'code',
  'codes',
  'mailno',
  'mailnolist',
  'barcode',
  'waybill',
  'awb',
  'parcel',
  'parcelnumber',
  'shipmentid',
  'shipmentnumber',
  'objetos',
  'q',
  'query',
  'search',
  'searchterm',
  'ref',
  'reference',
]);

/** Path segments after which the next segment is the number (`/track/LP…`). */
const PATH_MARKERS = new Set([
  'track',
  'tracking',
  'trace',
  'tracktrace',
  'parcel',
  'parcels',
  'package',
  'packages',
  'shipment',
  'shipments',
  'sendung',
  'colis',
  'suivi',
  'detail',
  'details',
  'status',
  'lookup',
  'result',
  'results',
  'search',
]);

/** A value is number-like when it has a digit and 8–40 letters/digits once cleaned. */
function numberLike(value: string): boolean {
  const cleaned = cleanPart(value);
  return cleaned.length >= 8 && cleaned.length <= 40 && /\d/.test(cleaned);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * Splits a parameter value holding several numbers (`a,b`, `a;b`, `a b`). Spaces separate
 * numbers only when every space-separated part is a number by itself (`RB 123456785 GB`
 * is one number written in groups).
 */
function splitValue(value: string): string[] {
  const out: string[] = [];
  for (const part of safeDecode(value).split(/[,;|]+/)) {
    const words = part.split(/\s+/).filter((w) => w.length > 0);
    if (words.length > 1 && words.every(numberLike)) out.push(...words);
    else if (numberLike(part)) out.push(part.trim());
  }
  return out;
}

function fromParams(query: string): string[] {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(pair.slice(0, eq))
      .toLowerCase()
      .replace(/[_\-[\]]/g, '');
    if (!QUERY_KEYS.has(key)) continue;
    const found = splitValue(pair.slice(eq + 1));
    if (found.length > 0) return found;
  }
  return [];
}

function fromPath(path: string): string[] {
  const segments = path
    .split('/')
    .map(safeDecode)
    .filter((s) => s.length > 0);
  for (let i = 0; i < segments.length - 1; i++) {
    const marker = segments[i]!.toLowerCase().replace(/[_\-.]/g, '');
    if (PATH_MARKERS.has(marker)) {
      const found = splitValue(segments[i + 1]!);
      if (found.length > 0) return found;
    }
  }
  // No marker: the last number-like segment (e.g. `/en/LP00123456789012`).
  for (let i = segments.length - 1; i >= 1; i--) {
    const found = splitValue(segments[i]!.replace(/\.[a-z]{2,5}$/i, ''));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The raw numbers carried by a tracking link, in order; `[]` when `text` is not a link or
 * holds none. Query parameters win over the path; a `#fragment` is read like a query
 * string and then like a path (single-page tracking sites use both).
 */
export function numbersFromUrl(text: string): string[] {
  const link = text.trim();
  if (!URL_START.test(link) || /\s/.test(link)) return [];
  const withoutScheme = link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const hashAt = withoutScheme.indexOf('#');
  const beforeHash = hashAt >= 0 ? withoutScheme.slice(0, hashAt) : withoutScheme;
  const fragment = hashAt >= 0 ? withoutScheme.slice(hashAt + 1) : '';
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '';
  const hostAndPath = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const slash = hostAndPath.indexOf('/');
  const path = slash >= 0 ? hostAndPath.slice(slash) : '';

  const fragmentQueryAt = fragment.indexOf('?');
  const fragmentQuery = fragmentQueryAt >= 0 ? fragment.slice(fragmentQueryAt + 1) : fragment;
  const fragmentPath = fragmentQueryAt >= 0 ? fragment.slice(0, fragmentQueryAt) : fragment;

  for (const found of [
    fromParams(query),
    fromParams(fragmentQuery),
    fromPath(path),
    fromPath(`/${fragmentPath}`),
  ]) {
    if (found.length > 0) return found;
  }
  return [];
}

/** NFKC (full-width → ASCII, odd spaces → space), uppercase, drop every separator. */
function cleanPart(text: string): string {
  return text.normalize('NFKC').toUpperCase().normalize('NFKC').replace(NOISE, '');
}

/**
 * The bare number in `input`: uppercase, no separators, no quotes, full-width folded to
 * ASCII; for a tracking link, the (first) number it carries. Letters of other scripts are
 * kept (uppercased) so that junk stays recognisably junk.
 */
export function normalize(input: string): string {
  if (CLEAN.test(input)) return input;
  const link = input.trim();
  const isLink = (link.includes('.') || link.includes('/')) && URL_START.test(link);
  const source = isLink ? (numbersFromUrl(link)[0] ?? link) : input;
  // Plain ASCII (the common loose case: spaces, dashes, lowercase): no Unicode work.
  if (ASCII.test(source)) return source.replace(ASCII_NOISE, '').toUpperCase();
  let out = cleanPart(source);
  // Case mapping and NFKC can interact on rare code points; settle on a fixed point.
  for (let i = 0; i < 3; i++) {
    const again = cleanPart(out);
    if (again === out) break;
    out = again;
  }
  return out;
}
