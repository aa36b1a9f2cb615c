/*
 * Every shared document is also kept in this browser (its Yjs state, as base64), written shortly
 * after each change and when the page is hidden, and applied before connecting. Work done offline
 * then survives a reload and merges when the connection returns: nothing a person saw saved is lost.
 * A document too large for what storage has left, or over MAX_COPY_BYTES, is kept out of it, with a
 * message about that document only, so that it never takes the room the person's other work needs.
 * A document over the limit is never encoded for storage: encoding megabytes held the page for
 * seconds. Its size is told from the changes it received since it was last kept.
 */
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { readCopy, writeCopy } from '../stores/storage.ts';
import { setTeamRefusal } from '../stores/team-status.ts';

const WRITE_DELAY_MS = 250;
/** The largest document kept in this browser (as Yjs state; its copy is a third larger). A run or an incident is tens of KB. */
export const MAX_COPY_BYTES = 1024 * 1024;

/** Base64 in chunks of characters: lib0's, a character at a time, held the page for 100s of ms on a megabyte. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function copyName(documentName: string): string {
  return `team-copy:${documentName}`;
}

function tooLargeToKeep(documentName: string): string {
  const what = documentName.startsWith('incident:')
    ? 'This incident'
    : documentName.startsWith('run:')
      ? 'This run'
      : 'The team’s list';
  return `${what} is too large to keep in this browser: it stays on the team’s server, and what is changed here while offline is lost on reload. Your other work is saved as usual.`;
}

/** A document with this browser's copy applied; its later changes are kept. Returns the document and a flush. */
export function keptDocument(documentName: string): {
  doc: Y.Doc;
  flush: () => void;
  stop: () => void;
} {
  const doc = new Y.Doc();
  const stored = readCopy(copyName(documentName));
  if (stored) {
    try {
      Y.applyUpdate(doc, fromBase64(stored), 'copy');
    } catch {
      // An unreadable copy is ignored (and replaced at the next change): the server's document fills this one.
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let tooLarge = false;
  // At most the document's size: what was kept last, plus every change since (merged, they take no more room).
  let size = stored ? (stored.length * 3) / 4 : 0;
  const keepOut = () => {
    tooLarge = true;
    // The stale copy goes too: it would hold room that the person's other work needs.
    writeCopy(copyName(documentName), undefined);
    setTeamRefusal(tooLargeToKeep(documentName));
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty || tooLarge) return;
    dirty = false;
    const state = Y.encodeStateAsUpdate(doc);
    size = state.length;
    if (size > MAX_COPY_BYTES || !writeCopy(copyName(documentName), toBase64(state))) keepOut();
  };
  const onUpdate = (update: Uint8Array) => {
    size += update.length;
    dirty = true;
    if (tooLarge) return;
    // Past the limit, it is checked at once, before more changes make it larger to encode.
    if (size > MAX_COPY_BYTES) flush();
    else if (timer === undefined) timer = setTimeout(flush, WRITE_DELAY_MS);
  };
  doc.on('update', onUpdate);
  return {
    doc,
    flush,
    stop: () => {
      flush();
      doc.off('update', onUpdate);
    },
  };
}

/** Forget this browser's copy of a document (its next connection starts from the server's). */
export function dropCopy(documentName: string): void {
  writeCopy(copyName(documentName), undefined);
}
