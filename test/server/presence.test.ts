// Who is online is the server's word: a read-only token cannot publish a presence, and a read-write one is shown
// under its own name whatever name its client writes.
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { holders, waitFor } from '../support/sync-server.mjs';
import { useSyncServer } from './server-harness.ts';

const sync = useSyncServer();

/** An awareness update claiming to be `name`, as a hand-made client would send it. */
function spoofedPresence(name: string, extra: Record<string, unknown> = {}) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name, role: 'CTO', viewing: 'run:r1' }, ...extra });
  return encodeAwarenessUpdate(awareness, [awareness.clientID]);
}

const othersSeenBy = (client: ReturnType<typeof sync.client>) =>
  [...client.provider.awareness!.getStates()]
    .filter(([clientId]) => clientId !== client.provider.awareness!.clientID)
    .map(([, state]) => state);

describe('presence', () => {
  it('drops the presence a read-only token publishes', async () => {
    await sync.start();
    const dana = sync.client('team', holders.dana.token);
    await dana.authenticated;
    const olu = await sync.raw();
    expect(await olu.authenticate('team', holders.olu.token)).toBe('readonly');
    olu.sendAwareness('team', spoofedPresence('Alex'));

    // Sam's real presence arrives after Olu's would have: by then Dana has seen whatever the server relayed.
    const sam = sync.client('team', holders.sam.token);
    await sam.authenticated;
    sam.provider.awareness!.setLocalStateField('user', { name: 'Sam', viewing: 'run:r1' });
    await waitFor(() => othersSeenBy(dana).length > 0, 'Sam’s presence reaches Dana');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(othersSeenBy(dana)).toEqual([
      { user: { name: 'Sam', role: 'Release Manager', viewing: 'run:r1' } },
    ]);
  });

  it('shows a read-write token’s presence under the name the server knows it by', async () => {
    await sync.start();
    const dana = sync.client('team', holders.dana.token);
    await dana.authenticated;
    const sam = await sync.raw();
    await sam.authenticate('team', holders.sam.token);
    sam.sendAwareness('team', spoofedPresence('Alex', { admin: true, big: 'x'.repeat(1000) }));
    await waitFor(() => othersSeenBy(dana).length > 0, 'Sam’s presence reaches Dana');
    expect(othersSeenBy(dana)).toEqual([
      { user: { name: 'Sam', role: 'Release Manager', viewing: 'run:r1' } },
    ]);
  });
});
