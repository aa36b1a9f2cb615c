// Presence through the team document's awareness, with an awareness in memory: this page publishes
// the server's name for its token and what it views, and the store lists the others.
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamIdentity } from '../../../src/lib/team/identity-message.ts';
import { $teamPresence, setViewing } from '../../../src/stores/team-status.ts';
import { watchPresence, type PresenceAwareness } from '../../../src/team/presence.ts';

/** An awareness as y-protocols keeps it: states by client id, and a change event. */
function memoryAwareness(clientID: number) {
  const states = new Map<number, Record<string, unknown>>();
  let listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((listener) => listener());
  const awareness: PresenceAwareness = {
    clientID,
    getStates: () => states,
    setLocalStateField: (field, value) => {
      states.set(clientID, { ...states.get(clientID), [field]: value });
      changed();
    },
    on: (_event, listener) => listeners.push(listener),
    off: (_event, listener) => {
      listeners = listeners.filter((each) => each !== listener);
    },
  };
  /** Another page's state arriving. */
  const arrive = (otherId: number, state: Record<string, unknown>) => {
    states.set(otherId, state);
    changed();
  };
  return { awareness, states, arrive };
}

const DANA: TeamIdentity = { name: 'Dana', role: 'QA Lead', access: 'read-write' };

beforeEach(() => setViewing(undefined));

describe('presence', () => {
  it('publishes who this page is and what it views, once the server has named the token', () => {
    const { awareness, states } = memoryAwareness(1);
    const named: { identity?: TeamIdentity } = {};
    const presence = watchPresence(awareness, () => named.identity);
    expect(states.get(1)).toEqual({ user: null });
    named.identity = DANA;
    presence.publish();
    expect(states.get(1)).toEqual({ user: { name: 'Dana', role: 'QA Lead', viewing: undefined } });
    setViewing('run:42');
    expect(states.get(1)).toEqual({ user: { name: 'Dana', role: 'QA Lead', viewing: 'run:42' } });
    presence.stop();
  });

  it('lists the others as they come and go, and nobody once stopped', () => {
    const { awareness, arrive } = memoryAwareness(1);
    const presence = watchPresence(awareness, () => DANA);
    arrive(2, { user: { name: 'Sam', viewing: 'incident:9' } });
    expect($teamPresence.get()).toEqual([{ name: 'Sam', viewing: 'incident:9' }]);
    arrive(2, { user: null });
    expect($teamPresence.get()).toEqual([]);
    arrive(3, { user: { name: 'Lee' } });
    presence.stop();
    expect($teamPresence.get()).toEqual([]);
    arrive(4, { user: { name: 'Kim' } });
    expect($teamPresence.get()).toEqual([]);
  });
});
