// Trackline progressive enhancement: while typing in the search box, say what was detected.
// Everything works without this file; it only adds the live hint. Text only, never HTML.
(() => {
  const box = document.getElementById('q');
  const live = document.getElementById('live');
  if (!box || !live) return;
  // The words come from the page (data- attributes, in the page's language).
  const words = live.dataset;
  let timer;
  let last = '';
  const describe = (d) => {
    const top = d.candidates[0];
    if (top)
      return `${d.normalized}: ${top.carrierName}${top.checksum === 'invalid' ? ` (${words.wrong})` : ''}`;
    if (d.kind === 'order_number') return `${d.normalized}: ${words.order}`;
    if (d.kind === 'phone') return `${d.normalized}: ${words.phone}`;
    return `${d.normalized}: ${words.unknown}`;
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = box.value.trim();
      if (q === last) return;
      last = q;
      if (!q) {
        live.textContent = '';
        return;
      }
      try {
        const res = await fetch(`/api/v1/detect?q=${encodeURIComponent(q)}`);
        if (!res.ok) return;
        const body = await res.json();
        live.textContent = body.detections.slice(0, 5).map(describe).join(' · ');
      } catch {
        live.textContent = '';
      }
    }, 250);
  });
})();

// Tracking page: live updates over Server-Sent Events, and "copy" for message templates.
// Carrier text is only ever set with textContent; nothing here builds HTML from strings.
(() => {
  for (const button of document.querySelectorAll('button.copy[data-copy]')) {
    const area = document.getElementById(button.dataset.copy);
    if (!area) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        area.select();
      }
      button.textContent = button.dataset.done;
    });
  }

  const page = document.querySelector('.track[data-events]');
  if (!page || !('EventSource' in window)) return;
  const set = (name, text) => {
    const el = page.querySelector(`[data-live="${name}"]`);
    if (el) el.textContent = text;
  };
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const item = (i, words) => {
    const li = el('li', i.anomaly ? 'event anomaly' : 'event');
    const time = el('time', '', i.when);
    time.dateTime = i.iso;
    li.append(time);
    if (i.anomaly) li.append(' ', el('strong', 'flag', `⚠ ${words.anomaly}`));
    li.append(el('p', 'orig', i.description));
    const ours = el('p', 'ours');
    if (i.label) ours.append(el('span', 'muted', `${words.ours}:`), ` ${i.label}`);
    else ours.append(el('span', 'muted', words.unclassified));
    li.append(ours);
    if (i.place) li.append(el('p', 'place', i.place));
    li.append(el('p', 'by muted', i.by));
    return li;
  };
  const apply = (u) => {
    set('label', u.status.label);
    set('explanation', u.status.explanation);
    set('milestone', u.status.milestone);
    set('normal', u.status.normal);
    set('checked', u.checked);
    set('next', u.next);
    const steps = [...page.querySelectorAll('.progress .step')];
    const at = steps.findIndex((s) => s.dataset.step === u.step);
    steps.forEach((s, i) => {
      s.classList.remove('done', 'current', 'todo');
      s.classList.add(i < at ? 'done' : i === at ? 'current' : 'todo');
      if (i === at) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    });
    const list = page.querySelector('#timeline');
    if (list && u.items.length > 0) {
      const ol = el('ol', 'timeline');
      ol.id = 'timeline';
      ol.reversed = true;
      for (const i of u.items) ol.append(item(i, u.words));
      list.replaceWith(ol);
    }
  };
  const source = new EventSource(page.dataset.events);
  source.addEventListener('open', () => {
    const note = page.querySelector('.live-note');
    if (note) note.hidden = false;
  });
  source.addEventListener('update', (event) => {
    try {
      apply(JSON.parse(event.data));
    } catch {
      // a malformed message changes nothing
    }
  });
})();
