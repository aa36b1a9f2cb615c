// Shows the ongoing-incident banner of the page chrome. Plain DOM and a minimal reader of the stored
// incidents (no schema library, no framework, no shared chunk: the storage key comes with the
// banner's markup), so that every page stays within its budget.
import { ongoingIncidents, ongoingIncidentsText } from '../lib/incident/ongoing-incidents.ts';
import { holdsTeamToken, isJoinFragment } from '../lib/team/join-link.ts';

const banner = document.querySelector<HTMLElement>('[data-incident-banner]');
const text = banner?.querySelector('[data-incident-banner-text]');
const key = banner?.dataset.incidentBanner;
// Team builds only: where this browser keeps its team membership.
const teamKey = banner?.dataset.teamKey;
let shown: string | null | undefined;

function show(raw: string | null) {
  if (!banner || !text || raw === shown) return;
  shown = raw;
  const words = ongoingIncidentsText(ongoingIncidents(raw));
  if (words) text.textContent = words;
  banner.hidden = !words;
}

function read(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null; // Storage is blocked: no banner, and nothing else changes.
  }
}

if (key) {
  show(read(key));
  // An incident started or resolved in another tab shows here at once.
  window.addEventListener('storage', (event) => {
    if (event.key === key) show(event.newValue);
  });
  // In a team build, a page of someone in a team follows the team's incidents, on reading pages too:
  // team mode mirrors them into this browser's copy, whose changes in this tab fire no storage event.
  if (
    import.meta.env.SYNC_URL &&
    teamKey &&
    (holdsTeamToken(read(teamKey)) || isJoinFragment(window.location.hash))
  ) {
    void import('../team/team-mode.ts');
    setInterval(() => show(read(key)), 1000);
  }
}
