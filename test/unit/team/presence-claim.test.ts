import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { claimPresence } from '../../../src/lib/team/presence-claim.ts';

function states(update: Uint8Array) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  applyAwarenessUpdate(awareness, update, 'test');
  return [...awareness.getStates().values()];
}

function presence(state: unknown) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state as Record<string, unknown> | null);
  return encodeAwarenessUpdate(awareness, [awareness.clientID]);
}

describe('claimPresence', () => {
  it('puts the sender’s name and role in place of the ones the client wrote, keeping what it views', () => {
    const claimed = claimPresence(
      presence({ user: { name: 'Alex', role: 'CTO', viewing: 'run:1' } }),
      {
        name: 'Sam',
        role: 'Release Manager',
      },
    );
    expect(states(claimed)).toEqual([
      { user: { name: 'Sam', role: 'Release Manager', viewing: 'run:1' } },
    ]);
  });

  it('keeps nothing else the client wrote, and cuts what it views to 200 characters', () => {
    const claimed = claimPresence(
      presence({ user: { name: 'Alex', viewing: 'v'.repeat(500), admin: true }, cursor: 'x' }),
      { name: 'Sam' },
    );
    expect(states(claimed)).toEqual([{ user: { name: 'Sam', viewing: 'v'.repeat(200) } }]);
  });

  it('relays a presence without a user as empty, and a client going away as gone', () => {
    expect(states(claimPresence(presence({ cursor: 1 }), { name: 'Sam' }))).toEqual([{}]);
    expect(states(claimPresence(presence(null), { name: 'Sam' }))).toEqual([]);
  });

  it('throws on an update it cannot read', () => {
    expect(() => claimPresence(new Uint8Array([5, 1]), { name: 'Sam' })).toThrow();
  });
});
