import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../src/lib/team/refusal.ts';
import { signInRefusalMessage } from '../../../src/lib/team/sign-in-refusal.ts';

describe('why the server refused a sign-in, in words', () => {
  it('says what a person signed in with the provider can do about it', () => {
    expect(signInRefusalMessage('no-access-rule')).toBe(
      'your account has no access to the team’s work: no access rule names your groups or your email. Ask whoever runs the team’s server, or sign out.',
    );
    expect(signInRefusalMessage('invalid-token')).toMatch(/did not accept your sign-in/);
    expect(signInRefusalMessage('issuer-unavailable')).toMatch(
      /cannot reach the identity provider/,
    );
  });

  it('says the rest as for a team token', () => {
    expect(signInRefusalMessage('unknown-token')).toBe(refusalMessage('unknown-token'));
    expect(signInRefusalMessage('something-new')).toBe(refusalMessage('something-new'));
  });
});
