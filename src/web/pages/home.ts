/**
 * @module web/pages/home
 * The home page: one search box for one number or many, and, after a search, what each
 * pasted token turned out to be. Works without JavaScript (a GET form).
 */
import type { Candidate, Detection } from '../../core/numbers/types.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from './layout.js';

const CHECKSUM_WORDS: Record<Candidate['checksum'], string> = {
  valid: 'check digit correct',
  invalid: 'check digit wrong',
  none: 'no check digit in this format',
};

function candidateRow(candidate: Candidate): SafeHtml {
  const percent = Math.round(candidate.confidence * 100);
  return html`<li class="candidate checksum-${candidate.checksum}">
<span class="carrier">${candidate.carrierName}</span>
${candidate.service ? html`<span class="service">${candidate.service}</span>` : ''}
${candidate.country ? html`<span class="country">${candidate.country}</span>` : ''}
<span class="confidence" title="How sure we are">${percent}%</span>
<span class="checksum">${CHECKSUM_WORDS[candidate.checksum]}</span>
</li>`;
}

function detectionCard(
  detection: Detection,
  explain: (d: Detection) => string | undefined,
): SafeHtml {
  const note = explain(detection);
  return html`<article class="panel detection kind-${detection.kind}">
<h2><code>${detection.normalized || detection.input}</code></h2>
${detection.input !== detection.normalized ? html`<p class="muted">You pasted <code>${detection.input}</code></p>` : ''}
${note ? html`<p class="note">${note}</p>` : ''}
${
  detection.candidates.length > 0
    ? html`<ol class="candidates">${detection.candidates.map(candidateRow)}</ol>`
    : html`<p>We do not recognise this as a tracking number from any carrier we know.</p>`
}
${
  detection.suggestions.length > 0
    ? html`<p class="suggest">Did you mean ${detection.suggestions.map(
        (s, i) => html`${i > 0 ? ', ' : ''}<a href="/?q=${s}"><code>${s}</code></a>`,
      )}?</p>`
    : ''
}
</article>`;
}

export interface HomeView {
  query: string;
  detections: Detection[];
  /** A plain-words note for a detection (lookalikes, e.g. an order number). */
  explain: (detection: Detection) => string | undefined;
  error?: string;
}

export function homePage({ query, detections, explain, error }: HomeView): string {
  return layout({
    title: query ? `Search: ${query.slice(0, 40)}` : 'Track a parcel',
    description: 'Paste one tracking number or forty; see which carrier has it and what it means.',
    body: html`<section class="search">
<h1>Where is my parcel?</h1>
<form method="get" action="/" role="search">
<label for="q">Tracking number — or several, one per line</label>
<textarea id="q" name="q" rows="3" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="LP00123456789012&#10;RB123456785GB">${query}</textarea>
<button type="submit">Find</button>
</form>
<div id="live" aria-live="polite"></div>
</section>
${error ? html`<p class="panel error" role="alert">${error}</p>` : ''}
${detections.length > 0 ? html`<section class="results">${detections.map((d) => detectionCard(d, explain))}</section>` : ''}`,
  });
}
