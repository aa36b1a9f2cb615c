/**
 * Which documents exist: the team document, and the runs and incidents the team's own list knows (listed now, or
 * listed once: the server's witness of their creation). A page opens a run's document just before it lists the run,
 * and work done offline may arrive in any order, so a few documents the list does not know yet are admitted too;
 * past that cap, a name the list does not know is refused unless the list learns it within a moment. The runs and
 * incidents the list may hold are capped as well (checked on the team document's updates).
 */
import type * as Y from 'yjs';
import { parseTeamDocumentName } from '../lib/team/team-documents.ts';
import { createdWitnessKey, WITNESS_ROOT } from '../lib/team/witness.ts';
import type { ServerLimits } from './limits.ts';

export type AdmissionRefusal =
  'document-name-too-long' | 'unknown-document' | 'too-many-unlisted-documents';

export interface DocumentAdmission {
  admit(documentName: string): Promise<AdmissionRefusal | undefined>;
}

const LIST_WAIT_MS = 3000;
const LIST_POLL_MS = 100;

export function createDocumentAdmission(
  limits: ServerLimits,
  teamDocument: () => Promise<Y.Doc>,
  storedNames: readonly string[],
): DocumentAdmission {
  const unlisted = new Set<string>();
  const knows = (team: Y.Doc, name: string) => {
    const parsed = parseTeamDocumentName(name);
    if (!parsed || parsed.kind === 'team') return true;
    const root = parsed.kind === 'run' ? 'runs' : 'incidents';
    return (
      team.getMap(root).has(parsed.id!) ||
      team.getMap(WITNESS_ROOT).has(createdWitnessKey(root, parsed.id!))
    );
  };
  const unlistedCount = (team: Y.Doc) => {
    for (const name of unlisted) if (knows(team, name)) unlisted.delete(name);
    return unlisted.size;
  };
  let seeded = false;

  return {
    async admit(name) {
      if (name.length > limits.maxDocumentNameLength) return 'document-name-too-long';
      if (!parseTeamDocumentName(name)) return 'unknown-document';
      let team = await teamDocument();
      if (!seeded) {
        seeded = true;
        for (const stored of storedNames) if (!knows(team, stored)) unlisted.add(stored);
      }
      if (knows(team, name) || unlisted.has(name)) return undefined;
      const deadline = Date.now() + LIST_WAIT_MS;
      while (unlistedCount(team) >= limits.maxUnlistedDocuments) {
        if (Date.now() > deadline) return 'too-many-unlisted-documents';
        await new Promise((resolve) => setTimeout(resolve, LIST_POLL_MS));
        team = await teamDocument();
        if (knows(team, name)) return undefined;
      }
      unlisted.add(name);
      return undefined;
    },
  };
}
