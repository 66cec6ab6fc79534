import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './html.js';

describe('html', () => {
  it('escapes interpolated text', () => {
    const hostile = '<script>alert("x")</script>';
    expect(html`<p>${hostile}</p>`.value).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it('keeps nested html and trusted constants, escapes array items', () => {
    const items = ['a<b', 'c&d'];
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${raw('<hr>')}`;
    expect(out.value).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul><hr>');
  });

  it('never lets a raw < or quote through', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = html`<a title="${text}">${text}</a>`.value;
        const inner = out.slice('<a title="'.length, -'</a>'.length);
        expect(inner.replace('">', '')).not.toMatch(/[<>"'`]/);
      }),
    );
    expect(escapeHtml("'`")).toBe('&#39;&#96;');
  });
});

describe('escapeHtml', () => {
  const reference = (value: string): string =>
    value.replace(
      /[&<>"'`]/g,
      (c) =>
        ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[
          c
        ] ?? c,
    );

  it('escapes exactly the six special characters, wherever they are', () => {
    const unit = fc.constantFrom('a', 'é', ' ', '&', '<', '>', '"', "'", '`', '\u202f');
    const text = fc.string({ unit });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), text), (value) => {
        expect(escapeHtml(value)).toBe(reference(value));
      }),
      { numRuns: 2_000 },
    );
  });
});
