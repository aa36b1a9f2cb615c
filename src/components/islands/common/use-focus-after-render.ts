import { useEffect, useState, type RefObject } from 'react';

/**
 * Focus an element once the next render is done. When the focused button goes away (Delete with its
 * run, Undo with its message), focus moves somewhere that makes sense instead of to the top of the page.
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const [target, setTarget] = useState<RefObject<HTMLElement | null>>();
  useEffect(() => {
    if (!target) return;
    target.current?.focus();
    setTarget(undefined);
  }, [target]);
  return setTarget;
}
