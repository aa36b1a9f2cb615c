import { type ComponentType, createElement, lazy, useEffect } from 'react';

/**
 * Views that appear only after an interaction (an ongoing incident, a dialog, a preview) load as
 * their own chunk, which keeps each interactive page's first load within its JavaScript budget.
 * `usePreloadWhenIdle` fetches them as soon as the page is idle, so they are there before anyone
 * clicks; the offline worker precaches every chunk.
 */
export interface LazyView<Props> {
  View: ComponentType<Props>;
  preload(): Promise<unknown>;
}

export function lazyView<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyView<Props> {
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
  return { View, preload };
}

export function usePreloadWhenIdle(...views: Array<Pick<LazyView<never>, 'preload'>>): void {
  useEffect(() => {
    const preloadAll = () => views.forEach((view) => void view.preload());
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preloadAll, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(preloadAll, 200);
    return () => clearTimeout(handle);
    // The views are module-level constants: preload once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
