/**
 * @module core/advice/advise
 * advise(shipment, order, now, locale, opts): runs the rule table over the context and
 * renders the result in the buyer's language — level, headline, explanation, actions,
 * deadlines (calendar dates in the buyer's zone), filled message templates, contacts and
 * checklists. Pure: `now` is a parameter.
 */
import type { Locale } from '../i18n/locales.js';
import { addDays, daysBetween, formatDay, isoDay } from './calendar.js';
import { resolveContacts } from './contacts.js';
import { type AdviceContext, buildContext } from './context.js';
import { fill, type Vars } from './format.js';
import {
  type ActionKey,
  type ChecklistKey,
  EVIDENCE_ITEMS,
  type HeadlineKey,
  NOT_RECEIVED_ITEMS,
  type TemplateKey,
} from './keys.js';
import { ADDON_RULES, type DeadlineKind, PRIMARY_RULES, type Rule } from './rules.js';
import { ADVICE_TEXTS } from './texts/index.js';
import type { AdviceTexts } from './texts/types.js';
import type {
  Advice,
  AdviceDeadline,
  AdviceOptions,
  AdviceOrder,
  AdviceShipment,
  ContactKind,
  Level,
} from './types.js';

const RANK: Record<Level, number> = { fine: 0, watch: 1, act: 2 };
const DAY_MS = 86_400_000;

function levelOf(rule: Rule<string>, c: AdviceContext): Level {
  return typeof rule.level === 'function' ? rule.level(c) : rule.level;
}

function actionsOf(rule: Rule<string>, c: AdviceContext): readonly ActionKey[] {
  return typeof rule.actions === 'function' ? rule.actions(c) : rule.actions;
}

function varsOf(c: AdviceContext, locale: Locale): Vars {
  const { shipment: s, order } = c;
  const lastDay = c.delivered ? c.afterDelivery?.day : c.protection?.day;
  const vars: Vars = {
    trackingNumber: s.trackingNumber,
    days: String(c.silentDays),
  };
  if (order) vars.orderNumber = order.orderNumber;
  if (c.orderDay) vars.orderDate = formatDay(c.orderDay, locale);
  if (c.deliveredDay) vars.deliveredDate = formatDay(c.deliveredDay, locale);
  if (lastDay) vars.lastDay = formatDay(lastDay, locale);
  const city = s.lastPlace?.city ?? s.eventCities?.at(-1);
  if (city) vars.city = city;
  if (s.lastMileNumber) vars.lastMileNumber = s.lastMileNumber;
  if (s.suggestions?.length) vars.suggestions = s.suggestions.join(', ');
  if (s.laneStageP90Ms !== undefined) vars.p90Days = String(Math.ceil(s.laneStageP90Ms / DAY_MS));
  return vars;
}

function deadlinesOf(
  kinds: readonly DeadlineKind[],
  c: AdviceContext,
  texts: AdviceTexts,
  vars: Vars,
  locale: Locale,
): AdviceDeadline[] {
  const out: AdviceDeadline[] = [];
  const push = (key: string, textKey: keyof AdviceTexts['deadline'], day: typeof c.today) => {
    const daysLeft = daysBetween(c.today, day);
    const text = fill(
      texts.deadline[textKey],
      { ...vars, date: formatDay(day, locale), daysLeft: String(daysLeft) },
      texts.missing,
    );
    out.push({ key, date: isoDay(day), daysLeft, text });
  };
  for (const kind of new Set(kinds)) {
    if (kind === 'protection' && c.protection) {
      push('dispute_last_day', 'dispute_last_day', c.protection.day);
      for (const w of [...c.warnDays].sort((a, b) => b - a)) {
        const day = addDays(c.protection.day, -w);
        if (c.protection.daysLeft - w >= 0) push(`dispute_reminder_${w}`, 'dispute_reminder', day);
      }
    } else if (kind === 'after_delivery' && c.afterDelivery && c.orderOpen) {
      push('dispute_after_delivery', 'dispute_after_delivery', c.afterDelivery.day);
    } else if (kind === 'pickup' && c.pickup) {
      push('pickup_last_day', 'pickup_last_day', c.pickup.day);
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** What the buyer should know and do about this parcel now. */
export function advise(
  shipment: AdviceShipment,
  order: AdviceOrder | undefined,
  now: Date | number | string,
  locale: Locale,
  opts: AdviceOptions = {},
): Advice {
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(nowMs)) throw new RangeError(`advise: 'now' is not a valid instant`);
  const c = buildContext(shipment, order, nowMs, opts);
  const texts = ADVICE_TEXTS[locale];
  const primary = PRIMARY_RULES.find((r) => r.when(c)) ?? PRIMARY_RULES[PRIMARY_RULES.length - 1]!;
  const addons = ADDON_RULES.filter((r) => r.when(c));
  const rules: Rule<string>[] = [primary, ...addons];

  let level = levelOf(primary, c);
  let headlineKey: HeadlineKey = primary.id;
  for (const addon of addons) {
    const l = levelOf(addon, c);
    if (RANK[l] > RANK[level]) {
      level = l;
      if (addon.headline) headlineKey = addon.headline;
    }
  }

  const vars = varsOf(c, locale);
  const actions = [...new Set(rules.flatMap((r) => actionsOf(r, c)))];
  const templates = [...new Set<TemplateKey>(rules.flatMap((r) => r.templates ?? []))];
  const checklists = [...new Set<ChecklistKey>(rules.flatMap((r) => r.checklists ?? []))];
  const contactKinds = rules.flatMap((r): readonly ContactKind[] => r.contacts ?? []);
  const [headline, explanation] = texts.headline[headlineKey];
  const notes: Advice['notes'] = [];
  if (c.zoneAssumed && order) notes.push({ key: 'zone_assumed', text: texts.note.zone_assumed });
  if (shipment.laneStageP90Ms !== undefined && primary.id.startsWith('silence_')) {
    notes.push({ key: 'lane_p90', text: fill(texts.note.lane_p90, vars, texts.missing) });
  }

  return {
    level,
    rule: headlineKey,
    headline: fill(headline, vars, texts.missing),
    explanation: fill(explanation, vars, texts.missing),
    actions: actions.map((key) => ({ key, text: fill(texts.action[key], vars, texts.missing) })),
    deadlines: deadlinesOf(
      rules.flatMap((r) => r.deadlines ?? []),
      c,
      texts,
      vars,
      locale,
    ),
    templates: templates.map((key) => {
      const t = texts.template[key];
      const body = fill(t.body, vars, texts.missing);
      return t.subject
        ? { key, subject: fill(t.subject, vars, texts.missing), body }
        : { key, body };
    }),
    contacts: resolveContacts(contactKinds, c, texts),
    checklists: checklists.map((key) => ({
      key,
      items:
        key === 'evidence'
          ? EVIDENCE_ITEMS.map((k) => ({ key: k, text: texts.evidence[k] }))
          : NOT_RECEIVED_ITEMS.map((k) => ({ key: k, text: texts.notReceived[k] })),
    })),
    notes,
    zone: c.zone,
    zoneAssumed: c.zoneAssumed,
    matched: rules.map((r) => r.id),
  };
}
