import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focus an element once the next render is done. When the focused button goes away (Delete with its
 * run, Undo with its message), focus moves somewhere that makes sense instead of to the top of the page.
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  // The target waits in a ref; the counter asks for the render after which it is focused.
  const target = useRef<RefObject<HTMLElement | null>>(undefined);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    target.current?.current?.focus();
    target.current = undefined;
  }, [requests]);
  return useCallback((next) => {
    target.current = next;
    setRequests((count) => count + 1);
  }, []);
}
