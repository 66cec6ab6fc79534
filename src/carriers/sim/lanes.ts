/**
 * @module carriers/sim/lanes
 * The real lanes and services the simulator ships on: where parcels start in China, the
 * destinations with their zones, cities, office of exchange and carriers, and the services
 * with their delivery bands in days (from the seed documents: Standard 15–30, Saver 25–45,
 * Premium 7–15, Choice 9–15, ePacket 10–20, China Post 20–40, EMS 7–15, DHL Express 3–7).
 */
import type { LastMileShape } from './numbers.js';

/** Which code table a destination carrier's events use (see codes.ts). */
export type CodeFamily = 'laposte' | 'inpost' | 'usps' | 'postnl' | 'royalmail' | 'upu';

export interface Carrier {
  /** Registry carrier id (data/carriers.json). */
  id: string;
  name: string;
  family: CodeFamily;
}

export interface City {
  name: string;
  zone: string;
}

export interface Lane {
  country: string;
  /** Country name in Chinese, for origin scans ("下一站【法国】"). */
  zhName: string;
  /** Language of the destination carrier's texts (BCP 47). */
  language: string;
  cities: readonly City[];
  /** Inward office of exchange / arrival airport. */
  hub: string;
  /** The national post that carries an S10 item to the door. */
  post: Carrier;
  /** A separate last-mile carrier with its own number, or null when the post delivers. */
  lastMile: (Carrier & { shape: LastMileShape }) | null;
  pickupPoints: readonly string[];
  /** Relative share of parcels. */
  weight: number;
}

const c = (name: string, zone: string): City => ({ name, zone });

