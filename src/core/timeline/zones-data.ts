/**
 * @module core/timeline/zones-data
 * Reference data for zone inference: one IANA zone per single-zone country, and for
 * countries with several zones a table of regions (state/province codes) and major cities
 * and hubs, plus the zone most of the country's people live in (a low-confidence fallback).
 * Keys of region/city tables are written plainly; zones.ts normalizes them once.
 */

/** ISO 3166-1 alpha-2 → IANA zone, for countries with one zone (or one that dominates). */
// biome-ignore format: a data table reads better packed
export const COUNTRY_ZONE: Readonly<Record<string, string>> = {
  AD: 'Europe/Andorra', AE: 'Asia/Dubai', AF: 'Asia/Kabul', AL: 'Europe/Tirane',
  AM: 'Asia/Yerevan', AO: 'Africa/Luanda', AR: 'America/Argentina/Buenos_Aires',
  AT: 'Europe/Vienna', AZ: 'Asia/Baku', BA: 'Europe/Sarajevo', BD: 'Asia/Dhaka',
  BE: 'Europe/Brussels', BG: 'Europe/Sofia', BH: 'Asia/Bahrain', BO: 'America/La_Paz',
  BY: 'Europe/Minsk', CH: 'Europe/Zurich', CI: 'Africa/Abidjan', CM: 'Africa/Douala',
  CN: 'Asia/Shanghai', CO: 'America/Bogota', CR: 'America/Costa_Rica', CU: 'America/Havana',
  CY: 'Asia/Nicosia', CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen',
  DO: 'America/Santo_Domingo', DZ: 'Africa/Algiers', EE: 'Europe/Tallinn', EG: 'Africa/Cairo',
  ET: 'Africa/Addis_Ababa', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GB: 'Europe/London',
  GE: 'Asia/Tbilisi', GH: 'Africa/Accra', GR: 'Europe/Athens', GT: 'America/Guatemala',
  HK: 'Asia/Hong_Kong', HN: 'America/Tegucigalpa', HR: 'Europe/Zagreb', HU: 'Europe/Budapest',
  IE: 'Europe/Dublin', IL: 'Asia/Jerusalem', IN: 'Asia/Kolkata', IQ: 'Asia/Baghdad',
  IR: 'Asia/Tehran', IS: 'Atlantic/Reykjavik', IT: 'Europe/Rome', JM: 'America/Jamaica',
  JO: 'Asia/Amman', JP: 'Asia/Tokyo', KE: 'Africa/Nairobi', KG: 'Asia/Bishkek',
  KH: 'Asia/Phnom_Penh', KR: 'Asia/Seoul', KW: 'Asia/Kuwait', LA: 'Asia/Vientiane',
  LB: 'Asia/Beirut', LI: 'Europe/Vaduz', LK: 'Asia/Colombo', LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MA: 'Africa/Casablanca', MC: 'Europe/Monaco',
  MD: 'Europe/Chisinau', ME: 'Europe/Podgorica', MK: 'Europe/Skopje', MM: 'Asia/Yangon',
  MO: 'Asia/Macau', MT: 'Europe/Malta', MU: 'Indian/Mauritius', MV: 'Indian/Maldives',
  MY: 'Asia/Kuala_Lumpur', MZ: 'Africa/Maputo', NG: 'Africa/Lagos', NI: 'America/Managua',
  NL: 'Europe/Amsterdam', NO: 'Europe/Oslo', NP: 'Asia/Kathmandu', OM: 'Asia/Muscat',
  PA: 'America/Panama', PE: 'America/Lima', PH: 'Asia/Manila', PK: 'Asia/Karachi',
  PL: 'Europe/Warsaw', PR: 'America/Puerto_Rico', PY: 'America/Asuncion', QA: 'Asia/Qatar',
  RE: 'Indian/Reunion', RO: 'Europe/Bucharest', RS: 'Europe/Belgrade', SA: 'Asia/Riyadh',
  SE: 'Europe/Stockholm', SG: 'Asia/Singapore', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
  SN: 'Africa/Dakar', SV: 'America/El_Salvador', TH: 'Asia/Bangkok', TJ: 'Asia/Dushanbe',
  TN: 'Africa/Tunis', TR: 'Europe/Istanbul', TW: 'Asia/Taipei', TZ: 'Africa/Dar_es_Salaam',
  UA: 'Europe/Kiev', UG: 'Africa/Kampala', UY: 'America/Montevideo', UZ: 'Asia/Tashkent',
  VE: 'America/Caracas', VN: 'Asia/Ho_Chi_Minh', ZA: 'Africa/Johannesburg', ZM: 'Africa/Lusaka',
  ZW: 'Africa/Harare',
};

