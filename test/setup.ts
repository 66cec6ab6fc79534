// Property tests explore fresh random inputs on every local run; in CI they use one fixed
// seed (override with FC_SEED) so a red run can be replayed exactly.
import fc from 'fast-check';

if (process.env.CI) {
  const seed = Number(process.env.FC_SEED ?? 20261121);
  fc.configureGlobal({ seed });
}
