/**
 * @module core/classify/index
 * classify(raw, context): a code hit decides (Map lookup in the source's table); a coarse or
 * ambiguous code lets the text refine it; a text-only event goes through the multilingual
 * rules; an event nothing can place stays unclassified and never moves a parcel.
 */
import type { Classification, ParsedLocation, RawEvent } from '../events.js';
import { type CodeHit, lookupCode } from './codes/index.js';
import type { Label } from './label.js';
import { parseLocation } from './location.js';
import { GENERIC } from './rules/labels.js';
import { classifyText, resolveTarget, type TextHit } from './text.js';

export { parseLocation } from './location.js';

export interface ClassifyContext {
  source?: string;
  carrier?: string;
  language?: string;
  destinationCountry?: string;
  originCountry?: string;
}

export interface ClassifiedEvent extends Classification {
  location?: ParsedLocation;
}

/** Confidence of a code that decides on its own. */
export const CODE_CONFIDENCE = 0.95;

const UNCLASSIFIED: Classification = {
  status: null,
  milestone: null,
  reason: null,
  confidence: 0,
  rule: 'none',
};

const ORIGIN_COUNTRIES = new Set(['CN', 'HK']);

/** Is a sorting facility on the destination side? Location first, then language. */
function destinationSide(
  location: ParsedLocation | undefined,
  context: ClassifyContext,
  lang: string | undefined,
): boolean {
  const country = location?.country;
  if (country) {
    if (context.destinationCountry && country === context.destinationCountry.toUpperCase()) {
      return true;
    }
    if (context.originCountry && country === context.originCountry.toUpperCase()) return false;
    return !ORIGIN_COUNTRIES.has(country);
  }
  return lang !== undefined && lang !== 'en' && lang !== 'zh';
}

function make(label: Label, confidence: number, rule: string): Classification {
  return {
    status: label.status,
    milestone: label.milestone,
    reason: label.reason,
    confidence,
    rule,
  };
}

/** Causes a failed delivery can have: a code that says "attempt failed" keeps its status. */
const ATTEMPT_CAUSES = new Set([
  'address_problem',
  'recipient_absent',
  'business_closed',
  'customs_payment_due',
]);

/** Causes a delivery-outcome code's text can name for a failed attempt. */
const DOORSTEP_CAUSES = new Set(['address_problem', 'recipient_absent', 'business_closed']);

function combine(
  hit: CodeHit,
  text: TextHit | undefined,
  location: ParsedLocation | undefined,
  context: ClassifyContext,
): Classification {
  const { entry } = hit;
  if (!entry.refine && !entry.defer) return make(entry, CODE_CONFIDENCE, hit.rule);
  if (text) {
    // A facility phrase under a code that already names the side keeps the code's side.
    const codeSide =
      text.target === 'facility' &&
      (entry.milestone === 'origin_facility' || entry.milestone === 'destination_facility')
        ? entry.milestone === 'destination_facility'
        : undefined;
    const label = resolveTarget(
      text.target,
      codeSide ?? destinationSide(location, context, text.lang),
    );
    const rule = `${hit.rule}+${text.rule}`;
    const confidence = Math.max(text.confidence, 0.9);
    const same = label.status === entry.status;
    // A generic phrase ("in transit", "processing") never overrules a code's status.
    const strong = text.confidence > GENERIC;
    if (
      label.status === 'exception' &&
      label.reason !== null &&
      (entry.status === 'failed_attempt'
        ? ATTEMPT_CAUSES.has(label.reason)
        : entry.attempt === true && DOORSTEP_CAUSES.has(label.reason))
    ) {
      return make(
        { status: 'failed_attempt', milestone: 'out_for_delivery', reason: label.reason },
        confidence,
        rule,
      );
    }
    const narrowed =
      same &&
      entry.refineTo !== undefined &&
      label.milestone !== null &&
      !entry.refineTo.includes(label.milestone);
    const allowed =
      !narrowed &&
      (same ||
        entry.defer === 'text-only' ||
        (strong && (entry.defer !== undefined || entry.refine?.includes(label.status))));
    if (allowed) {
      return make(
        {
          status: label.status,
          milestone: label.milestone ?? (same ? entry.milestone : null),
          reason: label.reason ?? (same ? entry.reason : null),
        },
        strong ? confidence : entry.defer === 'text-only' ? text.confidence : 0.85,
        rule,
      );
    }
  }
  if (entry.defer === 'text-only') return UNCLASSIFIED;
  return make(entry, entry.defer ? 0.6 : 0.85, hit.rule);
}

