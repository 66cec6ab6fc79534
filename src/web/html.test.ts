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
