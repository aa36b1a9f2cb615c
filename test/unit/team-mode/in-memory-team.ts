// Team mode's browser side without a server: the team connection's wiring (src/team) over Yjs
// documents in memory. The store verbs route to the team backend, the backend writes the documents,
// and every change to a document is mirrored back into the stores, as the connection does.
import * as Y from 'yjs';
import type { ChecklistOutline } from '../../../src/lib/team/landing-run.ts';
import type { TeamSignature } from '../../../src/lib/team/team-documents.ts';
import { registerTeamBackend } from '../../../src/stores/team.ts';
import { teamBackend } from '../../../src/team/team-backend.ts';
import {
  teamMirror,
  type OpenDocument,
  type TeamMirror,
} from '../../../src/team/team-mirroring.ts';

export interface InMemoryTeam {
  team: Y.Doc;
  /** The documents opened so far, by name. */
  documents: Map<string, Y.Doc>;
  mirror: TeamMirror;
}

/** Register a team backend over new documents; `signature` signs what this browser writes. */
export function inMemoryTeam(
  signature: () => TeamSignature,
  outline?: ChecklistOutline,
  team = new Y.Doc(),
): InMemoryTeam {
  const documents = new Map<string, Y.Doc>();
  const open: OpenDocument = (name, onChange) => {
    const existing = documents.get(name);
    if (existing) return existing;
    const doc = new Y.Doc();
    documents.set(name, doc);
    doc.on('update', () => onChange(doc));
    return doc;
  };
  const mirror = teamMirror({ team, open, synced: () => true }, outline);
  team.on('update', () => mirror.mirrorTeam());
  registerTeamBackend(
    teamBackend({
      team,
      run: mirror.runDocument,
      incident: mirror.incidentDocument,
      signature,
    }),
  );
  mirror.mirrorTeam();
  return { team, documents, mirror };
}
