import { describe, expect, it } from 'vitest';
import {
  decodePendingSignIn,
  decodeSignInSession,
  renewalKind,
} from '../../../src/lib/team/sign-in-session.ts';

describe('the sign-in session kept for this tab', () => {
  it('reads back what was kept', () => {
    const session = { idToken: 'a.b.c', refreshToken: 'r', expiresAt: 1_800_000_000_000 };
    expect(decodeSignInSession(JSON.stringify(session))).toEqual(session);
    expect(decodeSignInSession(JSON.stringify({ idToken: 'a.b.c', expiresAt: 1 }))).toEqual({
      idToken: 'a.b.c',
      expiresAt: 1,
    });
  });

  it('ignores anything else', () => {
    expect(decodeSignInSession(null)).toBeUndefined();
    expect(decodeSignInSession('not json')).toBeUndefined();
    expect(decodeSignInSession('{"idToken":3,"expiresAt":1}')).toBeUndefined();
    expect(decodeSignInSession('{"idToken":"a.b.c"}')).toBeUndefined();
    expect(
      decodeSignInSession('{"idToken":"a.b.c","expiresAt":1,"refreshToken":5}'),
    ).toBeUndefined();
  });

  it('renews with the refresh token when there is one, else by signing in again without a prompt', () => {
    expect(renewalKind({ idToken: 't', refreshToken: 'r', expiresAt: 1 })).toBe('refresh');
    expect(renewalKind({ idToken: 't', expiresAt: 1 })).toBe('silent');
  });
});

describe('a sign-in under way', () => {
  it('reads back its state, nonce, verifier and return address', () => {
    const pending = {
      state: 's',
      nonce: 'n',
      verifier: 'v',
      returnTo: 'https://docs.example.com/guide/',
      silent: false,
    };
    expect(decodePendingSignIn(JSON.stringify(pending))).toEqual(pending);
  });

  it('ignores anything incomplete', () => {
    expect(decodePendingSignIn(null)).toBeUndefined();
    expect(decodePendingSignIn('{"state":"s","nonce":"n"}')).toBeUndefined();
    expect(decodePendingSignIn('[]')).toBeUndefined();
  });
});
