/*
 * Who else has the team open, and which run or incident they are viewing, through the team
 * document's awareness: each page publishes the name the server gave its token and what it views.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { TeamIdentity } from '../lib/team-sync/identity-message.ts';
import { $teamPresence, $viewing } from '../stores/team.ts';

interface Present {
  name: string;
  role?: string | undefined;
  viewing?: string | undefined;
}

function readPresent(state: unknown): Present | undefined {
  const user = (state as { user?: unknown } | null)?.user as Record<string, unknown> | undefined;
  if (!user || typeof user.name !== 'string' || !user.name) return undefined;
  return {
    name: user.name.slice(0, 100),
    ...(typeof user.role === 'string' ? { role: user.role.slice(0, 100) } : {}),
    ...(typeof user.viewing === 'string' ? { viewing: user.viewing.slice(0, 200) } : {}),
  };
}

export function watchPresence(
  provider: HocuspocusProvider,
  identity: () => TeamIdentity | undefined,
): () => void {
  const awareness = provider.awareness;
  if (!awareness) return () => {};
  const publish = () => {
    const who = identity();
    awareness.setLocalStateField(
      'user',
      who ? { name: who.name, role: who.role, viewing: $viewing.get() } : null,
    );
  };
  const read = () => {
    const others = [...awareness.getStates()]
      .filter(([clientId]) => clientId !== awareness.clientID)
      .flatMap(([, state]) => {
        const present = readPresent(state);
        return present ? [present] : [];
      });
    $teamPresence.set(others);
  };
  awareness.on('change', read);
  const stopViewing = $viewing.subscribe(publish);
  provider.on('stateless', publish);
  return () => {
    awareness.off('change', read);
    provider.off('stateless', publish);
    stopViewing();
    $teamPresence.set([]);
  };
}
