/**
 * @module core/classify/places
 * Place names the location parser recognises, built once at module load: country names in
 * many languages (from ICU through Intl.DisplayNames, plus common aliases and alpha-3
 * codes) and a short list of big cities and parcel hubs with their country.
 */

/** Lowercase, accents stripped, punctuation to spaces: the form names are looked up in. */
export function placeKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[’'`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NOT_COUNTRIES = new Set([
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'ZZ',
]);
const NAME_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'de',
  'it',
  'nl',
  'pl',
  'ru',
  'tr',
  'zh',
  'zh-Hant',
  'ja',
  'uk',
];

function isoCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      // Deprecated or alias codes (DD, UK, SU, …) canonicalise to another region: skip them.
      if (names.of(code) === undefined) continue;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      codes.push(code);
    }
  }
  return codes;
}

/** Every ISO 3166-1 alpha-2 code ICU names. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(isoCodes());

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'usa',
    'us',
    'u s a',
    'united states of america',
    'america',
    'eeuu',
    'ee uu',
    'estados unidos da america',
  ],
  GB: [
    'uk',
    'u k',
    'great britain',
    'britain',
    'england',
    'scotland',
    'wales',
    'northern ireland',
    'gb',
  ],
  CN: [
    'mainland china',
    'prc',
    'peoples republic of china',
    'china mainland',
    '中国大陆',
    '中华人民共和国',
    '中國',
    'chine continentale',
  ],
  HK: ['hong kong', 'hongkong', 'hong kong sar', 'hk', '香港'],
  MO: ['macau', 'macao'],
  TW: ['taiwan', '台湾', '臺灣'],
  RU: ['russian federation', 'rossiya', 'rf', 'российская федерация', 'рф'],
  KR: ['korea', 'south korea', 'republic of korea', '韩国'],
  NL: ['holland', 'the netherlands'],
  CZ: ['czech republic'],
  TR: ['turkey', 'turkiye', 'türkiye'],
  AE: ['uae', 'u a e'],
  CI: ['ivory coast'],
  MK: ['macedonia'],
  VN: ['viet nam'],
  MD: ['moldova'],
};
const ALPHA3: Readonly<Record<string, string>> = {
  CHN: 'CN',
  USA: 'US',
  GBR: 'GB',
  RUS: 'RU',
  FRA: 'FR',
  DEU: 'DE',
  ESP: 'ES',
  BRA: 'BR',
  ITA: 'IT',
  NLD: 'NL',
  POL: 'PL',
  TUR: 'TR',
  BEL: 'BE',
  CAN: 'CA',
  AUS: 'AU',
  JPN: 'JP',
  KOR: 'KR',
  HKG: 'HK',
  SGP: 'SG',
  ARE: 'AE',
  MEX: 'MX',
  UKR: 'UA',
  ISR: 'IL',
  CHE: 'CH',
  AUT: 'AT',
  SWE: 'SE',
  NOR: 'NO',
  DNK: 'DK',
  FIN: 'FI',
  PRT: 'PT',
  IRL: 'IE',
  CZE: 'CZ',
  HUN: 'HU',
  ROU: 'RO',
  GRC: 'GR',
  CHL: 'CL',
  ARG: 'AR',
  COL: 'CO',
  PER: 'PE',
  IND: 'IN',
  THA: 'TH',
  MYS: 'MY',
  VNM: 'VN',
  PHL: 'PH',
  IDN: 'ID',
  NZL: 'NZ',
  ZAF: 'ZA',
  SAU: 'SA',
  KAZ: 'KZ',
  BLR: 'BY',
  LTU: 'LT',
  LVA: 'LV',
  EST: 'EE',
  SVK: 'SK',
  SVN: 'SI',
  HRV: 'HR',
  BGR: 'BG',
  SRB: 'RS',
};

export { ALPHA3 };

function buildCountryNames(): Map<string, string> {
  const index = new Map<string, string>();
  for (const lang of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (!name) continue;
      const key = placeKey(name);
      if (key && !index.has(key)) index.set(key, code);
      // "Hong Kong SAR China", "Myanmar (Burma)": also the part before the qualifier.
      const short = placeKey(name.replace(/\s*(?:\(.*\)|SAR.*)$/, ''));
      if (short && !index.has(short)) index.set(short, code);
    }
  }
  for (const [code, aliases] of Object.entries(ALIASES)) {
    for (const alias of aliases) index.set(placeKey(alias), code);
  }
  return index;
}

/** Country name (placeKey form, any supported language) → ISO alpha-2. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = buildCountryNames();

/** Brazilian states (UF), as Correios writes them after a slash: "CURITIBA / PR". */
export const BR_STATES: ReadonlySet<string> = new Set(
  'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'.split(' '),
);
/** US states, as USPS and UPS write them: "JAMAICA, NY 11430". */
export const US_STATES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(
    ' ',
  ),
);
