/**
 * @module core/numbers/formats/examples
 * Valid and invalid examples for every number format: shown on the carrier pages, and
 * held by the format, registry and detect tests. "Valid" means the shape matches and the check digit (if any) passes;
 * "invalid" means the shape does not match or the check digit fails. Samples marked
 * [ref] are the verified ones in carrier-protocols.md; the rest are computed here with
 * the families' own check-digit functions, or written to the published shape when the
 * family has no check digit.
 */

import { computeCorreosCheckLetter } from './correos.js';
import { computeFedexExpressCheckDigit } from './fedex.js';
import { computeGs1CheckDigit } from './gs1.js';
import { computeS10CheckDigit } from './s10.js';
import { computeUpsCheckDigit } from './ups.js';

export interface FormatExamples {
  valid: readonly string[];
  invalid: readonly string[];
}

/** Appends the GS1 check digit to data digits. */
const gs1 = (data: string): string => data + computeGs1CheckDigit(data);
/** Same number with its last digit bumped by one: a wrong check digit. */
const bump = (n: string): string => n.slice(0, -1) + ((Number(n.slice(-1)) + 1) % 10);
/** S10 number from indicator, serial and suffix, with the computed check digit. */
const s10 = (si: string, serial: string, cc: string): string =>
  si + serial + computeS10CheckDigit(serial) + cc;
const s10Bad = (si: string, serial: string, cc: string): string =>
  si + serial + ((computeS10CheckDigit(serial) + 1) % 10) + cc;
const ups = (prefix: string, body: string): string => prefix + body + computeUpsCheckDigit(body);
const fedex12 = (data: string): string => data + computeFedexExpressCheckDigit(data);
const correos = (data: string): string => data + computeCorreosCheckLetter(data);
const fedex96 = (head: string, data: string): string => head + data + computeGs1CheckDigit(data);
const colissimo = (code: string, digits: string): string =>
  code + digits + computeGs1CheckDigit(digits);

