import { describe, expect, it } from 'vitest';
import {
  decodeIdentityMessage,
  describeIdentity,
  encodeIdentityMessage,
} from '../../../src/lib/team/identity-message.ts';

describe('identity message', () => {
  it('reads back what the server writes', () => {
    const dana = { name: 'Dana', role: 'QA Lead', access: 'read-write' } as const;
    expect(decodeIdentityMessage(encodeIdentityMessage(dana))).toEqual(dana);
    expect(
      decodeIdentityMessage(encodeIdentityMessage({ name: 'Olu', access: 'read-only' })),
    ).toEqual({ name: 'Olu', access: 'read-only' });
  });

  it('ignores other stateless payloads', () => {
    for (const payload of [
      '',
      'hello',
      '{"type":"other"}',
      '{"type":"team-sync/identity","name":"X","access":"admin"}',
      '{"type":"team-sync/identity","name":"","access":"read-only"}',
    ]) {
      expect(decodeIdentityMessage(payload), payload).toBeUndefined();
    }
  });

  it('describes a holder as the page shows them', () => {
    expect(describeIdentity({ name: 'Dana', role: 'QA Lead' })).toBe('Dana (QA Lead)');
    expect(describeIdentity({ name: 'Olu' })).toBe('Olu');
  });
});
