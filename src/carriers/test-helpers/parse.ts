/**
 * @module carriers/test-helpers/parse
 * Property checks every adapter's parse must pass, shared by the carrier tests.
 */
import fc from 'fast-check';
import type { ParseOutput } from '../types.js';

/** Any JSON value: parse never throws, and always says something (a result or a message). */
export function assertParseSaysSomething(parse: (payload: unknown) => ParseOutput): void {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const out = parse(value);
      return out.results.length + out.messages.length > 0;
    }),
  );
}
