// Team mode's seam in the stores. A team build (SYNC_URL) with a token keeps this browser's copy of
// the team's runs and incidents in the usual stores, and routes every change of a shared one to the
// team connection, which loads on demand and registers itself here as the backend. Without SYNC_URL
// every branch below is dead code and no sync code is built.
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ChecklistState } from '../lib/checklist/checklist-state.ts';
import type { Incident } from '../lib/incident/incident.ts';
import { signatureOf, type Identity } from '../lib/identity/identity.ts';
import { signNow, type ItemState, type Signature } from '../lib/item-state/item-state.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import type { ReleaseRun } from '../lib/releases/release-run.ts';
import type { Role } from '../lib/roles/roles.ts';
import type { ItemAction } from '../lib/team/item-history.ts';
import { describeIdentity, type TeamIdentity } from '../lib/team-sync/identity-message.ts';
import type { TeamStatus } from '../lib/team-sync/team-status.ts';
import {
  joinTokenFromHash,
  teamMembershipCodec,
  type TeamMembership,
} from '../lib/team-sync/team-membership.ts';
import { persistentDocument } from './storage.ts';

export const SYNC_URL: string = import.meta.env.SYNC_URL;

// Made in team builds (and under Node, where the tests list it), so that a local-only build has none of it.
export const teamMembershipDocument =
  import.meta.env.SYNC_URL !== '' ? persistentDocument('team', teamMembershipCodec) : undefined;
const membershipStore: WritableAtom<TeamMembership> =
  teamMembershipDocument?.store ?? atom<TeamMembership>({ runs: [], incidents: [] });

/** The team token and the runs and incidents mirrored from the team. Read-only: it changes through the verbs below. */
export const $teamMembership: ReadableAtom<TeamMembership> = membershipStore;

/** Written by the connection only. */
export const $teamStatus = atom<TeamStatus>({ kind: 'off' });
/** Who else has the team open, and what they are viewing (`run:<id>`, `incident:<id>`). */
export const $teamPresence = atom<
  { name: string; role?: string | undefined; viewing?: string | undefined }[]
>([]);
/** What this page is viewing, for the others' presence. */
export const $viewing = atom<string | undefined>(undefined);
export function setViewing(viewing: string | undefined): void {
  $viewing.set(viewing);
}

/** Why the last change was not made (a read-only token), for the status line. */
export const $teamRefusal = atom('');
/** Each shared document's item histories, by document name, then `<list>\n<item>`, in history order. */
export const $itemHistories = atom<Record<string, Record<string, ItemAction[]>>>({});

/** What the team connection does with a change of a shared run or incident. */
export interface TeamBackend {
  putRun(run: ReleaseRun): void;
  removeRun(runId: string): void;
  shareRun(
    run: ReleaseRun,
    checklists: Record<string, ChecklistState>,
    draft: ReleaseNotesDraft | undefined,
  ): void;
  /** A restored run written into the team's documents: shared if new, else its checklists and notes put back. */
  restoreRun(
    run: ReleaseRun,
    checklists: Record<string, ChecklistState>,
    draft: ReleaseNotesDraft | undefined,
  ): void;
  updateItem(
    runId: string,
    checklistId: string,
    itemId: string,
    transition: (state: ItemState | undefined) => ItemState,
  ): void;
  replaceChecklist(runId: string, checklistId: string, state: ChecklistState): void;
  replaceNotesDraft(runId: string, draft: ReleaseNotesDraft | undefined): void;
  shareIncident(incident: Incident): void;
  /** Returns why the change could not be made, or undefined. */
  updateIncident(
    incidentId: string,
    transition: (incident: Incident) => Incident,
  ): string | undefined;
}

let backend: TeamBackend | undefined;
let pending: ((backend: TeamBackend) => void)[] = [];

/** The connection, once loaded, takes the changes made while it loaded. */
export function registerTeamBackend(loaded: TeamBackend | undefined): void {
  backend = loaded;
  if (!loaded) return;
  const waiting = pending;
  pending = [];
  for (const change of waiting) change(loaded);
}

