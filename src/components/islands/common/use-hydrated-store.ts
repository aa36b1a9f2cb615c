import { useCallback, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

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

const NEVER_CHANGES = () => () => undefined;

/**
 * False in the server's HTML and while hydrating, then true: controls that need the page's script
 * wait for it. The same switch as a store's (React renders again after hydrating, with the
 * browser's value), so no effect has to set it.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    NEVER_CHANGES,
    () => true,
    () => false,
  );
}

/**
 * The time now, once the page runs; undefined in the server's HTML and while hydrating. Every island
 * gets `now` this way: the server cannot know the reader's now (the build's would be wrong, and
 * rendering it would not match the HTML being hydrated), so times relative to now wait for the page.
 */
export function useNow(): Date | undefined {
  return useMounted() ? new Date() : undefined;
}
