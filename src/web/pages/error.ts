/**
 * @module web/pages/error
 * The HTML page for a catalogued error, in the request's language.
 */
import { html } from '../html.js';
import { href, type PageContext } from '../locale.js';
import { layout } from './layout.js';

export interface ErrorView {
  ctx: PageContext;
  status: number;
  code: string;
  message: string;
  /** For a 404: the path nobody serves, said in the page's language. */
  path?: string;
}

export function errorPage({ ctx, status, code, message, path }: ErrorView): string {
  const { error } = ctx.ui;
  const notFound = status === 404;
  return layout({
    ctx,
    title: notFound ? error.notFoundTitle : error.errorTitle,
    body: html`<section class="panel error">
<h1>${notFound ? error.notFoundHeading : error.errorHeading}</h1>
<p>${notFound && path !== undefined ? error.notFoundMessage(path) : message}</p>
<p class="muted">${error.code} ${code}</p>
<p><a href="${href('/', ctx.locale)}">${error.back}</a></p>
</section>`,
  });
}
