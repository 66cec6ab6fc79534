/**
 * @module web/i18n/retailers/types
 * The words of the retailer pages in one locale. Typed so a missing text is a compile error.
 */
import type {
  ChannelKind,
  ChannelNote,
  GenericMethod,
  RetailerId,
} from '../../content/retailers.js';

export interface FaqEntry {
  q: string;
  a: string;
}

/** Figures the FAQ answers quote, already formatted for the locale. */
export interface FaqFigures {
  name: string;
  /** Buyer protection, e.g. "60–90". */
  protection: string;
}

export interface RetailerCopy {
  intro: Record<RetailerId, string>;
  /** Where the tracking number is: one step per item. */
  findNumber: (name: string) => readonly string[];
  methodNames: Record<GenericMethod, string>;
  channelKinds: Record<ChannelKind, string>;
  channelNotes: Record<ChannelNote, string>;
  faq: (figures: FaqFigures) => readonly FaqEntry[];
}
