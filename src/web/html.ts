/**
 * @module web/html
 * Server-rendered HTML with escaping by default: every value interpolated into `html\`…\``
 * is escaped unless it is itself the result of `html` (or `raw`, for trusted constants).
 */

const SPECIAL = /[&<>"'`]/;

/** Writes `value` with its special characters escaped, from the first one at `from`. */
function escapeFrom(value: string, from: number): string {
  let out = value.slice(0, from);
  let last = from;
  for (let i = from; i < value.length; i++) {
    let entity: string;
    switch (value.charCodeAt(i)) {
      case 38:
        entity = '&amp;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      case 34:
        entity = '&quot;';
        break;
      case 39:
        entity = '&#39;';
        break;
      case 96:
        entity = '&#96;';
        break;
      default:
        continue;
    }
    if (last < i) out += value.slice(last, i);
    out += entity;
    last = i + 1;
  }
  return last < value.length ? out + value.slice(last) : out;
}

export function escapeHtml(value: string): string {
  // Most strings have nothing to escape: find the first special character, copy only then.
  const first = value.search(SPECIAL);
  return first < 0 ? value : escapeFrom(value, first);
}

/** HTML that is already safe: produced by `html` or declared trusted with `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  // A number's or true's text never holds a character to escape.
  if (typeof value === 'number' || value === true) return String(value);
  if (Array.isArray(value)) {
    let out = '';
    for (let i = 0; i < value.length; i++) out += render(value[i] as Interpolation);
    return out;
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) {
    out += render(values[i] as Interpolation);
    out += strings[i + 1] as string;
  }
  return new SafeHtml(out);
}

/** Marks a trusted constant (never carrier or user text) as HTML. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}
