import { describe, expect, it } from 'vitest';
import { isReadOnlyWork, tokenIsReadOnly } from '../../../src/lib/team/read-only.ts';
import type { TeamMembership } from '../../../src/lib/team/team-membership.ts';

const olu = { name: 'Olu', access: 'read-only' as const };
const dana = { name: 'Dana', role: 'QA Lead', access: 'read-write' as const };
const member = (identity?: typeof olu | typeof dana): TeamMembership => ({
  token: 'a-team-token-0000',
  runs: ['shared'],
  incidents: ['ongoing'],
  ...(identity ? { identity } : {}),
});

describe('read-only work', () => {
  it('follows what the server said of the token, now or last time when offline, and not a refused one', () => {
    expect(tokenIsReadOnly(member(), { kind: 'connected', identity: olu })).toBe(true);
    expect(tokenIsReadOnly(member(dana), { kind: 'connected', identity: dana })).toBe(false);
    expect(tokenIsReadOnly(member(olu), { kind: 'offline', identity: olu })).toBe(true);
    expect(tokenIsReadOnly(member(olu), { kind: 'connecting' })).toBe(true);
    expect(tokenIsReadOnly(member(olu), { kind: 'refused', reason: 'unknown' })).toBe(false);
    expect(tokenIsReadOnly({ runs: [], incidents: [], identity: olu }, { kind: 'off' })).toBe(
      false,
    );
    expect(tokenIsReadOnly(member(), { kind: 'connecting' })).toBe(false);
  });

  it('covers the team’s runs and incidents and new work, not work kept from before joining', () => {
    const status = { kind: 'connected' as const, identity: olu };
    expect(isReadOnlyWork(member(olu), status, 'runs', 'shared')).toBe(true);
    expect(isReadOnlyWork(member(olu), status, 'runs', undefined)).toBe(true);
    expect(isReadOnlyWork(member(olu), status, 'incidents', 'ongoing')).toBe(true);
    expect(isReadOnlyWork(member(olu), status, 'runs', 'mine-from-before')).toBe(false);
    expect(
      isReadOnlyWork(member(dana), { kind: 'connected', identity: dana }, 'runs', 'shared'),
    ).toBe(false);
  });
});