export const EXAMPLES: Readonly<Record<string, FormatExamples>> = {
  s10: {
    // [ref] all eight
    valid: [
      'RB123456785GB',
      'RR287043775IN',
      'LP176445020CN',
      'EA324101041HK',
      'EE089819227IL',
      'RQ310408089SG',
      'CP404601236BD',
      'RR424325444PL',
    ],
    invalid: [
      'RB123456784GB',
      'LP176445021CN',
      'RB12345678GB',
      'JA123456785GB',
      'KZ123456785GB',
      'RB1234567855GB',
    ],
  },
  'ups-1z': {
    valid: ['1Z5R89390357567127', '1Z879E930346834440', '1Z999AA10123456784'], // [ref]
    invalid: [
      '1Z5R89390357567128',
      '1Z879E930346834441',
      '1Z999AA1012345678',
      '2Z999AA10123456784',
    ],
  },
  'ups-waybill': {
    valid: ['K1506235620', ups('H', '123456789'), ups('T', '987654321')], // K… [ref]
    invalid: ['K1506235621', bump(ups('H', '123456789')), 'B1506235620', 'K150623562'],
  },
  'fedex-express-12': {
    valid: ['986578788855', '477179081230', '799531274483', fedex12('12345678901')], // [ref] ×3
    invalid: ['986578788856', '477179081231', '799531274484', '98657878885'],
  },
  'fedex-ground-15': {
    valid: ['041441760228964', gs1('12345678901234'), gs1('00000000012345')], // first [ref]
    invalid: ['041441760228965', bump(gs1('12345678901234')), '04144176022896'],
  },
  'fedex-ground-96': {
    valid: [
      '9611020987654312345672',
      fedex96('9612345', '00000011111118'),
      fedex96('9600019', '12345670000001'),
    ], // first [ref]
    invalid: [
      '9611020987654312345673',
      '9511020987654312345672',
      bump(fedex96('9612345', '00000011111118')),
    ],
  },
  'dhl-express-10': {
    valid: ['3318810025', '8487135506', '1099255990'], // [ref]
    invalid: ['3318810026', '8487135507', '1099255991', '331881002'],
  },
  'dhl-piece': {
    valid: ['JJD0001234567890', 'JVGL0123456789', 'JJD000390007827123'],
    invalid: ['JJ1234567890', 'JJD12345678', 'XJD123456789'],
  },
  'dhl-ecommerce': {
    valid: ['GM2951173225174494', 'GM605112270084510370', 'LXAB12345678'], // first: reference sample
    invalid: ['GM123', 'ZZ2951173225174494', 'XM2951173225174494'],
  },
  'dhl-paket-sscc': {
    valid: ['00340434292135100148', '00340434292135100124', gs1('0034043412345678901')], // [ref] ×2
    invalid: ['00340434292135100149', '00340434292135100125', '0034043429213510014'],
  },
  'gs1-sscc': {
    valid: [gs1('0012345678901234567'), gs1('0000000000000000001'), gs1('0098765432109876543')],
    invalid: [
      bump(gs1('0012345678901234567')),
      bump(gs1('0098765432109876543')),
      '0112345678901234567',
    ],
  },
  'usps-impb': {
    // [ref] ×4, then the same data behind 420+ZIP5 and 420+ZIP9 routing prefixes
    valid: [
      '9400111206206406260787',
      '9505511069605048600624',
      '9405803699300124287899',
      '92612903029511573030094531',
      '420100019400111206206406260787',
      '4201000112349400111206206406260787',
    ],
    invalid: [
      '9400111206206406260788',
      '9105511069605048600624',
      '420100019400111206206406260788',
      '4201000112349400111206206406260786',
    ],
  },
  'usps-20': {
    valid: ['03071790000523483741', gs1('1234567890123456789'), gs1('2300000000000000001')], // first [ref]
    invalid: ['03071790000523483742', bump(gs1('1234567890123456789')), '0307179000052348374'],
  },
  colissimo: {
    valid: [
      colissimo('6A', '1234567890'),
      colissimo('8L', '0000012345'),
      colissimo('5R', '9876543210'),
    ],
    invalid: ['6A12345678901', bump(colissimo('8L', '0000012345')), '7A12345678905'], // first: [ref] fails
  },
  'laposte-13': {
    valid: ['1Z00050675661', '1Z00052788154', colissimo('AB', '1234567890')], // [ref] ×2
    invalid: ['1Z00050675662', '1Z00052788155', 'ABC1234567890'],
  },
  'laposte-870': {
    valid: ['87012345678901', '870123456789012', '88012345678901A'],
    invalid: ['8701234567890', '89012345678901A', '880123456789012'],
  },
  'correos-23': {
    valid: [
      'PK6Q1D0710032430128440H',
      correos('PQ4F6P0000000000000001'),
      correos('CD12340123456789012345'),
    ], // first [ref]
    invalid: ['PK6Q1D0710032430128440A', 'PK6Q1D0710032430128441H', 'XK6Q1D0710032430128440H'],
  },
  'correos-pr': {
    valid: ['PR123456789012345C', 'PR000000000000001C', 'PR987654321098765C'],
    invalid: ['PR12345678901234C', 'PR123456789012345D', 'PX123456789012345C'],
  },
  'poczta-polska-20': {
    valid: [gs1('0059007734000123456'), gs1('6590077340001234567'), gs1('1000000000000000000')],
    invalid: [
      bump(gs1('0059007734000123456')),
      bump(gs1('6590077340001234567')),
      '659007734000123456',
    ],
  },
  'poczta-polska-px': {
    valid: ['PX1234567890', 'PX0000000001', 'PX9876543210'],
    invalid: ['PX123456789', 'PY1234567890', 'PX12345678901'],
  },
  'cainiao-lp': {
    valid: ['LP00123456789012', 'LP00987654321098', 'LP00555666777888'],
    invalid: ['LP0012345678901', 'LP001234567890123', 'LX00123456789012'],
  },
  'cainiao-cn': {
    valid: ['CNFR9010481599571HD', 'CNUS1234567890123AB', 'CNES0000000000001XY'], // first: reference sample
    invalid: ['CNFR901048159957HD', 'CN1R9010481599571HD', 'CNFR9010481599571H1'],
  },
  'cainiao-prefix': {
    valid: ['CAINIAO123456', 'CAINIAO0123456789012', 'CAINIAO999999999'],
    invalid: ['CAINIAO12345', 'CAINIAOX123456', 'CAINAO123456'],
  },
  'cainiao-ae': {
    valid: ['AE123456789012', 'AEX123456789ABC', 'AE00000012345678'],
    invalid: ['AE12345', 'AEABCDEFGHIJ', 'AF123456789012'],
  },
  'lp-13-cn': {
    valid: ['LP1234567890123CN', 'LP0000000000001CN', 'LP9876543210987CN'],
    invalid: ['LP123456789012CN', 'LP1234567890123US', 'LX1234567890123CN'],
  },
  '4px': {
    valid: ['4PX1234567890123CN', '4PX3000123456789CN', '4PX0000000000000CN'],
    invalid: ['4PX123456789012CN', '4PX1234567890123US', '4PY1234567890123CN'],
  },
  yunexpress: {
    valid: ['YT2229521272164446', 'YT0000000000000001', 'YT1234567890123456'], // first: reference sample
    invalid: ['YT222952127216444', 'YU2229521272164446', 'YT222952127216444A'],
  },
  'yanwen-yp': {
    valid: [s10('UG', '12345678', 'YP'), s10('LY', '00000001', 'YP'), s10('RS', '98765432', 'YP')],
    invalid: [s10Bad('UG', '12345678', 'YP'), s10Bad('RS', '98765432', 'YP'), 'UG1234567YP'],
  },
  'yanwen-yw': {
    valid: ['YD123456789YW', 'YD000000001YW', 'YD987654321YW'],
    invalid: ['YD12345678YW', 'YE123456789YW1', 'YD123456789YX'],
  },
  'yanwen-y': {
    valid: ['YA123456789CN', 'YK123456789US', 'YZ000000000GB'],
    invalid: ['YA123456789YP', 'XA123456789CN', 'YA12345678CN'],
  },
  'yanwen-bys': {
    valid: ['BYS123456789', 'BYS000000001', 'BYS987654321'],
    invalid: ['BYS12345678', 'BYT123456789', 'BYS1234567890'],
  },
  sunyou: {
    valid: ['SYUS123456789', 'SYAE000000001', 'SY12345678901'],
    invalid: ['SYUS12345678', 'SY1234567890', 'SXUS123456789'],
  },
  'jt-cn': {
    valid: ['JT1234567890123', 'JT0000000000001', 'JT9876543210987'],
    invalid: ['JT123456789012', 'JX1234567890123', 'JT12345678901234'],
  },
  'jt-12': {
    valid: ['821123456789', '940123456789', '801234567890', '631234567890'],
    invalid: ['822123456789', '941123456789', '621234567890', '82112345678'],
  },
  'postnl-3s': {
    valid: ['3SDEVC903942795', '3SABCD123456', '3SXYZW123456789'], // first: reference sample
    invalid: ['3SDEV903942795', '3SDEVC12345', '4SDEVC903942795'],
  },
  'royal-mail-2d': {
    valid: ['3212345678901ABCDEF01', 'ABCDEF0123456789', '0123456789ABCDEF'],
    invalid: ['3212345678901ABCDEFG1', 'ABCDEF012345678G', '0123456789ABCDE'],
  },
  'inpost-24': {
    valid: ['620123456789012345678901', '520000000000000000000001', '000123456789012345678901'],
    invalid: ['62012345678901234567890', '6201234567890123456789012', '62012345678901234567890A'],
  },
  gls: {
    valid: ['12345678901', '00000000001', '987654321098'],
    invalid: ['1234567890', '1234567890123', '1234567890A'],
  },
  dpd: {
    valid: ['01234567890123', '09981234567890', '15501234567890X', '0123456789'],
    invalid: ['0123456789012', '01234567890123XY', '0123456789012X', '012345678'],
  },
};
