/**
 * @module web/api/openapi
 * The OpenAPI 3.1 document of /api/v1, served at /api/openapi.json and rendered at /api.
 * A test holds it equal to the routes the app registers.
 */
import { LOCALES } from '../../core/i18n/locales.js';
import { RETAILER_IDS } from '../content/retailers.js';
import { SHIPPING_METHOD_IDS } from '../track/order-input.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface ApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  schema: Json;
}

export interface ApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  parameters: ApiParameter[];
  requestBody?: { required: boolean; content: Json };
  responses: Record<string, { description: string; content?: Json }>;
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json): Json => ({ 'application/json': { schema } });
const lang: ApiParameter = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'Language of the texts; else the lang cookie, else Accept-Language.',
  schema: { type: 'string', enum: [...LOCALES] },
};
const error = (description: string) => ({ description, content: json(ref('Error')) });
const trackNumber: ApiParameter = {
  name: 'number',
  in: 'path',
  required: true,
  description: 'A tracking number, as pasted (it is normalized).',
  schema: { type: 'string', maxLength: 100 },
};

export const API_PATHS: Record<string, { get: ApiOperation; put?: ApiOperation }> = {
  '/api/v1/detect': {
    get: {
      operationId: 'detect',
      summary: 'What each pasted token is: carriers, check digits, suggestions.',
      parameters: [
        {
          name: 'q',
          in: 'query',
          required: true,
          description: 'One number or up to 40, separated any way (at most 4000 characters).',
          schema: { type: 'string', maxLength: 4000 },
        },
      ],
      responses: {
        '200': { description: 'One detection per token.', content: json(ref('Detections')) },
        '400': error('Empty, too long, or more than 40 numbers.'),
      },
    },
  },
  '/api/v1/carriers': {
    get: {
      operationId: 'listCarriers',
      summary: 'Every carrier in the directory.',
      parameters: [],
      responses: { '200': { description: 'Carriers.', content: json(ref('CarrierList')) } },
    },
  },
  '/api/v1/carriers/{id}': {
    get: {
      operationId: 'getCarrier',
      summary: 'One carrier: formats with examples, contacts, links, source, typical times.',
      description:
        '`service` is the source new numbers of this carrier go to here (null when none is ' +
        'switched on, or the tracking engine is not running in this process), with its health. ' +
        '`typicalTimes.seeds` is the published band for the carrier’s shipping method; ' +
        '`typicalTimes.observed` counts its parcels delivered here (first event to delivery) ' +
        'and is null below `minObserved` parcels.',
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Carrier id.',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': { description: 'The carrier.', content: json(ref('CarrierDetail')) },
        '404': error('No such carrier.'),
      },
    },
  },
  '/api/v1/statuses': {
    get: {
      operationId: 'listStatuses',
      summary: 'The status glossary: statuses, milestones, reasons, order statuses.',
      parameters: [lang],
      responses: {
        '200': { description: 'Labels and explanations.', content: json(ref('Glossary')) },
      },
    },
  },
  '/api/v1/contacts': {
    get: {
      operationId: 'listContacts',
      summary: 'Post offices and customs authorities by country.',
      parameters: [],
      responses: { '200': { description: 'Contacts.', content: json(ref('Contacts')) } },
    },
  },
  '/api/v1/retailers/{id}': {
    get: {
      operationId: 'getRetailer',
      summary: 'A retailer page’s content: facts, methods, statuses, channels, FAQ.',
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Retailer id.',
          schema: { type: 'string', enum: [...RETAILER_IDS] },
        },
        lang,
      ],
      responses: {
        '200': { description: 'The retailer.', content: json(ref('Retailer')) },
        '404': error('No such retailer.'),
      },
    },
  },
  '/api/v1/track/{number}': {
    get: {
      operationId: 'track',
      summary: 'One parcel: status, legs, merged timeline, delivery estimate and advice.',
      description:
        'Registers the number when it is new and fetches it once from the configured source. ' +
        'Events are newest first; each names the source and the number that reported it.',
      parameters: [
        {
          name: 'number',
          in: 'path',
          required: true,
          description: 'A tracking number, as pasted (it is normalized).',
          schema: { type: 'string', maxLength: 100 },
        },
        lang,
      ],
      responses: {
        '200': { description: 'The parcel.', content: json(ref('Track')) },
        '400': error('Not a tracking number (an order number, a phone number…).'),
        '503': error('The tracking engine is not running.'),
      },
    },
  },
  '/api/v1/track/{number}/order': {
    get: {
      operationId: 'getOrder',
      summary: 'The buyer’s order of a parcel, or null when none was entered.',
      parameters: [trackNumber],
      responses: {
        '200': { description: 'The order.', content: json(ref('OrderOfParcel')) },
        '400': error('Not a tracking number.'),
        '503': error('The tracking engine is not running.'),
      },
    },
    put: {
      operationId: 'putOrder',
      summary: 'Sets the buyer’s order of a parcel, so its buyer-protection deadlines show.',
      description:
        'Replaces the order linked to the parcel. An order number must have the shop’s shape ' +
        '(AliExpress 15–16 digits, Alibaba 17–19); protection days default to the shop’s ' +
        'usual figure (60) and are required for another shop. A shipping method (one of the ' +
        'ids the schema lists) is stored on the parcel and narrows its estimate; null clears ' +
        'it, leaving it out keeps it. Nothing is stored on a 400.',
      parameters: [trackNumber, lang],
      requestBody: { required: true, content: json(ref('OrderInput')) },
      responses: {
        '200': {
          description: 'The stored order and the deadlines.',
          content: json(ref('OrderSaved')),
        },
        '400': error('TRK_ERR_ORDER_INVALID: the details cannot be used; nothing was stored.'),
        '503': error('The tracking engine is not running.'),
      },
    },
  },
  '/api/v1/demo': {
    get: {
      operationId: 'demo',
      summary: 'Demo numbers from the built-in simulator carrier (demo mode only).',
      parameters: [],
      responses: {
        '200': { description: 'Demo numbers.', content: json(ref('Demo')) },
        '404': error('Demo mode is off.'),
      },
    },
  },
  '/api/v1/sources': {
    get: {
      operationId: 'listSources',
      summary: 'Every carrier source: configured or not, and its health.',
      description:
        'Never a setting’s value: only which variables are set. Health is null when the ' +
        'tracking engine is not running in this process, `{recorded: false}` before a first ' +
        'call. The last error’s text is not published.',
      parameters: [],
      responses: { '200': { description: 'Sources.', content: json(ref('Sources')) } },
    },
  },
};

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
/** A shipping method id (data/shipping-methods.json), or null. */
const shippingMethod = (description: string): Json => ({
  enum: [...SHIPPING_METHOD_IDS, null],
  description,
});
const entry = {
  type: 'object',
  required: ['id', 'label', 'explanation'],
  properties: { id: str, label: str, explanation: str, normal: { enum: ['yes', 'usually', 'no'] } },
};
const summary = {
  type: 'object',
  required: ['id', 'name', 'country', 'kind'],
  properties: { id: str, name: str, country: nullableStr, kind: str },
};