/** A country with several zones: regions and cities that tell which one, and a fallback. */
export interface MultiZoneCountry {
  /** The zone most of the country's people live in. */
  fallback: string;
  /** Region/state/province code or name → zone. */
  regions: Readonly<Record<string, string>>;
  /** Zone → cities, hubs and airport codes in it. */
  cities: Readonly<Record<string, readonly string[]>>;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LAX = 'America/Los_Angeles';
const SAO = 'America/Sao_Paulo';
const FOR = 'America/Fortaleza';

// biome-ignore format: a data table reads better packed
export const MULTI_ZONE: Readonly<Record<string, MultiZoneCountry>> = {
  US: {
    fallback: NY,
    regions: {
      AL: CHI, AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: CHI, CA: LAX, CO: DEN,
      CT: NY, DE: NY, DC: NY, FL: NY, GA: NY, HI: 'Pacific/Honolulu', ID: 'America/Boise',
      IL: CHI, IN: 'America/Indiana/Indianapolis', IA: CHI, KS: CHI, KY: NY, LA: CHI, ME: NY,
      MD: NY, MA: NY, MI: 'America/Detroit', MN: CHI, MS: CHI, MO: CHI, MT: DEN, NE: CHI,
      NV: LAX, NH: NY, NJ: NY, NM: DEN, NY: NY, NC: NY, ND: CHI, OH: NY, OK: CHI, OR: LAX,
      PA: NY, RI: NY, SC: NY, SD: CHI, TN: CHI, TX: CHI, UT: DEN, VT: NY, VA: NY, WA: LAX,
      WV: NY, WI: CHI, WY: DEN, California: LAX, Texas: CHI, Florida: NY, Illinois: CHI,
      'New Jersey': NY, Georgia: NY, Arizona: 'America/Phoenix', Colorado: DEN, Nevada: LAX,
      Utah: DEN, Oregon: LAX, Hawaii: 'Pacific/Honolulu', Alaska: 'America/Anchorage',
    },
    cities: {
      [NY]: ['New York', 'Jamaica', 'Brooklyn', 'Queens', 'Bronx', 'JFK', 'Newark', 'EWR',
        'Boston', 'Philadelphia', 'Washington', 'Baltimore', 'Atlanta', 'ATL', 'Miami', 'MIA',
        'Doral', 'Orlando', 'Tampa', 'Jacksonville', 'Charlotte', 'Raleigh', 'Pittsburgh',
        'Cleveland', 'Columbus', 'Cincinnati', 'Hebron', 'Erlanger', 'CVG', 'Buffalo',
        'Richmond', 'Hartford', 'Providence', 'Carteret', 'Secaucus', 'Edison', 'Kearny'],
      'America/Detroit': ['Detroit', 'Grand Rapids'],
      'America/Indiana/Indianapolis': ['Indianapolis'],
      'America/Kentucky/Louisville': ['Louisville', 'SDF'],
      [CHI]: ['Chicago', 'ORD', 'Bensenville', 'Elk Grove Village', 'Des Plaines', 'Houston',
        'IAH', 'Dallas', 'DFW', 'Fort Worth', 'Irving', 'Coppell', 'Grapevine', 'San Antonio',
        'Austin', 'Memphis', 'MEM', 'Nashville', 'New Orleans', 'St Louis', 'Saint Louis',
        'Kansas City', 'Minneapolis', 'Saint Paul', 'Milwaukee', 'Oklahoma City', 'Omaha',
        'Des Moines'],
      [DEN]: ['Denver', 'DEN', 'Salt Lake City', 'Albuquerque', 'El Paso', 'Colorado Springs'],
      'America/Boise': ['Boise'],
      'America/Phoenix': ['Phoenix', 'PHX', 'Tucson', 'Tempe', 'Mesa'],
      [LAX]: ['Los Angeles', 'LAX', 'San Francisco', 'SFO', 'San Jose', 'Oakland', 'San Diego',
        'Seattle', 'SEA', 'Tacoma', 'Kent', 'Portland', 'Las Vegas', 'Reno', 'Sparks',
        'Sacramento', 'Ontario', 'City of Industry', 'Carson', 'Torrance', 'Compton',
        'San Bernardino', 'Fontana', 'Rialto', 'Moreno Valley', 'Santa Ana'],
      'America/Anchorage': ['Anchorage', 'ANC'],
      'Pacific/Honolulu': ['Honolulu'],
    },
  },
  CA: {
    fallback: 'America/Toronto',
    regions: {
      BC: 'America/Vancouver', AB: 'America/Edmonton', SK: 'America/Regina',
      MB: 'America/Winnipeg', ON: 'America/Toronto', QC: 'America/Toronto',
      NB: 'America/Moncton', NS: 'America/Halifax', PE: 'America/Halifax',
      NL: 'America/St_Johns', YT: 'America/Whitehorse', NT: 'America/Yellowknife',
      NU: 'America/Iqaluit',
    },
    cities: {
      'America/Toronto': ['Toronto', 'Mississauga', 'Brampton', 'Ottawa', 'Hamilton', 'London',
        'Montreal', 'Laval', 'Quebec', 'Dorval'],
      'America/Vancouver': ['Vancouver', 'Richmond', 'Surrey', 'Burnaby', 'Delta', 'Victoria'],
      'America/Edmonton': ['Calgary', 'Edmonton'],
      'America/Winnipeg': ['Winnipeg'],
      'America/Regina': ['Regina', 'Saskatoon'],
      'America/Halifax': ['Halifax', 'Dartmouth', 'Charlottetown'],
      'America/Moncton': ['Moncton', 'Fredericton', 'Saint John'],
      'America/St_Johns': ["St. John's", 'St Johns'],
    },
  },
  RU: {
    fallback: 'Europe/Moscow',
    regions: {},
    cities: {
      'Europe/Moscow': ['Moscow', 'Москва', 'Moskva', 'Saint Petersburg', 'St Petersburg',
        'Санкт-Петербург', 'Vnukovo', 'Внуково', 'Sheremetyevo', 'Шереметьево', 'Domodedovo',
        'Podolsk', 'Подольск', 'Kazan', 'Казань', 'Nizhny Novgorod', 'Rostov-on-Don',
        'Ростов-на-Дону', 'Krasnodar', 'Краснодар', 'Sochi', 'Voronezh', 'Воронеж'],
      'Europe/Kaliningrad': ['Kaliningrad', 'Калининград'],
      'Europe/Samara': ['Samara', 'Самара', 'Izhevsk', 'Ижевск'],
      'Europe/Volgograd': ['Volgograd', 'Волгоград'],
      'Asia/Yekaterinburg': ['Yekaterinburg', 'Ekaterinburg', 'Екатеринбург', 'Koltsovo',
        'Chelyabinsk', 'Челябинск', 'Perm', 'Пермь', 'Ufa', 'Уфа', 'Tyumen', 'Тюмень'],
      'Asia/Omsk': ['Omsk', 'Омск'],
      'Asia/Novosibirsk': ['Novosibirsk', 'Новосибирск', 'Tolmachevo'],
      'Asia/Krasnoyarsk': ['Krasnoyarsk', 'Красноярск'],
      'Asia/Irkutsk': ['Irkutsk', 'Иркутск'],
      'Asia/Yakutsk': ['Yakutsk', 'Якутск'],
      'Asia/Vladivostok': ['Vladivostok', 'Владивосток', 'Khabarovsk', 'Хабаровск'],
      'Asia/Magadan': ['Magadan', 'Магадан'],
      'Asia/Kamchatka': ['Petropavlovsk-Kamchatsky', 'Петропавловск-Камчатский'],
    },
  },
  BR: {
    fallback: SAO,
    regions: {
      SP: SAO, RJ: SAO, MG: SAO, ES: SAO, PR: SAO, SC: SAO, RS: SAO, GO: SAO, DF: SAO,
      BA: 'America/Bahia', PE: 'America/Recife', AL: 'America/Maceio', SE: 'America/Maceio',
      CE: FOR, RN: FOR, PB: FOR, PI: FOR, MA: FOR, PA: 'America/Belem', AP: 'America/Belem',
      TO: 'America/Araguaina', AM: 'America/Manaus', RR: 'America/Boa_Vista',
      RO: 'America/Porto_Velho', AC: 'America/Rio_Branco', MT: 'America/Cuiaba',
      MS: 'America/Campo_Grande',
    },
    cities: {
      [SAO]: ['São Paulo', 'Rio de Janeiro', 'Curitiba', 'Belo Horizonte', 'Brasília',
        'Porto Alegre', 'Campinas', 'Cajamar', 'Barueri', 'Guarulhos', 'Goiânia',
        'Florianópolis', 'Vitória', 'Indaiatuba'],
      'America/Bahia': ['Salvador'],
      'America/Recife': ['Recife'],
      'America/Maceio': ['Maceió', 'Aracaju'],
      [FOR]: ['Fortaleza', 'Natal', 'João Pessoa', 'São Luís', 'Teresina'],
      'America/Belem': ['Belém', 'Macapá'],
      'America/Manaus': ['Manaus'],
      'America/Cuiaba': ['Cuiabá'],
      'America/Campo_Grande': ['Campo Grande'],
      'America/Porto_Velho': ['Porto Velho'],
      'America/Rio_Branco': ['Rio Branco'],
      'America/Boa_Vista': ['Boa Vista'],
    },
  },
  AU: {
    fallback: 'Australia/Sydney',
    regions: {
      NSW: 'Australia/Sydney', ACT: 'Australia/Sydney', VIC: 'Australia/Melbourne',
      QLD: 'Australia/Brisbane', SA: 'Australia/Adelaide', WA: 'Australia/Perth',
      TAS: 'Australia/Hobart', NT: 'Australia/Darwin',
    },
    cities: {
      'Australia/Sydney': ['Sydney', 'Canberra', 'Newcastle', 'Mascot'],
      'Australia/Melbourne': ['Melbourne', 'Tullamarine', 'Geelong'],
      'Australia/Brisbane': ['Brisbane', 'Gold Coast'],
      'Australia/Adelaide': ['Adelaide'],
      'Australia/Perth': ['Perth'],
      'Australia/Hobart': ['Hobart'],
      'Australia/Darwin': ['Darwin'],
    },
  },
  MX: {
    fallback: 'America/Mexico_City',
    regions: {},
    cities: {
      'America/Mexico_City': ['Mexico City', 'Ciudad de México', 'CDMX', 'Guadalajara',
        'Puebla', 'Querétaro', 'León', 'Toluca'],
      'America/Monterrey': ['Monterrey'],
      'America/Tijuana': ['Tijuana', 'Mexicali', 'Ensenada'],
      'America/Hermosillo': ['Hermosillo'],
      'America/Mazatlan': ['Mazatlán', 'Culiacán', 'La Paz'],
      'America/Chihuahua': ['Chihuahua'],
      'America/Cancun': ['Cancún'],
      'America/Merida': ['Mérida'],
    },
  },
  ID: {
    fallback: 'Asia/Jakarta',
    regions: {},
    cities: {
      'Asia/Jakarta': ['Jakarta', 'Tangerang', 'Bekasi', 'Surabaya', 'Bandung', 'Semarang',
        'Medan', 'Palembang'],
      'Asia/Pontianak': ['Pontianak'],
      'Asia/Makassar': ['Makassar', 'Denpasar', 'Bali', 'Balikpapan', 'Manado'],
      'Asia/Jayapura': ['Jayapura', 'Ambon'],
    },
  },
  KZ: {
    fallback: 'Asia/Almaty',
    regions: {},
    cities: {
      'Asia/Almaty': ['Almaty', 'Алматы', 'Astana', 'Астана', 'Nur-Sultan', 'Shymkent',
        'Karaganda'],
      'Asia/Aqtobe': ['Aktobe', 'Aqtobe'],
      'Asia/Aqtau': ['Aktau', 'Aqtau'],
      'Asia/Atyrau': ['Atyrau'],
      'Asia/Oral': ['Oral', 'Uralsk'],
      'Asia/Qostanay': ['Kostanay', 'Qostanay'],
    },
  },
  ES: {
    fallback: 'Europe/Madrid',
    regions: {},
    cities: {
      'Atlantic/Canary': ['Las Palmas', 'Las Palmas de Gran Canaria', 'Santa Cruz de Tenerife',
        'Tenerife', 'Gran Canaria', 'Lanzarote', 'Fuerteventura'],
    },
  },
  PT: {
    fallback: 'Europe/Lisbon',
    regions: {},
    cities: { 'Atlantic/Azores': ['Ponta Delgada', 'Azores', 'Açores'] },
  },
  CL: {
    fallback: 'America/Santiago',
    regions: {},
    cities: { 'Pacific/Easter': ['Easter Island', 'Isla de Pascua', 'Hanga Roa'] },
  },
  NZ: {
    fallback: 'Pacific/Auckland',
    regions: {},
    cities: { 'Pacific/Chatham': ['Chatham Islands'] },
  },
};
