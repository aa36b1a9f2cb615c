import { describe, expect, it } from 'vitest';
import {
  isQuarantineKey,
  quarantinedDocumentKey,
  quarantineKey,
  storageKey,
} from '../../../src/lib/storage/storage-keys.ts';

describe('quarantine keys', () => {
  it('name the document the data was kept aside from', () => {
    const key = quarantineKey(storageKey('release-notes'), new Date('2026-11-26T16:05:00.000Z'));
    expect(key).toBe(
      'octoacme-rg:quarantine:octoacme-rg:v1:release-notes:2026-11-26T16:05:00.000Z',
    );
    expect(isQuarantineKey(key)).toBe(true);
    expect(quarantinedDocumentKey(key)).toBe('octoacme-rg:v1:release-notes');
  });

  it('that name no document come back whole', () => {
    expect(quarantinedDocumentKey('octoacme-rg:quarantine:odd')).toBe('octoacme-rg:quarantine:odd');
    expect(isQuarantineKey(storageKey('releases'))).toBe(false);
  });
});
