/**
 * A storage engine for @nanostores/persistent (a string record) over localStorage that never
 * throws. When a write fails (quota full, storage disabled) the value is kept in memory, so the
 * page keeps working for this tab, and `onWriteFailure` is told once per key until a write
 * succeeds again. Keys marked as held are never written to storage: their stored text waits
 * to be kept aside.
 */
export interface SafeStorage {
  engine: Record<string, string>;
  /** Keep a key's stored text as it is: writes go to memory only. */
  hold: (key: string) => void;
  /** Write (or, with undefined, remove) a key directly; false when storage refused it. */
  write: (key: string, value: string | undefined) => boolean;
}

export function createSafeStorage(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  onWriteFailure: (key: string, error: unknown) => void,
): SafeStorage {
  const memory = new Map<string, string | undefined>();
  const held = new Set<string>();
  const failing = new Set<string>();

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const write = (key: string, value: string | undefined): boolean => {
    try {
      if (!storage) throw new Error('Storage is not available in this browser.');
      if (value === undefined) storage.removeItem(key);
      else storage.setItem(key, value);
      memory.delete(key);
      failing.delete(key);
      return true;
    } catch (error) {
      memory.set(key, value);
      if (!failing.has(key)) {
        failing.add(key);
        onWriteFailure(key, error);
      }
      return false;
    }
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string') return true;
      if (held.has(key)) memory.set(key, String(value));
      else write(key, String(value));
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string') return true;
      if (held.has(key)) memory.set(key, undefined);
      else write(key, undefined);
      return true;
    },
  });

  return {
    engine,
    hold: (key) => held.add(key),
    write: (key, value) => write(key, value),
  };
}
