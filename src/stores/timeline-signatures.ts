// Who signed each shared incident's timeline entries, in the server's word, for the timeline and the
// export. A module of its own, loaded only with the timeline view and the team connection, so that
// no page's first load carries it. The team connection sets it through the setter below.
import { atom, type ReadableAtom } from 'nanostores';
import type { HistorySignature } from '../lib/team/history-text.ts';

/** One incident document's signatures, by timeline entry id. */
export type TimelineSignatures = Record<string, HistorySignature>;

const signatures = atom<Record<string, TimelineSignatures>>({});
/** By document name (`incident:<id>`), then entry id. */
export const $timelineSignatures: ReadableAtom<Record<string, TimelineSignatures>> = signatures;
/** One incident document's signatures as it holds them now; the other documents' stay. */
export function setTimelineSignatures(documentName: string, byEntry: TimelineSignatures): void {
  if (JSON.stringify(signatures.get()[documentName]) === JSON.stringify(byEntry)) return;
  signatures.set({ ...signatures.get(), [documentName]: byEntry });
}
