import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BACKED_UP_DOCUMENTS, DOCUMENTS } from '../../../src/stores/documents.ts';
import { createdDocuments } from '../../../src/stores/storage.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';

const STORES = fileURLToPath(new URL('../../../src/stores/', import.meta.url));

describe('the list of documents', () => {
  it('holds every document that any store module makes, each once, with its own store and codec', async () => {
    // Load every store module, also one that nothing imports yet: its documents must be listed too.
    const modules = readdirSync(STORES).filter((file) => file.endsWith('.ts'));
    expect(modules).toContain('releases.ts');
    for (const file of modules) await import(`${STORES}${file}`);

    const created = createdDocuments();
    expect(created.length).toBeGreaterThanOrEqual(5);
    expect(new Set(DOCUMENTS.map((document) => document.key)).size).toBe(DOCUMENTS.length);
    expect(DOCUMENTS.map((document) => document.key).sort()).toEqual(
      created.map((document) => document.key).sort(),
    );
    for (const document of created) {
      const listed = DOCUMENTS.find((candidate) => candidate.key === document.key);
      expect(listed?.store).toBe(document.store);
      expect(listed?.codec).toBe(document.codec);
    }
  });

  it('puts all the release work in backups, and not who you are or your team token', () => {
    expect(BACKED_UP_DOCUMENTS.map((document) => document.key).sort()).toEqual(
      ['checklists', 'incidents', 'release-notes', 'releases'].map(storageKey).sort(),
    );
    expect(DOCUMENTS.find((document) => document.key === storageKey('identity'))?.inBackup).toBe(
      false,
    );
    expect(DOCUMENTS.find((document) => document.key === storageKey('team'))?.inBackup).toBe(false);
  });
});
