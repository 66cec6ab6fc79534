/**
 * @module web/pages/layout
 * The page frame every server-rendered page shares: head, header with the search link, main.
 */
import { html, type SafeHtml } from '../html.js';

export interface PageFrame {
  title: string;
  body: SafeHtml;
  lang?: string;
  description?: string;
}

export function layout({ title, body, lang = 'en', description }: PageFrame): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Trackline</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="top"><a class="brand" href="/">Trackline</a></header>
<main id="main">
${body}
</main>
<footer class="foot"><p>Trackline shows what carriers report, and says which source said it.</p></footer>
</body>
</html>
`.value;
}
