/**
 * The checks on one update from a read-write token, before Hocuspocus applies it: its size, the size the document
 * would reach, how many runs and incidents the team's list would hold, and what the update does to the shared
 * history (lib/team/witness.ts: append-only history, the server-only witness, times not ahead of the server). A
 * passed update comes with the witnesses the server writes once it is applied; a refused one with the notice
 * sent to the page (lib/team/server-notice.ts), naming the setting it went over.
 */
import * as Y from 'yjs';
import { describeBytes, type ChangeRefusal } from '../lib/team/server-notice.ts';
import { describeUpdate, type PlacedRange } from '../lib/team/update-effects.ts';
import { checkAndWitness, type Witness } from '../lib/team/witness.ts';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { LIMIT_SETTINGS, type ServerLimits } from './limits.ts';

export type UpdateVerdict =
  { ok: true; witnesses: [string, Witness][] } | { ok: false; notice: ChangeRefusal };

/**
 * What was checked but perhaps not applied yet (Hocuspocus applies an update once it is on disk, milliseconds
 * later) is remembered for this long, then forgotten: by then it is in the document, or never will be.
 */
const IN_FLIGHT_MS = 30_000;

export interface UpdateChecker {
  check(holder: TeamIdentity, documentName: string, doc: Y.Doc, update: Uint8Array): UpdateVerdict;
  /** The size of a document as stored (after loading or compacting it). */
  setStoredBytes(documentName: string, bytes: number): void;
}

export function createUpdateChecker(limits: ServerLimits, now: () => Date = () => new Date()) {
  const storedBytes = new Map<string, number>();
  // Places of the items of updates checked but perhaps not applied yet, per document, with when they were checked.
  const recent = new Map<string, { range: PlacedRange; at: number }[]>();
  const recentRanges = (name: string) => {
    const kept = (recent.get(name) ?? []).filter(({ at }) => at > Date.now() - IN_FLIGHT_MS);
    if (kept.length > 0) recent.set(name, kept);
    else recent.delete(name);
    return kept;
  };
  // Runs and incidents listed by updates checked but perhaps not applied yet ("runs/<id>" → when).
  const listedInFlight = new Map<string, number>();
  const listedCount = (team: Y.Doc) => {
    for (const [key, at] of listedInFlight) {
      const [root, id] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
      if (team.getMap(root).has(id) || at < Date.now() - IN_FLIGHT_MS) listedInFlight.delete(key);
    }
    return team.getMap('runs').size + team.getMap('incidents').size + listedInFlight.size;
  };
  const refused = (
    document: string,
    reason: ChangeRefusal['reason'],
    message: string,
    limit?: keyof ServerLimits,
    actual?: number,
  ): UpdateVerdict => ({
    ok: false,
    notice: {
      type: 'team-sync/refused',
      document,
      reason,
      ...(limit ? { setting: LIMIT_SETTINGS[limit], limit: limits[limit] } : {}),
      ...(actual !== undefined ? { actual } : {}),
      message: message.slice(0, 500),
    },
  });

  const checker: UpdateChecker = {
    setStoredBytes: (name, bytes) => storedBytes.set(name, bytes),
    check(holder, name, doc, update) {
      const size = update.byteLength;
      if (size > limits.maxUpdateBytes)
        return refused(
          name,
          'update-too-large',
          `This change was too large to share (${describeBytes(size)}; the team’s server takes at most ${describeBytes(limits.maxUpdateBytes)} at once).`,
          'maxUpdateBytes',
          size,
        );
      const documentSize = (storedBytes.get(name) ?? 0) + size;
      if (documentSize > limits.maxDocumentBytes)
        return refused(
          name,
          'document-too-large',
          `This change was not shared: the document would be ${describeBytes(documentSize)}, over the team’s server limit of ${describeBytes(limits.maxDocumentBytes)}.`,
          'maxDocumentBytes',
          documentSize,
        );
      let effects;
      try {
        const ranges = recentRanges(name).map(({ range }) => range);
        effects = describeUpdate(doc, update, ranges);
      } catch {
        return refused(
          name,
          'unreadable-update',
          'This change was not shared: the server could not read it.',
        );
      }
      const verdict = checkAndWitness(doc, effects, holder, now(), limits);
      if (verdict.refusal) {
        const { reason, detail, actual } = verdict.refusal;
        const limit =
          reason === 'time-ahead-of-server'
            ? 'maxClockAheadMs'
            : reason === 'text-too-long'
              ? 'maxTextLength'
              : undefined;
        return refused(name, reason, `This change was not shared: ${detail}.`, limit, actual);
      }
      if (name === 'team' && verdict.newlyListed.length > 0) {
        const listed = listedCount(doc);
        const adding = verdict.newlyListed.filter((key) => !listedInFlight.has(key)).length;
        if (listed + adding > limits.maxDocuments)
          return refused(
            name,
            'too-many-documents',
            `This run or incident was not shared: the team already has ${listed}, the most the team’s server keeps.`,
            'maxDocuments',
            listed + adding,
          );
        verdict.newlyListed.forEach((key) => listedInFlight.set(key, Date.now()));
      }
      storedBytes.set(name, documentSize);
      const at = Date.now();
      recent.set(name, [...recentRanges(name), ...effects.placed.map((range) => ({ range, at }))]);
      return { ok: true, witnesses: verdict.witnesses };
    },
  };
  return checker;
}

/** Whether the document already holds everything in the update (a first sync often repeats it all). */
export const alreadyHas = (doc: Y.Doc, update: Uint8Array) =>
  Y.snapshotContainsUpdate(Y.snapshot(doc), update);
