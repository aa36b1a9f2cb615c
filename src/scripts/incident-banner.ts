// Shows the ongoing-incident banner of the page chrome. Plain DOM and a minimal reader of the stored
// incidents (no schema library, no framework, no shared chunk: the storage key comes with the
// banner's markup), so that every page stays within its budget.
import { ongoingIncidents, ongoingIncidentsText } from '../lib/incident/ongoing-incidents.ts';

const banner = document.querySelector<HTMLElement>('[data-incident-banner]');
const text = banner?.querySelector('[data-incident-banner-text]');
const key = banner?.dataset.incidentBanner;

function show(raw: string | null) {
  if (!banner || !text) return;
  const words = ongoingIncidentsText(ongoingIncidents(raw));
  if (words) text.textContent = words;
  banner.hidden = !words;
}

if (key) {
  try {
    show(localStorage.getItem(key));
  } catch {
    // Storage is blocked: no banner, and nothing else changes.
  }
  // An incident started or resolved in another tab shows here at once.
  window.addEventListener('storage', (event) => {
    if (event.key === key) show(event.newValue);
  });
}
