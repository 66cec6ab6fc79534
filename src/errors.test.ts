import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, TracklineError } from './errors.js';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `(TRK_ERR_[A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]),
);

describe('error catalogue', () => {
  it('documents every code with its status', () => {
    for (const [code, { status }] of Object.entries(ERRORS)) {
      expect(documented.get(code), `${code} in docs/errors.md`).toBe(status);
    }
  });

  it('documents no code that does not exist', () => {
    for (const code of documented.keys()) expect(Object.keys(ERRORS)).toContain(code);
  });

  it('builds messages from the template', () => {
    const error = new TracklineError('TRK_ERR_TOO_MANY_NUMBERS', '52');
    expect(error.status).toBe(400);
    expect(error.message).toBe('Too many numbers at once: 52. Paste at most 40.');
  });
});
