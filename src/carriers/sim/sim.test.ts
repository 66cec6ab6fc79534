import { fileURLToPath } from 'node:url';
import { runCarrierContract } from '../contract.js';
import { simSource } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const pair = (name: string) => ({
  name,
  payload: fixture(`${name}.payload.json`),
  expected: fixture(`${name}.expected.json`),
});

runCarrierContract({
  source: simSource,
  fixtures: [
    pair('multi-leg-delivered'),
    pair('customs-and-pickup'),
    pair('dhl-express'),
    { ...pair('not-found'), kind: 'not-found' },
  ],
  invalidConfigs: [
    {},
    { baseUrl: '' },
    { baseUrl: 'not a url' },
    { baseUrl: 'http://127.0.0.1:1', key: '' },
  ],
});
