/**
 * @module web/content/retailers
 * Language-neutral facts about the retailers, taken from the seed documents (000 for
 * AliExpress, 001 for Alibaba): company figures, shipping methods with their typical times,
 * contact channels. The words around them are per locale in web/i18n/retailers/.
 */
import type { SeedFile } from '../../core/status/seed-statuses.js';

export const RETAILER_IDS = ['aliexpress', 'alibaba'] as const;
export type RetailerId = (typeof RETAILER_IDS)[number];

export function isRetailerId(value: unknown): value is RetailerId {
  return typeof value === 'string' && (RETAILER_IDS as readonly string[]).includes(value);
}

/** Shipping methods whose name is a description, translated per locale. */
export type GenericMethod = 'euWarehouse' | 'express' | 'economy' | 'combined';

export interface ShippingMethod {
  /** A proper name shown as is, or a generic method named per locale. */
  name: string | { generic: GenericMethod };
  minDays: number;
  maxDays: number;
  /** True when the seed counts working days. */
  businessDays?: boolean;
}

export type ChannelKind = 'chat' | 'help' | 'seller' | 'social' | 'app' | 'phone' | 'post';
export type ChannelNote =
  | 'chat'
  | 'help'
  | 'seller'
  | 'social'
  | 'app'
  | 'groupPhone'
  | 'usOffice'
  | 'hkOffice'
  | 'wholesale'
  | 'formal';

export interface Channel {
  kind: ChannelKind;
  /** A phone number, an address or the names of networks: shown as is. */
  value?: string;
  note: ChannelNote;
}

export interface Retailer {
  id: RetailerId;
  name: string;
  seed: SeedFile;
  website: string;
  /** ISO date when the seed gives the day, else the year. */
  founded: string;
  headquarters: { city: string; country: string };
  parent?: string;
  /** "More than N countries and territories". */
  countries: number;
  monthlyUsers?: number;
  employees?: number;
  typicalDays: { min: number; max: number };
  /** Buyer protection, in days after purchase. */
  protectionDays: { min: number; max: number };
  methods: readonly ShippingMethod[];
  channels: readonly Channel[];
}

const PARIS = 'Alibaba France, 6 rue Ménars, 75002 Paris, France';

export const RETAILERS: Readonly<Record<RetailerId, Retailer>> = {
  aliexpress: {
    id: 'aliexpress',
    name: 'AliExpress',
    seed: '000_e9b6d6715188cff3.txt',
    website: 'https://www.aliexpress.com',
    founded: '2010',
    headquarters: { city: 'Hangzhou', country: 'CN' },
    parent: 'Alibaba Group',
    countries: 200,
    monthlyUsers: 400_000_000,
    typicalDays: { min: 7, max: 90 },
    protectionDays: { min: 60, max: 90 },
    methods: [
      { name: { generic: 'euWarehouse' }, minDays: 3, maxDays: 10, businessDays: true },
      { name: 'AliExpress Choice', minDays: 9, maxDays: 15 },
      { name: 'AliExpress Standard Shipping', minDays: 15, maxDays: 45 },
      { name: 'China Post Air Mail', minDays: 15, maxDays: 34 },
      { name: 'EMS', minDays: 7, maxDays: 15 },
      { name: 'DHL, FedEx, UPS', minDays: 3, maxDays: 7, businessDays: true },
    ],
    channels: [
      { kind: 'chat', note: 'chat' },
      { kind: 'help', note: 'help' },
      { kind: 'seller', note: 'seller' },
      { kind: 'social', value: 'Facebook, X, Instagram', note: 'social' },
      { kind: 'phone', value: '+86 571 8502 2088', note: 'groupPhone' },
      { kind: 'post', value: PARIS, note: 'formal' },
    ],
  },
  alibaba: {
    id: 'alibaba',
    name: 'Alibaba',
    seed: '001_efec964e4a635d95.txt',
    website: 'https://www.alibaba.com',
    founded: '1999-06-28',
    headquarters: { city: 'Hangzhou', country: 'CN' },
    countries: 200,
    employees: 100_000,
    typicalDays: { min: 7, max: 90 },
    protectionDays: { min: 60, max: 60 },
    methods: [
      { name: { generic: 'euWarehouse' }, minDays: 3, maxDays: 7 },
      { name: { generic: 'express' }, minDays: 5, maxDays: 10 },
      { name: 'AliExpress Standard Shipping', minDays: 7, maxDays: 25 },
      { name: { generic: 'economy' }, minDays: 15, maxDays: 60 },
      { name: { generic: 'combined' }, minDays: 10, maxDays: 10 },
    ],
    channels: [
      { kind: 'chat', note: 'chat' },
      { kind: 'app', note: 'app' },
      { kind: 'seller', note: 'seller' },
      { kind: 'phone', value: '+1 408 785 5580', note: 'usOffice' },
      { kind: 'phone', value: '+852 2215 5100', note: 'hkOffice' },
      { kind: 'phone', value: '+86 400 826 1688', note: 'wholesale' },
      { kind: 'social', value: 'Facebook, X, Instagram', note: 'social' },
      { kind: 'post', value: PARIS, note: 'formal' },
    ],
  },
};