/** Team mode: a team build, with a token. */
export function inTeamMode(): boolean {
  return Boolean(SYNC_URL) && Boolean($teamMembership.get().token);
}

/** Team mode, and a token that may change the team's work (as far as the server has said). */
export function canWriteToTeam(): boolean {
  return inTeamMode() && !readOnly();
}

export function isShared(kind: 'runs' | 'incidents', id: string): boolean {
  return inTeamMode() && $teamMembership.get()[kind].includes(id);
}

/** Who the server says the token is (the last answer, when offline). */
export function teamIdentity(): TeamIdentity | undefined {
  const status = $teamStatus.get();
  if (status.kind === 'connected') return status.identity;
  return inTeamMode() && status.kind !== 'refused' ? $teamMembership.get().identity : undefined;
}

function readOnly(): boolean {
  return teamIdentity()?.access === 'read-only';
}

/** Keep what the server said about the token. */
export function recordTeamIdentity(identity: TeamIdentity): void {
  const membership = $teamMembership.get();
  if (JSON.stringify(membership.identity) !== JSON.stringify(identity))
    membershipStore.set({ ...membership, identity });
}

/**
 * Hand a change of a shared run or incident to the team connection. False when the change is not
 * the team's (local work): the caller makes it locally. A read-only token's change is refused.
 */
export function routeToTeam(
  kind: 'runs' | 'incidents',
  id: string,
  change: (backend: TeamBackend) => void,
): boolean {
  if (!isShared(kind, id)) return false;
  if (readOnly()) {
    $teamRefusal.set(
      'Your team token is read-only: you can watch, not change. That change was not made.',
    );
    return true;
  }
  $teamRefusal.set('');
  if (backend) change(backend);
  else pending.push(change);
  return true;
}

/** Count a new run or incident as the team's (made in team mode, or shared now). */
export function adoptIntoTeam(kind: 'runs' | 'incidents', id: string): void {
  const membership = $teamMembership.get();
  if (!membership[kind].includes(id))
    membershipStore.set({ ...membership, [kind]: [...membership[kind], id] });
}

/** The runs and incidents the team has now (the connection's mirror). */
export function recordTeamIds(runs: string[], incidents: string[]): void {
  const membership = $teamMembership.get();
  if (
    membership.runs.join('\n') === runs.join('\n') &&
    membership.incidents.join('\n') === incidents.join('\n')
  )
    return;
  membershipStore.set({ ...membership, runs, incidents });
}

export function joinTeam(token: string): void {
  const { identity: _previous, ...membership } = $teamMembership.get();
  membershipStore.set({ ...membership, token: token.trim() });
}

/** Forget the token; the runs and incidents stay in this browser, as local work. */
export function leaveTeam(): void {
  membershipStore.set({ runs: [], incidents: [] });
}

/**
 * A signature for a change made now in this browser: in team mode with the server's name for the
 * token, else with "You are".
 */
export function signNowHere(identity: Identity, roles: readonly Role[]): Signature {
  if (import.meta.env.SYNC_URL) {
    const team = teamIdentity();
    if (team) return signNow(describeIdentity(team));
  }
  return signNow(signatureOf(identity, roles));
}

/** Read a join link (`#join=<token>`) once, and take it out of the address bar and history. */
function joinFromAddress(): void {
  const token = joinTokenFromHash(window.location.hash);
  if (!token) return;
  joinTeam(token);
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  );
}

let connecting: Promise<unknown> | undefined;

if (import.meta.env.SYNC_URL && typeof window !== 'undefined') {
  // Team mode's styles load in team builds only, so that a local-only build's pages stay as they were.
  void import('../styles/team.css');
  joinFromAddress();
  $teamMembership.subscribe((membership) => {
    if (!membership.token || connecting) return;
    // The connection code loads only for someone in a team: a dynamic import, in team builds only.
    connecting = import('../team/team-connection.ts').then(({ startTeamConnection }) =>
      startTeamConnection(SYNC_URL),
    );
  });
}
