/**
 * @module web/i18n/operator/types
 * The words of the operator pages (/operator/sources: every carrier source, whether it is
 * configured and how healthy it is). Dates and numbers are formatted before they get here.
 */
import type { SourceKind } from '../../../carriers/types.js';
import type { CircuitState } from '../../../store/schema.js';

export interface OperatorStrings {
  sourcesTitle: string;
  sourcesIntro: string;
  columns: {
    source: string;
    label: string;
    kind: string;
    configured: string;
    healthy: string;
    lastSuccess: string;
    quotaLeft: string;
    nextCall: string;
    circuit: string;
  };
  kinds: Record<SourceKind, string>;
  circuit: Record<CircuitState, string>;
  yes: string;
  no: string;
  /** Health not known (no engine running in this process). */
  unknown: string;
  /** No call recorded yet. */
  notYet: string;
  never: string;
  /** The next call is allowed now. */
  now: string;
  healthUnknown: string;
  problems: string;
  secretsNote: string;
  json: string;
}
