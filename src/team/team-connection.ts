/*
 * The team connection, loaded on demand in a team build once a token is known: one WebSocket to the
 * team's sync server shared by a provider for the team document and one per shared run and
 * incident. It registers the backend the store verbs route to, mirrors every shared document into
 * the stores, keeps the status line and presence current, and keeps a copy of each document here.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { readIncident } from '../lib/team/incident-document.ts';
import { compareActions, readActions, type ItemAction } from '../lib/team/item-history.ts';
import { historyKey } from '../lib/team/history-text.ts';
import {
  landingRun,
  readChecklistOutline,
  type ChecklistOutline,
} from '../lib/team/landing-run.ts';
import { readNotesDraft, readRunChecklists } from '../lib/team/run-document.ts';
import {
  incidentDocumentName,
  runDocumentName,
  TEAM_DOCUMENT,
} from '../lib/team/team-documents.ts';
import { ongoingIncident, readIncidentSummaries, readTeamReleases } from '../lib/team/team-list.ts';
import {
  decodeIdentityMessage,
  describeIdentity,
  type TeamIdentity,
} from '../lib/team-sync/identity-message.ts';
import { refusalMessage } from '../lib/team-sync/refusal.ts';
import {
  $itemHistories,
  $teamMembership,
  $teamStatus,
  recordTeamIdentity,
  registerTeamBackend,
} from '../stores/team.ts';
import { $checklists } from '../stores/checklists.ts';
import { $releases } from '../stores/releases.ts';
import { mirrorRunWork, mirrorTeamIncidents, mirrorTeamRuns } from '../stores/team-mirror.ts';
import { keptDocument } from './document-copy.ts';
import { watchPresence } from './presence.ts';
import { teamBackend } from './team-backend.ts';

interface Connected {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  flush: () => void;
  stop: () => void;
}

/** Connect with the token the store holds now, and again whenever it changes (join, leave, another tab). */
export function startTeamConnection(url: string): void {
  let stopCurrent: (() => void) | undefined;
  let token: string | undefined;
  $teamMembership.subscribe((membership) => {
    if (membership.token === token) return;
    stopCurrent?.();
    stopCurrent = undefined;
    token = membership.token;
    if (token) stopCurrent = connect(url, token);
    else $teamStatus.set({ kind: 'off' });
  });
}

function connect(url: string, token: string): () => void {
  const socket = new HocuspocusProviderWebsocket({
    url,
    delay: 500,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 3000,
  });
  const connected = new Map<string, Connected>();
  let identity: TeamIdentity | undefined = $teamMembership.get().identity;
  let refused = false;
  // Documents the server has answered for at least once: the landing run is chosen only from the team's whole work.
  const synced = new Set<string>();
  $teamStatus.set({ kind: 'connecting' });

  socket.on('status', ({ status }: { status: string }) => {
    if (refused) return;
    if (status === 'connected')
      $teamStatus.set(identity ? { kind: 'connected', identity } : { kind: 'connecting' });
    else if (status === 'disconnected') $teamStatus.set({ kind: 'offline', identity });
  });

  function open(name: string, onChange: (doc: Y.Doc) => void, withAwareness = false): Connected {
    const existing = connected.get(name);
    if (existing) return existing;
    const kept = keptDocument(name);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: kept.doc,
      ...(withAwareness ? {} : { awareness: null }),
      onStateless: ({ payload }) => {
        const said = decodeIdentityMessage(payload);
        if (!said || refused) return;
        identity = said;
        recordTeamIdentity(said);
        $teamStatus.set({ kind: 'connected', identity });
      },
      onSynced: ({ state }) => {
        if (!state || synced.has(name)) return;
        synced.add(name);
        mirrorTeam();
      },
      onAuthenticationFailed: ({ reason }) => {
        refused = true;
        $teamStatus.set({ kind: 'refused', reason: refusalMessage(reason) });
        // The server will not take this token: stop asking. The copies here keep working locally.
        for (const entry of connected.values()) entry.provider.destroy();
        socket.destroy();
      },
    });
    const entry = { doc: kept.doc, provider, flush: kept.flush, stop: kept.stop };
    connected.set(name, entry);
    kept.doc.on('update', () => onChange(kept.doc));
    provider.attach();
    return entry;
  }

  const histories = (doc: Y.Doc): Record<string, ItemAction[]> => {
    const byItem: Record<string, ItemAction[]> = {};
    for (const action of readActions(doc).sort(compareActions))
      (byItem[historyKey(action.list, action.item)] ??= []).push(action);
    return byItem;
  };
  const publishHistories = (name: string, doc: Y.Doc) =>
    $itemHistories.set({ ...$itemHistories.get(), [name]: histories(doc) });

  const runDoc = (runId: string) =>
    open(runDocumentName(runId), (doc) => {
      mirrorRunWork(runId, readRunChecklists(doc), readNotesDraft(doc));
      publishHistories(runDocumentName(runId), doc);
    }).doc;

  const incidentDoc = (incidentId: string): Y.Doc =>
    open(incidentDocumentName(incidentId), () => mirrorIncidents()).doc;

  const outline: ChecklistOutline | undefined = readChecklistOutline(
    document.getElementById('checklist-outline')?.textContent,
  );
  const team = open(TEAM_DOCUMENT, () => mirrorTeam(), true);

  function mirrorIncidents() {
    const summaries = readIncidentSummaries(team.doc);
    const readable = summaries.flatMap((summary) => {
      const incident = readIncident(incidentDoc(summary.id));
      return incident ? [incident] : [];
    });
    mirrorTeamIncidents(
      summaries.map((summary) => summary.id),
      readable,
      ongoingIncident(summaries)?.id,
    );
  }

  /**
   * Someone who has not picked a run lands on the team's newest run not complete, once the team's
   * list and every run's document have arrived (before, a finished run would look open).
   */
  function landOn(releases: ReturnType<typeof readTeamReleases>): string | undefined {
    if ($releases.get().currentId !== undefined || !outline) return undefined;
    if (
      !synced.has(TEAM_DOCUMENT) ||
      releases.runs.some((run) => !synced.has(runDocumentName(run.id)))
    )
      return undefined;
    return landingRun(releases, outline, $checklists.get())?.id;
  }

  function mirrorTeam() {
    const releases = readTeamReleases(team.doc);
    mirrorTeamRuns(releases, landOn(releases));
    for (const run of releases.runs) {
      const doc = runDoc(run.id);
      mirrorRunWork(run.id, readRunChecklists(doc), readNotesDraft(doc));
      publishHistories(runDocumentName(run.id), doc);
    }
    mirrorIncidents();
  }

  registerTeamBackend(
    teamBackend({
      team: team.doc,
      run: runDoc,
      incident: incidentDoc,
      signature: () => ({
        at: new Date().toISOString(),
        ...(identity
          ? { by: describeIdentity(identity), ...(identity.role ? { role: identity.role } : {}) }
          : {}),
      }),
    }),
  );
  mirrorTeam();
  const stopPresence = watchPresence(team.provider, () => identity);
  const flushAll = () => connected.forEach((entry) => entry.flush());
  window.addEventListener('pagehide', flushAll);

  return () => {
    registerTeamBackend(undefined);
    stopPresence();
    window.removeEventListener('pagehide', flushAll);
    for (const entry of connected.values()) {
      entry.stop();
      entry.provider.destroy();
    }
    socket.destroy();
  };
}
