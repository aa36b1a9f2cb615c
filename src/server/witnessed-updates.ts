/**
 * A read-write client's update, from the gate to the disk: checked when it passes the gate (update-checks.ts; a
 * refusal is logged and becomes the notice the gate sends), then, just before Hocuspocus applies it, stored durably
 * and followed by the server's witnesses of what it added (who sent it, when it arrived), written by the server
 * into the document's `witness` map and stored as well (lib/team/witness.ts).
 */
import type * as Y from 'yjs';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { encodeServerNotice } from '../lib/team/server-notice.ts';
import { WITNESS_ROOT, type Witness } from '../lib/team/witness.ts';
import type { AuditEntry } from './audit-log.ts';
import type { ServerLimits } from './limits.ts';
import { readIncomingMessage } from './incoming-message.ts';
import { alreadyHas, createUpdateChecker } from './update-checks.ts';
import type { UpdateStore } from './update-store.ts';

/** The transaction origin of the server's own writes. */
const WITNESS_ORIGIN = 'team-sync-server/witness';

export function witnessedUpdates(
  limits: ServerLimits,
  store: UpdateStore,
  record: (entry: AuditEntry) => void,
  loaded: (documentName: string) => Y.Doc | undefined,
) {
  const checker = createUpdateChecker(limits);
  // The witnesses of each update the gate passed, by its message.
  const checked = new WeakMap<Uint8Array, [string, Witness][]>();
  const holderFields = ({ name, role, access }: TeamIdentity) => ({ name, role, access });

  async function writeWitnesses(document: Y.Doc, name: string, witnesses: [string, Witness][]) {
    const updates: Uint8Array[] = [];
    const keep = (update: Uint8Array, origin: unknown) => {
      if (origin === WITNESS_ORIGIN) updates.push(update);
    };
    document.on('update', keep);
    document.transact(() => {
      const map = document.getMap(WITNESS_ROOT);
      for (const [key, witness] of witnesses) map.set(key, witness);
    }, WITNESS_ORIGIN);
    document.off('update', keep);
    for (const update of updates) await store.append(name, update);
  }

  return {
    setStoredBytes: checker.setStoredBytes,

    /** At the gate: the notice (JSON) for a refused update, or undefined to let it through. */
    check(holder: TeamIdentity, documentName: string, data: Uint8Array): string | undefined {
      if (checked.has(data)) return undefined;
      // Not loaded yet: Hocuspocus keeps the message until it is, then hands it back to the gate.
      const document = loaded(documentName);
      if (!document) return undefined;
      const message = readIncomingMessage(data);
      if (message.kind !== 'update') return undefined;
      if (alreadyHas(document, message.update)) return void checked.set(data, []);
      const verdict = checker.check(holder, documentName, document, message.update);
      if (verdict.ok) return void checked.set(data, verdict.witnesses);
      const { reason } = verdict.notice;
      record({ event: 'refused', reason, document: documentName, ...holderFields(holder) });
      return encodeServerNotice(verdict.notice);
    },

    /** Before Hocuspocus applies the update: stores it, then the witnesses. Throws `{ reason }` if refused here. */
    async store(
      holder: TeamIdentity,
      document: Y.Doc,
      name: string,
      data: Uint8Array,
      update: Uint8Array,
    ) {
      let witnesses = checked.get(data);
      if (!witnesses) {
        // Every update passes the gate first; should one not have, it is checked here, and refused by closing.
        const verdict = checker.check(holder, name, document, update);
        if (!verdict.ok) throw { reason: verdict.notice.reason };
        witnesses = verdict.witnesses;
      }
      // The same change can come twice (a first sync racing a live update); storing it twice is harmless.
      await store.append(name, update);
      if (witnesses.length > 0) await writeWitnesses(document, name, witnesses);
    },
  };
}