/**
 * A code that says "delivered" beside a text that says the delivery failed ("Carteiro não
 * atendido") or that the parcel waits to be collected ("disponível para retirada"): the two
 * disagree, and a false delivery is the worst mistake a tracker makes, so the text wins. Any
 * other text leaves the code's word standing.
 */
function deliveryVeto(hit: CodeHit, text: TextHit | undefined): Classification | undefined {
  const target = text?.target;
  if (!text || target === undefined || target === 'facility') return undefined;
  const failed =
    target.status === 'failed_attempt' ||
    (target.status === 'exception' && target.reason !== null && DOORSTEP_CAUSES.has(target.reason));
  if (failed) {
    return make(
      { status: 'failed_attempt', milestone: 'out_for_delivery', reason: target.reason },
      0.8,
      `${hit.rule}+${text.rule}!failed`,
    );
  }
  // "In die Packstation zugestellt und kann dort abgeholt werden": waiting to be collected.
  if (target.status === 'available_for_pickup')
    return make(target, 0.8, `${hit.rule}+${text.rule}`);
  return undefined;
}

/**
 * A failed-attempt code that names no cause, beside a text that names one at the door
 * ("Notice Left - No one home to receive item"): the text's cause becomes the reason
 * (docs/labeling.md, "Decisions"). The code's status and milestone stand.
 */
function attemptCode(hit: CodeHit, description: string, language: string | undefined) {
  const target = classifyText(description, language)?.target;
  const reason = target === undefined || target === 'facility' ? null : target.reason;
  if (reason !== null && DOORSTEP_CAUSES.has(reason)) {
    return make({ ...hit.entry, reason }, CODE_CONFIDENCE, `${hit.rule}+cause`);
  }
  return make(hit.entry, CODE_CONFIDENCE, hit.rule);
}

export function classify(raw: RawEvent, context: ClassifyContext = {}): ClassifiedEvent {
  const location = raw.location ? parseLocation(raw.location) : undefined;
  const source = raw.source ?? context.source;
  const carrier = raw.carrier ?? context.carrier;
  const language = raw.language ?? context.language;
  const hit = raw.code ? lookupCode(raw.code, source, carrier) : undefined;
  let result: Classification;
  if (hit && !hit.entry.refine && !hit.entry.defer) {
    const { status, reason } = hit.entry;
    if (status === 'delivered') {
      const text = classifyText(raw.description ?? '', language);
      result = deliveryVeto(hit, text) ?? make(hit.entry, CODE_CONFIDENCE, hit.rule);
    } else if (status === 'failed_attempt' && reason === null && raw.description) {
      result = attemptCode(hit, raw.description, language);
    } else result = make(hit.entry, CODE_CONFIDENCE, hit.rule);
  } else {
    const text = classifyText(raw.description ?? '', language);
    if (hit) {
      result = combine(hit, text, location, context);
      if (result.status === 'delivered') result = deliveryVeto(hit, text) ?? result;
    } else if (text) {
      const label = resolveTarget(text.target, destinationSide(location, context, text.lang));
      result = make(label, text.confidence, text.rule);
    } else result = UNCLASSIFIED;
  }
  const out: ClassifiedEvent = result === UNCLASSIFIED ? { ...UNCLASSIFIED } : result;
  if (location) out.location = location;
  return out;
}
