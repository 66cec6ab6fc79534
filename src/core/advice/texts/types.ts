/**
 * @module core/advice/texts/types
 * The shape of one locale's advice phrases. Every group is a full Record over the key lists
 * of keys.ts, so a locale missing a phrase does not compile. Texts may use the placeholders
 * of keys.ts in braces ({orderNumber}, {lastDay}, …).
 */
import type {
  ActionKey,
  DeadlineKey,
  EvidenceItem,
  HeadlineKey,
  NoteKey,
  NotReceivedItem,
  Placeholder,
  TemplateKey,
} from '../keys.js';

/** A headline (a few words) and a short explanation. */
export type Headline = readonly [headline: string, explanation: string];

export interface TemplateText {
  subject?: string;
  body: string;
}

export interface AdviceTexts {
  headline: Record<HeadlineKey, Headline>;
  action: Record<ActionKey, string>;
  deadline: Record<DeadlineKey, string>;
  template: Record<TemplateKey, TemplateText>;
  notReceived: Record<NotReceivedItem, string>;
  evidence: Record<EvidenceItem, string>;
  note: Record<NoteKey, string>;
  /** Names for contacts that have no proper name of their own. */
  contactName: { customs: string; post_office: string; seller: string };
  /** What stands in for a placeholder whose value is unknown. */
  missing: Record<Placeholder, string>;
}
