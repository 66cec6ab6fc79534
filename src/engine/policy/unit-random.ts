/**
 * @module engine/policy/unit-random
 * Draws from an injected `random` and keeps it in [0, 1], so a broken source of randomness
 * (NaN, out of range) can never produce a NaN or out-of-bounds delay.
 */

/** `random()` clamped to [0, 1]; a non-finite draw counts as 0.5. */
export function unitRandom(random: () => number): number {
  const r = random();
  if (!Number.isFinite(r)) return 0.5;
  return Math.min(Math.max(r, 0), 1);
}
