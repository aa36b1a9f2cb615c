import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../../src/lib/storage/safe-storage.ts';
import {
  isQuarantineKey,
  parseQuarantineKey,
  quarantineKey,
  storageKey,
} from '../../../src/lib/storage/storage-keys.ts';

/** A Storage that accepts at most `capacity` characters, like a browser's quota. */
function limitedStorage(capacity: number) {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const before = data.get(key);
      data.set(key, value);
      if (used() > capacity) {
        if (before === undefined) data.delete(key);
        else data.set(key, before);
        throw new DOMException('quota', 'QuotaExceededError');
      }
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('createSafeStorage', () => {
  it('reads and writes through to storage', () => {
    const storage = limitedStorage(1000);
    const { engine } = createSafeStorage(storage, () => {});
    engine.a = '1';
    expect(storage.data.get('a')).toBe('1');
    expect('a' in engine).toBe(true);
    expect(engine.a).toBe('1');
    delete engine.a;
    expect('a' in engine).toBe(false);
  });

  it('keeps working in memory when storage is full, and says so once', () => {
    const storage = limitedStorage(20);
    const failures: string[] = [];
    const { engine } = createSafeStorage(storage, (key) => failures.push(key));
    engine.k = 'x'.repeat(50);
    engine.k = 'y'.repeat(60);
    expect(engine.k).toBe('y'.repeat(60));
    expect(storage.data.has('k')).toBe(false);
    expect(failures).toEqual(['k']);
    engine.k = 'small';
    expect(storage.data.get('k')).toBe('small');
  });

  it('works without any storage at all', () => {
    const failures: string[] = [];
    const { engine } = createSafeStorage(undefined, (key) => failures.push(key));
    engine.k = 'v';
    expect(engine.k).toBe('v');
    expect(failures).toEqual(['k']);
  });

  it('never writes a held key, so its stored text stays as it was', () => {
    const storage = limitedStorage(1000);
    storage.setItem('k', 'corrupt');
    const safe = createSafeStorage(storage, () => {});
    safe.hold('k');
    safe.engine.k = 'new';
    delete safe.engine.x;
    expect(safe.engine.k).toBe('new');
    expect(storage.data.get('k')).toBe('corrupt');
  });

  it('survives a storage whose every call throws', () => {
    const hostile = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const { engine } = createSafeStorage(hostile, () => {});
    expect(engine.k).toBeUndefined();
    engine.k = 'v';
    expect(engine.k).toBe('v');
  });
});

describe('storage keys', () => {
  it('namespaces and versions keys, and recognises quarantine keys', () => {
    expect(storageKey('releases')).toBe('octoacme-rg:v1:releases');
    const kept = quarantineKey('octoacme-rg:v1:releases', new Date('2026-11-26T16:05:00.000Z'));
    expect(kept).toBe('octoacme-rg:quarantine:octoacme-rg:v1:releases:2026-11-26T16:05:00.000Z');
    expect(isQuarantineKey(kept)).toBe(true);
    expect(isQuarantineKey('octoacme-rg:v1:releases')).toBe(false);
  });

  it('reads back which key a quarantine key keeps, and when', () => {
    const kept = quarantineKey('octoacme-rg:v1:releases', new Date('2026-11-26T16:05:00.000Z'));
    expect(parseQuarantineKey(kept)).toEqual({
      key: 'octoacme-rg:v1:releases',
      keptAt: '2026-11-26T16:05:00.000Z',
    });
    expect(parseQuarantineKey('octoacme-rg:v1:releases')).toBeUndefined();
    expect(parseQuarantineKey('octoacme-rg:quarantine:no-time')).toBeUndefined();
  });
});
