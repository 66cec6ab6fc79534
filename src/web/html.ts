/**
 * @module web/html
 * Server-rendered HTML with escaping by default: every value interpolated into `html\`…\``
 * is escaped unless it is itself the result of `html` (or `raw`, for trusted constants).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const SPECIAL = /[&<>"'`]/;

export function escapeHtml(value: string): string {
  // Most strings have nothing to escape: test first, replace only when needed.
  return SPECIAL.test(value) ? value.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c) : value;
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
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks a trusted constant (never carrier or user text) as HTML. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}
