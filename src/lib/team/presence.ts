/*
 * Who else has the team open, and which run or incident they are viewing: each page publishes the
 * name the server gave its token and what is on screen in the team document's awareness. The one
 * shape of that, and how a page reads the others' states, which come from other browsers and are
 * checked as any input is.
 */
import { describeIdentity } from './identity-message.ts';

/** One other person with the team open; `viewing` is a document name (`run:<id>`, `incident:<id>`). */
export interface TeamPresence {
  name: string;
  role?: string | undefined;
  viewing?: string | undefined;
}

/** The presence in one awareness state, or undefined when it holds none that can be shown. */
export function readPresence(state: unknown): TeamPresence | undefined {
  const user = (state as { user?: unknown } | null)?.user as Record<string, unknown> | undefined;
  if (!user || typeof user.name !== 'string' || !user.name) return undefined;
  return {
    name: user.name.slice(0, 100),
    ...(typeof user.role === 'string' ? { role: user.role.slice(0, 100) } : {}),
    ...(typeof user.viewing === 'string' ? { viewing: user.viewing.slice(0, 200) } : {}),
  };
}

/** Everyone present but this page (`ownClientId`), from the awareness states by client id. */
export function othersPresent(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
): TeamPresence[] {
  return [...states].flatMap(([clientId, state]) => {
    const present = clientId === ownClientId ? undefined : readPresence(state);
    return present ? [present] : [];
  });
}

/**
 * The people present, each once (a person with several tabs open is one person), with the number
 * of their tabs when there are several: "Dana (QA Lead) in 2 tabs, Sam (Release Manager)". The
 * tabs of `self` (whom the server says this page is) come last, as this person's own.
 */
export function describePresent(
  present: readonly TeamPresence[],
  self?: Pick<TeamPresence, 'name' | 'role'>,
): string {
  const tabs = new Map<string, number>();
  for (const other of present) {
    const who = describeIdentity(other);
    tabs.set(who, (tabs.get(who) ?? 0) + 1);
  }
  const me = self && describeIdentity(self);
  const mine = (me && tabs.get(me)) || 0;
  if (me) tabs.delete(me);
  const others = [...tabs].map(([who, count]) => (count > 1 ? `${who} in ${count} tabs` : who));
  if (mine > 0) others.push(mine > 1 ? `you in ${mine} other tabs` : 'you in another tab');
  return others.join(', ');
}
