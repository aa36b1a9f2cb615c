import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

// Every island reads stores through this module: in a team build it starts team mode, once per page.
if (import.meta.env.SYNC_URL && typeof window !== 'undefined')
  void import('../../../team/team-mode.ts');

/**
 * The store's value, but `serverValue` while hydrating: the HTML was rendered from the empty
 * state, and the saved state (localStorage) is applied right after, without a hydration
 * mismatch. Works for computed stores too, which `useStore`'s `ssr` option does not cover.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getServerValue = useCallback(() => serverValue, [serverValue]);
  return useSyncExternalStore(subscribe, store.get, getServerValue);
}

/** False in the server's HTML and while hydrating, then true: controls that need the page's script wait for it. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