const SCHEMAS: Record<string, Json> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'object', properties: { code: str, message: str } } },
  },
  Detections: {
    type: 'object',
    properties: { detections: { type: 'array', items: { type: 'object' } } },
  },
  CarrierList: { type: 'object', properties: { carriers: { type: 'array', items: summary } } },
  CarrierDetail: {
    type: 'object',
    properties: {
      carrier: {
        allOf: [
          summary,
          {
            type: 'object',
            properties: {
              website: nullableStr,
              trackingUrl: nullableStr,
              phone: nullableStr,
              email: nullableStr,
              s10Country: nullableStr,
              formats: { type: 'array', items: { type: 'object' } },
              sourceIds: { type: 'array', items: str },
              service: {
                oneOf: [
                  { type: 'null' },
                  {
                    type: 'object',
                    required: ['sourceId', 'sourceLabel', 'via', 'health', 'lastSuccessAt'],
                    properties: {
                      sourceId: str,
                      sourceLabel: str,
                      via: { enum: ['carrier', 'aggregator', 'china-origin', 'demo'] },
                      health: { enum: ['healthy', 'trouble', 'unknown'] },
                      lastSuccessAt: { type: ['string', 'null'], format: 'date-time' },
                    },
                  },
                ],
              },
              typicalTimes: {
                type: 'object',
                required: ['seeds', 'observed', 'minObserved'],
                properties: {
                  seeds: {
                    oneOf: [
                      { type: 'null' },
                      {
                        type: 'object',
                        properties: {
                          methodId: str,
                          methodName: str,
                          from: { enum: ['service', 'class'] },
                          serviceClass: str,
                          minDays: { type: 'number' },
                          maxDays: { type: 'number' },
                          openEnded: { type: 'boolean' },
                          businessDays: { type: 'boolean' },
                        },
                      },
                    ],
                  },
                  observed: {
                    oneOf: [
                      { type: 'null' },
                      {
                        type: 'object',
                        properties: {
                          count: { type: 'integer' },
                          medianDays: { type: 'number' },
                          p90Days: { type: 'number' },
                        },
                      },
                    ],
                  },
                  minObserved: { type: 'integer' },
                },
              },
            },
          },
        ],
      },
    },
  },
  Glossary: {
    type: 'object',
    properties: {
      locale: str,
      status: { type: 'array', items: entry },
      milestone: { type: 'array', items: entry },
      reason: { type: 'array', items: entry },
      order: { type: 'array', items: entry },
    },
  },
  Contacts: {
    type: 'object',
    properties: { countries: { type: 'array', items: { type: 'object' } } },
  },
  Retailer: { type: 'object', properties: { retailer: { type: 'object' } } },
  Track: {
    type: 'object',
    properties: {
      number: str,
      shipment: { type: 'object' },
      route: { type: 'object' },
      demo: { type: 'boolean' },
      eta: { type: ['object', 'null'] },
      advice: { type: 'object' },
      order: { oneOf: [ref('Order'), { type: 'null' }] },
      shippingMethod: shippingMethod('The parcel’s shipping method, when known.'),
    },
  },
  Order: {
    type: 'object',
    required: ['retailer', 'orderNumber', 'orderDate', 'protectionDays', 'destinationCountry'],
    properties: {
      retailer: str,
      orderNumber: nullableStr,
      orderDate: { type: ['string', 'null'], format: 'date' },
      protectionDays: { type: ['integer', 'null'] },
      destinationCountry: nullableStr,
    },
  },
  OrderInput: {
    type: 'object',
    required: ['retailer', 'orderDate'],
    additionalProperties: false,
    properties: {
      retailer: { enum: ['aliexpress', 'alibaba', 'other'] },
      orderNumber: { type: ['string', 'null'], maxLength: 64 },
      orderDate: { type: 'string', format: 'date' },
      protectionDays: { type: ['integer', 'null'], minimum: 1, maximum: 365 },
      destinationCountry: { type: ['string', 'null'], description: 'ISO 3166-1 alpha-2.' },
      shippingMethod: shippingMethod('The method chosen at checkout; null: not known.'),
    },
  },
  OrderOfParcel: {
    type: 'object',
    properties: {
      number: str,
      order: { oneOf: [ref('Order'), { type: 'null' }] },
      shippingMethod: shippingMethod('The parcel’s shipping method, when known.'),
    },
  },
  OrderSaved: {
    type: 'object',
    properties: {
      number: str,
      order: ref('Order'),
      shippingMethod: shippingMethod('The parcel’s shipping method, when known.'),
      deadlines: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: str,
            date: { type: 'string', format: 'date' },
            daysLeft: { type: 'integer' },
            text: str,
          },
        },
      },
    },
  },
  Sources: {
    type: 'object',
    required: ['sources', 'database', 'problems'],
    properties: {
      sources: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'label', 'kind', 'configured', 'settings', 'health'],
          properties: {
            id: str,
            label: str,
            kind: { enum: ['carrier', 'aggregator', 'simulator'] },
            configured: { type: 'boolean' },
            settings: {
              type: 'array',
              items: {
                type: 'object',
                properties: { env: str, required: { type: 'boolean' }, set: { type: 'boolean' } },
              },
            },
            health: {
              type: ['object', 'null'],
              properties: {
                recorded: { type: 'boolean' },
                healthy: { type: 'boolean' },
                lastSuccessAt: nullableStr,
                lastErrorAt: nullableStr,
                quotaLeft: { type: ['number', 'null'] },
                quotaResetsAt: nullableStr,
                nextAllowedAt: nullableStr,
                circuit: { enum: ['closed', 'open', 'half_open'] },
                circuitUntil: nullableStr,
              },
            },
          },
        },
      },
      database: {
        type: 'object',
        properties: { reachable: { type: 'boolean' }, note: str },
      },
      problems: { type: 'array', items: { type: 'object' } },
    },
  },
  Demo: {
    type: 'object',
    properties: {
      demo: { type: 'boolean' },
      numbers: { type: 'array', items: { type: 'object' } },
    },
  },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Trackline API',
    version: '1',
    description: 'Parcel tracking for cross-border e-commerce. Every page’s data as JSON.',
  },
  paths: API_PATHS,
  components: { schemas: SCHEMAS },
} as const;