export const LANES: readonly Lane[] = [
  {
    country: 'FR',
    zhName: '法国',
    language: 'fr',
    cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Bordeaux', 'Nantes'].map((n) =>
      c(n, 'Europe/Paris'),
    ),
    hub: 'Roissy-Charles-de-Gaulle',
    post: { id: 'la-poste', name: 'La Poste', family: 'laposte' },
    lastMile: {
      id: 'colissimo',
      name: 'La Poste Colissimo',
      family: 'laposte',
      shape: 'colissimo',
    },
    pickupPoints: ['Relais Pickup Tabac de la Gare', 'Bureau de poste Centre', 'Consigne Pickup'],
    weight: 14,
  },
  {
    country: 'ES',
    zhName: '西班牙',
    language: 'es',
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Zaragoza', 'Málaga'].map((n) =>
      c(n, 'Europe/Madrid'),
    ),
    hub: 'Madrid-Barajas',
    post: { id: 'correos', name: 'Correos', family: 'upu' },
    lastMile: { id: 'correos', name: 'Correos', family: 'upu', shape: 'correos' },
    pickupPoints: ['Oficina de Correos Centro', 'Citypaq Estación', 'Punto de recogida Kiosco'],
    weight: 12,
  },
  {
    country: 'PL',
    zhName: '波兰',
    language: 'pl',
    cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk'].map((n) =>
      c(n, 'Europe/Warsaw'),
    ),
    hub: 'Warszawa-Okęcie',
    post: { id: 'poczta-polska', name: 'Poczta Polska', family: 'upu' },
    lastMile: { id: 'inpost', name: 'InPost', family: 'inpost', shape: 'inpost' },
    pickupPoints: ['WAW01M', 'KRA12A', 'POZ08N'],
    weight: 10,
  },
  {
    country: 'DE',
    zhName: '德国',
    language: 'de',
    cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Leipzig'].map((n) =>
      c(n, 'Europe/Berlin'),
    ),
    hub: 'Frankfurt am Main',
    post: { id: 'deutsche-post', name: 'Deutsche Post', family: 'upu' },
    lastMile: { id: 'dhl-paket', name: 'DHL Paket', family: 'upu', shape: 'dhl-paket' },
    pickupPoints: ['Packstation 112', 'Postfiliale Hauptstraße', 'Packstation 207'],
    weight: 9,
  },
  {
    country: 'GB',
    zhName: '英国',
    language: 'en-GB',
    cities: ['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Bristol'].map((n) =>
      c(n, 'Europe/London'),
    ),
    hub: 'London Heathrow',
    post: { id: 'royal-mail', name: 'Royal Mail', family: 'royalmail' },
    lastMile: null,
    pickupPoints: ['Post Office High Street', 'Royal Mail Customer Service Point'],
    weight: 8,
  },
  {
    country: 'US',
    zhName: '美国',
    language: 'en-US',
    cities: [
      c('New York, NY', 'America/New_York'),
      c('Los Angeles, CA', 'America/Los_Angeles'),
      c('Chicago, IL', 'America/Chicago'),
      c('Houston, TX', 'America/Chicago'),
      c('Miami, FL', 'America/New_York'),
    ],
    hub: 'ISC New York',
    post: { id: 'usps', name: 'USPS', family: 'usps' },
    lastMile: { id: 'usps', name: 'USPS', family: 'usps', shape: 'usps' },
    pickupPoints: ['Main Post Office', 'Parcel Locker, Station A'],
    weight: 12,
  },
  {
    country: 'BR',
    zhName: '巴西',
    language: 'pt-BR',
    cities: ['São Paulo', 'Rio de Janeiro', 'Curitiba', 'Belo Horizonte', 'Porto Alegre'].map((n) =>
      c(n, 'America/Sao_Paulo'),
    ),
    hub: 'Curitiba',
    post: { id: 'correios', name: 'Correios', family: 'upu' },
    lastMile: null,
    pickupPoints: ['Agência dos Correios Centro', 'Agência dos Correios Shopping'],
    weight: 9,
  },
  {
    country: 'RU',
    zhName: '俄罗斯',
    language: 'ru',
    cities: [
      c('Москва', 'Europe/Moscow'),
      c('Санкт-Петербург', 'Europe/Moscow'),
      c('Казань', 'Europe/Moscow'),
      c('Екатеринбург', 'Asia/Yekaterinburg'),
      c('Новосибирск', 'Asia/Novosibirsk'),
    ],
    hub: 'Москва (Внуково)',
    post: { id: 'russian-post', name: 'Почта России', family: 'upu' },
    lastMile: null,
    pickupPoints: ['Отделение почтовой связи 101000', 'Почтомат 190000'],
    weight: 8,
  },
  {
    country: 'NL',
    zhName: '荷兰',
    language: 'nl',
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven'].map((n) =>
      c(n, 'Europe/Amsterdam'),
    ),
    hub: 'Amsterdam Schiphol',
    post: { id: 'postnl', name: 'PostNL', family: 'postnl' },
    lastMile: { id: 'postnl', name: 'PostNL', family: 'postnl', shape: 'postnl' },
    pickupPoints: ['PostNL-punt Primera', 'PostNL-punt Bruna'],
    weight: 6,
  },
  {
    country: 'IT',
    zhName: '意大利',
    language: 'it',
    cities: ['Roma', 'Milano', 'Napoli', 'Torino', 'Bologna'].map((n) => c(n, 'Europe/Rome')),
    hub: 'Milano Malpensa',
    post: { id: 'poste-italiane', name: 'Poste Italiane', family: 'upu' },
    lastMile: null,
    pickupPoints: ['Ufficio Postale Centro', 'Punto Poste Tabaccheria'],
    weight: 6,
  },
  {
    country: 'BE',
    zhName: '比利时',
    language: 'nl-BE',
    cities: ['Brussel', 'Antwerpen', 'Gent', 'Brugge'].map((n) => c(n, 'Europe/Brussels')),
    hub: 'Liège Airport',
    post: { id: 'bpost', name: 'bpost', family: 'upu' },
    lastMile: null,
    pickupPoints: ['Postpunt Dagbladhandel', 'bpost Pakjesautomaat'],
    weight: 3,
  },
  {
    country: 'PT',
    zhName: '葡萄牙',
    language: 'pt-PT',
    cities: ['Lisboa', 'Porto', 'Braga', 'Coimbra'].map((n) => c(n, 'Europe/Lisbon')),
    hub: 'Lisboa',
    post: { id: 'ctt', name: 'CTT', family: 'upu' },
    lastMile: null,
    pickupPoints: ['Loja CTT Centro', 'Ponto CTT Papelaria'],
    weight: 3,
  },
];

