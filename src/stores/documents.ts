// Every document the site keeps in the browser, written out in one list, so that a backup cannot
// miss one: a unit test fails when a store makes a document that is not listed here.
import { checklistsDocument } from './checklists.ts';
import { identityDocument } from './identity.ts';
import { incidentsDocument } from './incidents.ts';
import { releaseNotesDocument } from './release-notes.ts';
import { releasesDocument } from './releases.ts';
import type { PersistentDocument } from './storage.ts';
import { teamMembershipDocument } from './team-membership.ts';

export interface ListedDocument extends PersistentDocument<unknown> {
  /** Whether a backup holds it (and a restore replaces it). */
  inBackup: boolean;
}

function listed<T>(document: PersistentDocument<T>, inBackup: boolean): ListedDocument {
  return { ...(document as unknown as PersistentDocument<unknown>), inBackup };
}

export const DOCUMENTS: readonly ListedDocument[] = [
  listed(releasesDocument, true),
  listed(checklistsDocument, true),
  listed(releaseNotesDocument, true),
  listed(incidentsDocument, true),
  // Who you are stays with this browser: restoring a colleague's handover must not sign your ticks
  // with their name.
  listed(identityDocument, false),
  // The team token is personal, like a password: a backup handed to someone must not carry it.
  ...(teamMembershipDocument ? [listed(teamMembershipDocument, false)] : []),
];

/** The documents a backup holds. */
export const BACKED_UP_DOCUMENTS = DOCUMENTS.filter((document) => document.inBackup);
