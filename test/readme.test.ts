import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kebab, SETTINGS } from '../src/config.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every setting with its flag', () => {
    for (const setting of Object.values(SETTINGS)) {
      const flag = kebab(setting.flag);
      expect(readme, setting.env).toMatch(
        new RegExp(`\\| \`${setting.env}\` \\| \`--${flag}\` \\|`),
      );
    }
  });
});
