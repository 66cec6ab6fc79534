/**
 * @module web/pages/error
 * The HTML page for a catalogued error.
 */
import { html } from '../html.js';
import { layout } from './layout.js';

export function errorPage(status: number, code: string, message: string): string {
  return layout({
    title: status === 404 ? 'Not found' : 'Error',
    body: html`<section class="panel error">
<h1>${status === 404 ? 'Nothing here' : 'That did not work'}</h1>
<p>${message}</p>
<p class="muted">Code ${code}</p>
<p><a href="/">Back to the search</a></p>
</section>`,
  });
}