/** Where AliExpress parcels leave from: Chinese city name, English name, sorting hub. */
export interface OriginCity {
  zh: string;
  en: string;
  hubZh: string;
  airportZh: string;
}

export const ORIGIN_ZONE = 'Asia/Shanghai';

export const ORIGINS: readonly OriginCity[] = [
  { zh: '深圳市', en: 'Shenzhen', hubZh: '深圳国际', airportZh: '深圳宝安机场' },
  { zh: '广州市', en: 'Guangzhou', hubZh: '广州国际', airportZh: '广州白云机场' },
  { zh: '东莞市', en: 'Dongguan', hubZh: '广州国际', airportZh: '广州白云机场' },
  { zh: '义乌市', en: 'Yiwu', hubZh: '上海国际', airportZh: '上海浦东机场' },
  { zh: '上海市', en: 'Shanghai', hubZh: '上海国际', airportZh: '上海浦东机场' },
];

export type ServiceId =
  | 'aliexpress-standard'
  | 'aliexpress-saver'
  | 'aliexpress-premium'
  | 'aliexpress-choice'
  | 'epacket'
  | 'china-post'
  | 'ems'
  | 'dhl-express';

/** How the legs of a service are laid out. */
export type LegPlan = 'lp-s10' | 'lp-lastmile' | 's10' | 'dhl';

export interface Service {
  id: ServiceId;
  name: string;
  /** Typical delivery time in days, first scan to delivery. */
  band: readonly [number, number];
  plan: LegPlan;
  /** Scales the incident rates (express services have fewer problems). */
  trouble: number;
}

export const SERVICES: Readonly<Record<ServiceId, Service>> = {
  'aliexpress-standard': s(
    'aliexpress-standard',
    'AliExpress Standard Shipping',
    15,
    30,
    'lp-s10',
    1,
  ),
  'aliexpress-saver': s(
    'aliexpress-saver',
    'AliExpress Saver Shipping',
    25,
    45,
    'lp-lastmile',
    1.3,
  ),
  'aliexpress-premium': s(
    'aliexpress-premium',
    'AliExpress Premium Shipping',
    7,
    15,
    'lp-lastmile',
    0.6,
  ),
  'aliexpress-choice': s('aliexpress-choice', 'AliExpress Choice', 9, 15, 'lp-lastmile', 0.8),
  epacket: s('epacket', 'ePacket', 10, 20, 's10', 1),
  'china-post': s('china-post', 'China Post Registered Air Mail', 20, 40, 's10', 1.3),
  ems: s('ems', 'EMS', 7, 15, 's10', 0.7),
  'dhl-express': s('dhl-express', 'DHL Express', 3, 7, 'dhl', 0.4),
};

function s(
  id: ServiceId,
  name: string,
  min: number,
  max: number,
  plan: LegPlan,
  trouble: number,
): Service {
  return { id, name, band: [min, max], plan, trouble };
}

/** Shares of the services an LP number can be on. */
export const LP_SERVICES: ReadonlyArray<readonly [ServiceId, number]> = [
  ['aliexpress-standard', 40],
  ['aliexpress-saver', 20],
  ['aliexpress-premium', 15],
  ['aliexpress-choice', 25],
];

/** The service an S10 number from China implies, by its first letter. */
export function serviceOfS10(number: string): ServiceId {
  if (number.startsWith('E')) return 'ems';
  if (number.startsWith('L')) return 'epacket';
  return 'china-post';
}
