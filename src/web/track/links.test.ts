import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { href } from '../locale.js';
import { langHref } from './links.js';

describe('langHref', () => {
  it('writes what href writes, for every locale', () => {
    for (const locale of LOCALES) {
      for (const path of ['/', '/track/LP00123456789015', '/carriers/la-poste', '/a b/%3C']) {
        expect(langHref(path, locale)).toBe(href(path, locale));
      }
    }
  });
});
