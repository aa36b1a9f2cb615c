import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/lib/roles/roles.ts';
import { sharesWithTeam, teamRole } from '../../../src/lib/team/team-role.ts';

const roles: Role[] = [
  { id: 'release-manager', name: 'Release Manager', summary: 'Coordinates.' },
  { id: 'qa-lead', name: 'QA Lead', summary: 'Signs off staging.' },
];
const dana = { name: 'Dana', role: 'QA Lead', access: 'read-write' as const };

describe('the role of a team member', () => {
  it('is the role the server named for the token, by its name or its id, whatever the case', () => {
    expect(teamRole(roles, dana)?.id).toBe('qa-lead');
    expect(teamRole(roles, { ...dana, role: 'release-manager' })?.id).toBe('release-manager');
    expect(teamRole(roles, { ...dana, role: ' qa LEAD ' })?.id).toBe('qa-lead');
  });

  it('is none when the server named no role, or one the guide does not know', () => {
    expect(teamRole(roles, { name: 'Olu', access: 'read-only' })).toBeUndefined();
    expect(teamRole(roles, { ...dana, role: 'Observer' })).toBeUndefined();
    expect(teamRole(roles, undefined)).toBeUndefined();
  });
});

describe('whether work is shared with the team', () => {
  const joined = { token: 'dana-0123456789abcdef', runs: [], incidents: [] };
  it('is while a token is held and not refused, online or offline', () => {
    expect(sharesWithTeam(joined, { kind: 'connected', identity: dana })).toBe(true);
    expect(sharesWithTeam(joined, { kind: 'offline' })).toBe(true);
    expect(sharesWithTeam(joined, { kind: 'connecting' })).toBe(true);
    expect(sharesWithTeam(joined, { kind: 'refused', reason: 'unknown' })).toBe(false);
    expect(sharesWithTeam({ runs: [], incidents: [] }, { kind: 'off' })).toBe(false);
  });
});
