import { beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { envelope, freshStorage, storedData } from '../../support/store-storage.ts';
import { $releaseNotes, replaceNotesDraft } from '../../../src/stores/release-notes.ts';

const NOTES = storageKey('release-notes');

describe('release-notes drafts', () => {
  beforeEach(() => freshStorage({ [NOTES]: envelope({ a: { Summary: 'First' } }) }));

  it('are replaced per run, and removed with undefined', () => {
    replaceNotesDraft('b', { Summary: 'Second', 'Known issues': '' });
    replaceNotesDraft('a', { Summary: 'First, edited' });
    expect($releaseNotes.get()).toEqual({
      a: { Summary: 'First, edited' },
      b: { Summary: 'Second', 'Known issues': '' },
    });
    replaceNotesDraft('a', undefined);
    expect($releaseNotes.get()).toEqual({ b: { Summary: 'Second', 'Known issues': '' } });
    expect(storedData(NOTES)).toEqual($releaseNotes.get());
  });
});
