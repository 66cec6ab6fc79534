import { describe, expect, it } from 'vitest';
import { ROWS as PROBLEMS } from './scenarios/problems.js';
import { ROWS as WAITING } from './scenarios/waiting.js';
import { expected, observe } from './testing.js';

const ROWS = [...WAITING, ...PROBLEMS];

describe('advise: scenario table (state + order + now → level, rule, actions, deadlines)', () => {
  it('has at least 40 rows, each named once', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it.each(ROWS)('$name', (row) => {
    expect(observe(row)).toEqual(expected(row));
  });
});
