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
