/**
 * @module core/classify/prefilter
 * Cheap gate in front of the text rules. From each rule's pattern we extract, per top-level
 * alternative, one literal the text must contain for that alternative to match; an event's
 * text is hashed once into character bigrams/trigrams, and only rules whose literal grams
 * are present get their regex run. Rules with an alternative that has no usable literal are
 * always run. Deterministic; a hash collision only costs an extra regex test.
 */

const SIZE = 1 << 16;
const MASK = SIZE - 1;

function tri(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & MASK;
}
function bi(a: number, b: number): number {
  return (Math.imul(a, 0xc2b2ae35) ^ Math.imul(b, 0x27d4eb2f)) & MASK;
}

/** Split a regex source on its top-level `|`. */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

function skipClass(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j;
}

function skipGroup(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = skipClass(src, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return src.length;
}

const QUANT = new Set(['?', '*', '+', '{']);

/** Index of the last character of the quantifier starting at `i` (`{m,n}` and a lazy `?`). */
function skipQuant(src: string, i: number): number {
  let j = i;
  if (src[j] === '{') {
    while (j < src.length && src[j] !== '}') j++;
  }
  return src[j + 1] === '?' ? j + 1 : j;
}

/** The longest run of plain characters every match of this alternative must contain. */
export function mandatoryLiteral(alt: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  const cut = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    const next = alt[i + 1];
    if (c === '\\' || c === '[' || c === '(') {
      cut();
      i = c === '\\' ? i + 1 : c === '[' ? skipClass(alt, i) : skipGroup(alt, i);
      if (alt[i + 1] && QUANT.has(alt[i + 1]!)) i = skipQuant(alt, i + 1);
      continue;
    }
    if (c === '.' || c === '^' || c === '$' || QUANT.has(c) || c === '}' || c === ',') {
      cut();
      if (QUANT.has(c)) i = skipQuant(alt, i);
      continue;
    }
    if (next !== undefined && QUANT.has(next)) {
      cut();
      i = skipQuant(alt, i + 1);
      continue;
    }
    run += c;
  }
  cut();
  let best: string | undefined;
  for (const r of runs) if (r.length >= 2 && (!best || r.length > best.length)) best = r;
  return best;
}

/** A conjunction of grams a literal is gated on: its bigram, or up to 6 of its trigrams. */
type Conj = number[];
function gramOf(literal: string): Conj {
  if (literal.length === 2) return [SIZE + bi(literal.charCodeAt(0), literal.charCodeAt(1))];
  const count = literal.length - 2;
  const step = Math.max(1, Math.ceil(count / 6));
  const grams = new Set<number>();
  for (let m = 0; m < count; m += step) {
    grams.add(tri(literal.charCodeAt(m), literal.charCodeAt(m + 1), literal.charCodeAt(m + 2)));
  }
  const last = count - 1;
  grams.add(
    tri(literal.charCodeAt(last), literal.charCodeAt(last + 1), literal.charCodeAt(last + 2)),
  );
  return [...grams];
}

/** Mandatory groups of an alternative: `(…)` not optional and not a lookaround. */
function mandatoryGroups(alt: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(alt, i);
    else if (c === '(') {
      const end = skipGroup(alt, i);
      const q = alt[end + 1];
      const optional = q === '?' || q === '*' || (q === '{' && alt[end + 2] === '0');
      const inner = alt.slice(i + 1, end);
      const look = /^\?(?:=|!|<=|<!)/.test(inner);
      if (!optional && !look) groups.push(inner.replace(/^\?:/, ''));
      i = end;
    }
  }
  return groups;
}

/** How selective a gate is: its weakest conjunction's size (a bigram counts as nothing). */
function strength(conjs: Conj[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of conjs) min = Math.min(min, c.length === 1 && c[0]! >= SIZE ? 0 : c.length);
  return min;
}
function better(a: Conj[], b: Conj[]): boolean {
  const sa = strength(a);
  const sb = strength(b);
  return sa !== sb ? sa > sb : a.length < b.length;
}

/** Conjunctions one of which every match of `alt` must contain, or null when there are none. */
function altGrams(alt: string, depth = 0): Conj[] | null {
  const lit = mandatoryLiteral(alt);
  let best: Conj[] | null = null;
  if (depth < 3) {
    for (const group of mandatoryGroups(alt)) {
      const union: Conj[] = [];
      let ok = true;
      for (const inner of topLevelAlternatives(group)) {
        const g = altGrams(inner, depth + 1);
        if (!g) {
          ok = false;
          break;
        }
        union.push(...g);
      }
      if (ok && union.length > 0 && (!best || better(union, best))) best = union;
    }
  }
  if (!lit) return best;
  const own = gramOf(lit);
  // Both must hold: the literal and one branch of the group ("for (?:pick ?up|collection)").
  if (best && best.length <= 8) return best.map((conj) => [...new Set([...own, ...conj])]);
  return lit.length >= 3 || !best ? [own] : best;
}

/**
 * Per rule: its gate, or null when it must always run. The gate is a flat list of
 * conjunctions `[k, g1 … gk, k, …]`: the rule is admitted when all grams of one are present.
 */
export function gramsOf(source: string): Int32Array | null {
  const flat: number[] = [];
  for (const alt of topLevelAlternatives(source)) {
    const conjs = altGrams(alt);
    if (!conjs) return null;
    for (const conj of conjs) flat.push(conj.length, ...conj);
  }
  return Int32Array.from(flat);
}

/** One top-level alternative of a rule: its own small regex and its gate. */
export interface GatedAlternative {
  re: RegExp;
  gate: Int32Array | null;
}

/**
 * A rule split into its top-level alternatives, each with its own gate: only the
 * alternatives whose literals are present get tested, and each test is a short regex.
 */
export function splitRule(source: string): GatedAlternative[] {
  return topLevelAlternatives(source).map((alt) => {
    const conjs = altGrams(alt);
    const flat: number[] = [];
    for (const conj of conjs ?? []) flat.push(conj.length, ...conj);
    return { re: new RegExp(alt), gate: conjs ? Int32Array.from(flat) : null };
  });
}

/** Stamps of the grams present in the current text (epoch-stamped: no clearing). */
const stamps = new Uint32Array(SIZE * 2);
let epoch = 0;

/** Record the text's grams; returns the epoch to test them against. */
export function scan(text: string): number {
  epoch = (epoch + 1) >>> 0;
  if (epoch === 0) {
    stamps.fill(0);
    epoch = 1;
  }
  let a = -1;
  let b = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (b >= 0) {
      stamps[SIZE + bi(b, c)] = epoch;
      if (a >= 0) stamps[tri(a, b, c)] = epoch;
    }
    a = b;
    b = c;
  }
  return epoch;
}

/** Does the scanned text (at `stamp`) hold every gram of one of the gate's conjunctions? */
export function admits(gate: Int32Array | null, stamp: number): boolean {
  if (gate === null) return true;
  let i = 0;
  while (i < gate.length) {
    const k = gate[i]!;
    let all = true;
    for (let j = 1; j <= k; j++) {
      if (stamps[gate[i + j]!] !== stamp) {
        all = false;
        break;
      }
    }
    if (all) return true;
    i += k + 1;
  }
  return false;
}
