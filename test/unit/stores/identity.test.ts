import { beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { freshStorage, storedData } from '../../support/store-storage.ts';
import { $identity, saveIdentity } from '../../../src/stores/identity.ts';

describe('who you are', () => {
  beforeEach(() => freshStorage());

  it('is saved trimmed and short enough to sign with, and without an empty role', () => {
    saveIdentity('  Dana  ', 'qa-lead');
    expect($identity.get()).toEqual({ name: 'Dana', roleId: 'qa-lead' });
    saveIdentity('x'.repeat(150), '');
    expect($identity.get()).toEqual({ name: 'x'.repeat(100) });
    saveIdentity('Sam', undefined);
    expect(storedData(storageKey('identity'))).toEqual({ name: 'Sam' });
  });
});
