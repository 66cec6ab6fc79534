/**
 * @module carriers/cainiao/codes
 * Cainiao's code tables. The actionCode table itself lives with the classifier
 * (core/classify/codes/cainiao.ts) and is only re-exported here; this file adds what only the
 * adapter needs: how to tell a known code, the markers of a block or captcha answer, and the
 * last-mile carrier names Cainiao prints in `destCpInfo` mapped to our registry ids.
 */
import { CAINIAO_CODES } from '../../core/classify/codes/cainiao.js';

export { CAINIAO_CODES };

const KNOWN = new Set(Object.keys(CAINIAO_CODES).map((code) => code.toUpperCase()));

/** Is this actionCode in the classifier's table? */
export function isKnownActionCode(code: string): boolean {
  return KNOWN.has(code.trim().toUpperCase());
}

/**
 * Text that marks an anti-bot answer instead of tracking data. Alibaba's gateway answers a
 * flagged client with a JSON or HTML "punish" page (slider captcha, `x5sec` cookie, the
 * `_____tmd_____` path, `RGV587_ERROR` / `FAIL_SYS_USER_VALIDATE` codes). These markers are
 * an assumption from the public page's behaviour, not from documentation.
 */
export const BLOCK_MARKERS: readonly string[] = [
  '_____tmd_____',
  'punish',
  'x5secdata',
  'RGV587_ERROR',
  'FAIL_SYS_USER_VALIDATE',
  'nc_1_n1z',
  'baxia',
  'captcha',
  'slider',
];

/** Does this answer text carry a block or captcha marker? */
export function hasBlockMarker(text: string): boolean {
  const lower = text.toLowerCase();
  return BLOCK_MARKERS.some((marker) => lower.includes(marker.toLowerCase()));
}

/**
 * Last-mile carriers as Cainiao names them in `destCpInfo.cpName` / `cpCode` (lowercased,
 * non-alphanumerics dropped) → registry carrier id. Unknown names are passed on as text.
 */
const DEST_CARRIERS: Readonly<Record<string, string>> = {
  correos: 'correos',
  correosexpress: 'correos-express',
  laposte: 'la-poste',
  colissimo: 'colissimo',
  usps: 'usps',
  royalmail: 'royal-mail',
  postnl: 'postnl',
  correios: 'correios',
  pocztapolska: 'poczta-polska',
  polandpost: 'poczta-polska',
  deutschepost: 'deutsche-post',
  dhlpaket: 'dhl-paket',
  gls: 'gls',
  dpd: 'dpd',
  inpost: 'inpost',
  evri: 'evri',
  colisprive: 'colis-prive',
  mondialrelay: 'mondial-relay',
  russianpost: 'russian-post',
  canadapost: 'canada-post',
  australiapost: 'australia-post',
  chinapost: 'china-post',
};

/** A registry id for Cainiao's name of a last-mile carrier, else undefined. */
export function destCarrierId(name: string): string | undefined {
  return DEST_CARRIERS[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
}
