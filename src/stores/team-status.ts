// What the team connection reports for the page to show (its status, who else is here, each shared
// item's history, why a change was refused) and what this page is viewing, for the others. Read-only
// atoms: the connection and the team's seam change them through the named setters below.
import { atom, type ReadableAtom } from 'nanostores';
import type { HistoryAction } from '../lib/team/history-text.ts';
import type { TeamPresence } from '../lib/team/presence.ts';
import type { TeamStatus } from '../lib/team/team-status.ts';

const status = atom<TeamStatus>({ kind: 'off' });
/** The connection's state, for the status line. */
export const $teamStatus: ReadableAtom<TeamStatus> = status;
export function setTeamStatus(next: TeamStatus): void {
  status.set(next);
}

const presence = atom<TeamPresence[]>([]);
/** Who else has the team open, and what they are viewing (`run:<id>`, `incident:<id>`). */
export const $teamPresence: ReadableAtom<TeamPresence[]> = presence;
export function setTeamPresence(others: TeamPresence[]): void {
  presence.set(others);
}

const viewing = atom<string | undefined>(undefined);
/** What this page is viewing, for the others' presence. */
export const $viewing: ReadableAtom<string | undefined> = viewing;
export function setViewing(documentName: string | undefined): void {
  viewing.set(documentName);
}

const refusal = atom('');
/** Why the last change was not made (a read-only token), for the status line. */
export const $teamRefusal: ReadableAtom<string> = refusal;
export function setTeamRefusal(reason: string): void {
  refusal.set(reason);
}

/** Item histories of one document, by `<list>\n<item>`, each in history order. */
export type DocumentHistories = Record<string, HistoryAction[]>;

const histories = atom<Record<string, DocumentHistories>>({});
/** Each shared document's item histories, by document name. */
export const $itemHistories: ReadableAtom<Record<string, DocumentHistories>> = histories;
/** One document's histories as it holds them now; the other documents' stay. */
export function setItemHistories(documentName: string, byItem: DocumentHistories): void {
  histories.set({ ...histories.get(), [documentName]: byItem });
}
