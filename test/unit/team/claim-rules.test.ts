import { describe, expect, it } from 'vitest';
import {
  displayNameOf,
  emailDomainOf,
  groupsOf,
  identityFromClaims,
  matchRule,
  type AccessRule,
} from '../../../src/lib/team/claim-rules.ts';

const rules: AccessRule[] = [
  { group: 'release-managers', role: 'Release Manager', access: 'read-write' },
  { group: 'contractors', emailDomain: 'octoacme.com', access: 'read-only' },
  { emailDomain: 'octoacme.com', role: 'Staff', access: 'read-only' },
];

describe('access rules', () => {
  it('takes the first rule that matches', () => {
    const claims = { email: 'ana@octoacme.com', groups: ['staff', 'release-managers'] };
    expect(matchRule(rules, claims, 'groups')).toBe(rules[0]);
    expect(matchRule(rules, { email: 'bo@OctoAcme.com' }, 'groups')).toBe(rules[2]);
  });

  it('needs both the group and the domain when a rule names both', () => {
    expect(matchRule(rules, { email: 'c@partner.io', groups: ['contractors'] }, 'groups')).toBe(
      undefined,
    );
    expect(matchRule(rules, { email: 'c@octoacme.com', groups: ['contractors'] }, 'groups')).toBe(
      rules[1],
    );
  });

  it('refuses what no rule matches, and never matches everyone with an empty rule', () => {
    expect(matchRule(rules, { email: 'z@elsewhere.org', groups: ['x'] }, 'groups')).toBe(undefined);
    expect(matchRule([{ access: 'read-write' }], { sub: 'z' }, 'groups')).toBe(undefined);
  });

  it('reads groups from the named claim, one string or a list', () => {
    expect(groupsOf({ roles: 'release-managers' }, 'roles')).toEqual(['release-managers']);
    expect(groupsOf({ groups: ['a', 7, 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(groupsOf({ groups: ['a'] }, 'roles')).toEqual([]);
  });

  it('ignores an email the provider has not verified', () => {
    expect(emailDomainOf({ email: 'x@octoacme.com', email_verified: false })).toBe(undefined);
    expect(emailDomainOf({ email: 'x@octoacme.com', email_verified: true })).toBe('octoacme.com');
  });

  it('names the holder from name, else email', () => {
    expect(displayNameOf({ name: ' Ana Lima ', email: 'ana@octoacme.com' })).toBe('Ana Lima');
    expect(displayNameOf({ email: 'obi@octoacme.com' })).toBe('obi@octoacme.com');
    expect(identityFromClaims(rules, { email: 'obi@octoacme.com' }, 'groups')).toEqual({
      name: 'obi@octoacme.com',
      role: 'Staff',
      access: 'read-only',
    });
  });
});
