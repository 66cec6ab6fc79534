import { describe, expect, it } from 'vitest';
import { parseLocation } from './location.js';

describe('parseLocation', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['SHENZHEN, CN', 'CN', 'Shenzhen'],
    ['Liège, Belgium', 'BE', 'Liège'],
    ['MOSCOW 101000', 'RU', 'Moscow'],
    ['São Paulo / SP', 'BR', 'São Paulo'],
    ['CORREOS - MADRID', 'ES', 'Madrid'],
    ['中国 广州', 'CN', 'Guangzhou'],
    ['Hong Kong', 'HK', 'Hong Kong'],
    ['CN-Guangzhou', 'CN', 'Guangzhou'],
    ['CO-OP, HIGH STREET, LEEDS', 'GB', 'Leeds'],
    ['KEARNY NJ DISTRIBUTION CENTER', 'US', 'Kearny'],
    ['CHICAGO IL NETWORK DISTRIBUTION CENTER', 'US', 'Chicago'],
    ['FRANCE', 'FR', undefined],
    ['Roissy CDG Hub', 'FR', 'Roissy'],
    ['CHICAGO, IL', 'US', 'Chicago'],
    ['JAMAICA, NY 11430', 'US', 'Jamaica'],
    ['Berlin, Deutschland', 'DE', 'Berlin'],
    ['浙江省金华市义乌市', 'CN', 'Yiwu'],
    ['西班牙 马德里', 'ES', 'Madrid'],
    ['Москва', 'RU', 'Moscow'],
    ['Paketzentrum Rüdersdorf', 'DE', 'Rüdersdorf'],
    ['Swindon Delivery Office', 'GB', 'Swindon'],
    ['Birmingham, UK', 'GB', 'Birmingham'],
    ['FRANKFURT AM MAIN, DE', 'DE', 'Frankfurt am Main'],
    ['CD BOLOGNA', 'IT', 'Bologna'],
    ['CTA GRANADA', 'ES', 'Granada'],
    ['Grenada', 'GD', undefined],
    ['广州国际邮件处理中心', 'CN', 'Guangzhou'],
    ['中山路营业部', undefined, '中山路营业部'],
  ];
  for (const [text, country, city] of cases) {
    it(`${text} → ${country ?? '?'} / ${city ?? '-'}`, () => {
      const got = parseLocation(text);
      expect(got.raw).toBe(text);
      expect(got.country).toBe(country);
      expect(got.city).toBe(city);
    });
  }

  it('keeps postal codes and regions', () => {
    expect(parseLocation('MOSCOW 101000').postalCode).toBe('101000');
    expect(parseLocation('São Paulo / SP').region).toBe('SP');
    expect(parseLocation('JAMAICA, NY 11430')).toMatchObject({ region: 'NY', postalCode: '11430' });
  });

  it('title-cases an unknown all-caps city and keeps a mixed-case one', () => {
    expect(parseLocation('SOMEWHEREVILLE, FR')).toMatchObject({
      country: 'FR',
      city: 'Somewhereville',
    });
    expect(parseLocation('Le Petit-Quevilly, France').city).toBe('Le Petit-Quevilly');
  });

  it('is deterministic and returns a fresh object each time', () => {
    const a = parseLocation('SHENZHEN, CN');
    const b = parseLocation('SHENZHEN, CN');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    a.city = 'changed';
    expect(parseLocation('SHENZHEN, CN').city).toBe('Shenzhen');
  });

  it('gives only the raw text for empty or unplaceable input', () => {
    expect(parseLocation('')).toEqual({ raw: '' });
    expect(parseLocation('   ')).toEqual({ raw: '   ' });
    expect(parseLocation('12345').country).toBeUndefined();
  });
});
