/*
 * Every shared document is also kept in this browser (its Yjs state, as base64), written shortly
 * after each change and when the page is hidden, and applied before connecting. Work done offline
 * then survives a reload and merges when the connection returns: nothing a person saw saved is lost.
 * A document too large for what storage has left is kept out of it, with a message about that
 * document only, so that it never takes the room the person's other work needs.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { readCopy, writeCopy } from '../stores/storage.ts';
import { setTeamRefusal } from '../stores/team-status.ts';

const WRITE_DELAY_MS = 250;

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
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    if (writeCopy(copyName(documentName), toBase64(Y.encodeStateAsUpdate(doc)))) return;
    // The stale copy goes too: it would hold room that the person's other work needs.
    writeCopy(copyName(documentName), undefined);
    setTeamRefusal(tooLargeToKeep(documentName));
  };
  const onUpdate = () => {
    dirty = true;
    if (timer === undefined) timer = setTimeout(flush, WRITE_DELAY_MS);
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
