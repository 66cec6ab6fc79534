/**
 * @module store/chunks
 * Splitting set-at-a-time work into statements: at most 500 values per IN list or rows per
 * multi-row statement (≤ 23 columns × 500 stays under both databases' parameter limits).
 */

export const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
