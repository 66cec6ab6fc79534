/**
 * @module core/advice/advise
 * advise(shipment, order, now, locale, opts): runs the rule table over the context and
 * renders the result in the buyer's language — level, headline, explanation, actions,
 * deadlines (calendar dates in the buyer's zone), filled message templates, contacts and
 * checklists. Pure: `now` is a parameter.
 */
import type { Locale } from '../i18n/locales.js';
import { addDays, type CalendarDay, daysBetween, formatDay, isoDay } from './calendar.js';
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
  AdviceItem,
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

/** What every deadline text of one advice is written with. */
interface DeadlineWriting {
  today: CalendarDay;
  texts: AdviceTexts;
  vars: Vars;
  locale: Locale;
}

/** One deadline of the advice, its text filled in. */
function deadlineOf(
  key: string,
  textKey: keyof AdviceTexts['deadline'],
  day: CalendarDay,
  w: DeadlineWriting,
): AdviceDeadline {
  const daysLeft = daysBetween(w.today, day);
  const text = fill(
    w.texts.deadline[textKey],
    { ...w.vars, date: formatDay(day, w.locale), daysLeft: String(daysLeft) },
    w.texts.missing,
  );
  return { key, date: isoDay(day), daysLeft, text };
}

function deadlinesOf(
  kinds: readonly DeadlineKind[],
  c: AdviceContext,
  texts: AdviceTexts,
  vars: Vars,
  locale: Locale,
): AdviceDeadline[] {
  const out: AdviceDeadline[] = [];
  if (kinds.length === 0) return out;
  const w: DeadlineWriting = { today: c.today, texts, vars, locale };
  for (const kind of new Set(kinds)) {
    if (kind === 'protection' && c.protection) {
      out.push(deadlineOf('dispute_last_day', 'dispute_last_day', c.protection.day, w));
      for (const warn of [...c.warnDays].sort((a, b) => b - a)) {
        const day = addDays(c.protection.day, -warn);
        if (c.protection.daysLeft - warn >= 0) {
          out.push(deadlineOf(`dispute_reminder_${warn}`, 'dispute_reminder', day, w));
        }
      }
    } else if (kind === 'after_delivery' && c.afterDelivery && c.orderOpen) {
      out.push(
        deadlineOf('dispute_after_delivery', 'dispute_after_delivery', c.afterDelivery.day, w),
      );
    } else if (kind === 'pickup' && c.pickup) {
      out.push(deadlineOf('pickup_last_day', 'pickup_last_day', c.pickup.day, w));
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** Checklist items by locale and list: the same for every parcel. */
const checklistItems = new Map<Locale, Record<ChecklistKey, readonly AdviceItem[]>>();

/** New item objects each time: the advice is the caller's to change. */
function itemsOf(locale: Locale, texts: AdviceTexts, key: ChecklistKey): AdviceItem[] {
  let lists = checklistItems.get(locale);
  if (!lists) {
    lists = {
      evidence: EVIDENCE_ITEMS.map((k) => ({ key: k, text: texts.evidence[k] })),
      not_received: NOT_RECEIVED_ITEMS.map((k) => ({ key: k, text: texts.notReceived[k] })),
    };
    checklistItems.set(locale, lists);
  }
  return lists[key].map((item) => ({ key: item.key, text: item.text }));
}

/** Appends the keys `to` does not hold yet, in order (first one wins, like a Set). */
function addNew<K extends string>(to: K[], keys: readonly K[]): void {
  for (const k of keys) if (!to.includes(k)) to.push(k);
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
  const actions: ActionKey[] = [];
  const templates: TemplateKey[] = [];
  const checklists: ChecklistKey[] = [];
  const contactKinds: ContactKind[] = [];
  const deadlineKinds: DeadlineKind[] = [];
  for (const r of rules) {
    addNew(actions, actionsOf(r, c));
    if (r.templates) addNew(templates, r.templates);
    if (r.checklists) addNew(checklists, r.checklists);
    if (r.contacts) contactKinds.push(...r.contacts);
    if (r.deadlines) deadlineKinds.push(...r.deadlines);
  }
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
    deadlines: deadlinesOf(deadlineKinds, c, texts, vars, locale),
    templates: templates.map((key) => {
      const t = texts.template[key];
      const body = fill(t.body, vars, texts.missing);
      return t.subject
        ? { key, subject: fill(t.subject, vars, texts.missing), body }
        : { key, body };
    }),
    contacts: resolveContacts(contactKinds, c, texts),
    checklists: checklists.map((key) => ({ key, items: itemsOf(locale, texts, key) })),
    notes,
    zone: c.zone,
    zoneAssumed: c.zoneAssumed,
    matched: rules.map((r) => r.id),
  };
}
