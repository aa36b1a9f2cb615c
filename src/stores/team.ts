// Team mode's seam in the stores. A team build (SYNC_URL) with a token keeps this browser's copy of
// the team's runs and incidents in the usual stores, and routes every change of a shared one to a
// team backend: the team connection (src/team/, loaded by the islands in team builds only)
// registers itself here. The stores know only this interface and never load the team code. Without
// SYNC_URL every branch below is dead code and no sync code is built.
import type { ChecklistState } from '../lib/checklist/checklist-state.ts';
import type { Incident } from '../lib/incident/incident.ts';
import { signatureOf, type Identity } from '../lib/identity/identity.ts';
import { signNow, type ItemState, type Signature } from '../lib/item-state/item-state.ts';
import type { ReleaseNotesDraft } from '../lib/release-notes/release-notes-draft.ts';
import type { ReleaseRun } from '../lib/releases/release-run.ts';
import type { Role } from '../lib/roles/roles.ts';
import { describeIdentity, type TeamIdentity } from '../lib/team/identity-message.ts';
import { $teamAccess } from './sign-in.ts';
import { $teamMembership } from './team-membership.ts';
import { $teamStatus, setTeamRefusal } from './team-status.ts';

// The islands read team mode's state from this one path.
export { $signedIn, $signInProblem, $teamAccess } from './sign-in.ts';
export {
  $teamMembership,
  adoptIntoTeam,
  joinTeam,
  leaveTeam,
  recordTeamIds,
} from './team-membership.ts';
export {
  $itemHistories,
  $teamPresence,
  $teamRefusal,
  $teamStatus,
  $viewing,
  setViewing,
} from './team-status.ts';

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
  return (
    Boolean(import.meta.env.SYNC_URL) &&
    // With an issuer, a sign-in stands for a token.
    Boolean((import.meta.env.SYNC_OIDC_ISSUER ? $teamAccess : $teamMembership).get().token)
  );
}

/** Team mode, and a token that may change the team's work (as far as the server has said). */
export function canWriteToTeam(): boolean {
  // Each function tests the build setting itself, so a local-only build folds its body away.
  if (!import.meta.env.SYNC_URL) return false;
  return inTeamMode() && !readOnly();
}

export function isShared(kind: 'runs' | 'incidents', id: string): boolean {
  if (!import.meta.env.SYNC_URL) return false;
  return inTeamMode() && $teamMembership.get()[kind].includes(id);
}

/** Who the server says the token is (the last answer, when offline). */
export function teamIdentity(): TeamIdentity | undefined {
  if (!import.meta.env.SYNC_URL) return undefined;
  const status = $teamStatus.get();
  if (status.kind === 'connected') return status.identity;
  return inTeamMode() && status.kind !== 'refused' ? $teamMembership.get().identity : undefined;
}

function readOnly(): boolean {
  return teamIdentity()?.access === 'read-only';
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
  if (!import.meta.env.SYNC_URL || !isShared(kind, id)) return false;
  if (readOnly()) {
    setTeamRefusal(
      'Your team token is read-only: you can watch, not change. That change was not made.',
    );
    return true;
  }
  setTeamRefusal('');
  if (backend) change(backend);
  else pending.push(change);
  return true;
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
