/**
 * @module web/pages/api-docs
 * /api: the OpenAPI document rendered as a page by us (no third-party viewer), and the
 * routes serving the document itself.
 */
import type { FastifyInstance } from 'fastify';
import { API_PATHS, OPENAPI } from '../api/openapi.js';
import { html } from '../html.js';
import { pageContext } from '../locale.js';
import { layout } from './layout.js';

export function registerApiDocs(app: FastifyInstance): void {
  const body = JSON.stringify(OPENAPI, null, 2);
  app.get('/api/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(body),
  );

  app.get('/api', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const t = ctx.ui.api;
    const page = layout({
      ctx,
      title: t.title,
      description: t.intro,
      body: html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<p><a href="/api/openapi.json">${t.document}</a> <span class="muted">(OpenAPI ${OPENAPI.openapi})</span></p>
${Object.entries(API_PATHS)
  .flatMap(([path, ops]) =>
    (['get', 'put'] as const).map((method) => [path, method, ops[method]] as const),
  )
  .map(
    ([path, method, get]) =>
      get &&
      html`<section class="panel" id="${get.operationId}">
<h2><code>${method.toUpperCase()} ${path}</code></h2>
<p>${get.summary}</p>
${
  get.parameters.length > 0
    ? html`<h3>${t.parameters}</h3><ul>${get.parameters.map(
        (p) =>
          html`<li><code>${p.name}</code> (${p.in}${p.required ? html`, ${t.required}` : ''}): ${p.description}</li>`,
      )}</ul>`
    : ''
}
<h3>${t.responses}</h3>
<ul>${Object.entries(get.responses).map(([code, r]) => html`<li><code>${code}</code> ${r.description}</li>`)}</ul>
</section>`,
  )}`,
    });
    return reply.type('text/html; charset=utf-8').send(page);
  });
}
