import { type ComponentType, createElement, lazy, useEffect, useRef, useState } from 'react';

/**
 * Views that appear only after an interaction (an ongoing incident, a dialog, a preview) load as
 * their own chunk, which keeps each interactive page's first load within its JavaScript budget.
 * `usePreloadWhenIdle` fetches them as soon as the page is idle, so they are there before anyone
 * clicks; the offline worker precaches every chunk.
 */
export type LazyView<Props> = ComponentType<Props> & {
  preload(): Promise<unknown>;
  isLoaded(): boolean;
};

interface Preloadable {
  preload(): Promise<unknown>;
  isLoaded?(): boolean;
}

const createdViews: Preloadable[] = [];

/** Every view made so far, loaded: what a page does when idle, for tests that act at once. */
export const preloadAllViews = () => Promise.all(createdViews.map((view) => view.preload()));

/** The component, rendered once its chunk is loaded, with `.preload()` attached: one statement per view. */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyView<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  let loaded: ComponentType<Props> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload) as unknown as ComponentType<Props>;
  // Once loaded (usually at idle, before it is needed) the view renders at once, without suspending.
  const View = (props: Props) => createElement(loaded ?? Lazy, props);
  const view: LazyView<Props> = Object.assign(View, {
    preload,
    isLoaded: () => loaded !== undefined,
  });
  createdViews.push(view);
  return view;
}

/** Loads the views when the page is idle; true once they are all there (controls that open them can wait for it). */
export function usePreloadWhenIdle(...views: Preloadable[]): boolean {
  // Known at once when they were loaded before (never while hydrating: the server loads none).
  const [loaded, setLoaded] = useState(() => views.every((view) => view.isLoaded?.() ?? false));
  // The views of the first render: they are module-level constants, preloaded once per mount.
  const requested = useRef(views);
  useEffect(() => {
    let live = true;
    const preloadAll = () =>
      void Promise.all(requested.current.map((view) => view.preload())).then(
        () => live && setLoaded(true),
        () => undefined, // Offline without the chunk: the view's own Suspense says nothing, and the page keeps working.
      );
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preloadAll, { timeout: 2000 });
      return () => {
        live = false;
        cancelIdleCallback(handle);
      };
    }
    const handle = setTimeout(preloadAll, 200);
    return () => {
      live = false;
      clearTimeout(handle);
    };
  }, []);
  return loaded;
}
