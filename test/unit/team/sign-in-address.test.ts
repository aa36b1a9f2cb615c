import { describe, expect, it } from 'vitest';
import {
  isSignInReturn,
  redirectUri,
  returnAddress,
  withoutSignInParameters,
} from '../../../src/lib/team/sign-in-address.ts';

const ORIGIN = 'https://docs.example.com';

describe('the redirect URI', () => {
  it('is the releases page, at the root or under the base path', () => {
    expect(redirectUri(ORIGIN, '/')).toBe('https://docs.example.com/releases/');
    expect(redirectUri(ORIGIN, '/release-guide/')).toBe(
      'https://docs.example.com/release-guide/releases/',
    );
    expect(redirectUri(ORIGIN, '/release-guide')).toBe(
      'https://docs.example.com/release-guide/releases/',
    );
  });
});

describe('a return from the identity provider', () => {
  it('is an address with a state and a code or an error', () => {
    expect(isSignInReturn('?code=abc&state=xyz')).toBe(true);
    expect(isSignInReturn('?error=login_required&state=xyz')).toBe(true);
    expect(isSignInReturn('?state=xyz')).toBe(false);
    expect(isSignInReturn('?code=abc')).toBe(false);
    expect(isSignInReturn('')).toBe(false);
  });

  it('leaves no code, state or other answer of the provider in the address, and keeps the rest', () => {
    expect(
      withoutSignInParameters(
        'https://docs.example.com/releases/?code=abc&state=xyz&iss=https%3A%2F%2Fid&session_state=1#top',
      ),
    ).toBe('/releases/#top');
    expect(
      withoutSignInParameters(
        'https://docs.example.com/releases/?run=2&error=login_required&error_description=x&state=s',
      ),
    ).toBe('/releases/?run=2');
  });
});

describe('the page a sign-in returns to', () => {
  it('is the page it started from, on this site, without what the provider added', () => {
    expect(returnAddress('https://docs.example.com/guide/deployment/#notes', ORIGIN, '/')).toBe(
      '/guide/deployment/#notes',
    );
    expect(
      returnAddress('https://docs.example.com/releases/?code=old&state=old', ORIGIN, '/'),
    ).toBe('/releases/');
  });

  it('is never another site, nor outside the base path: then the releases page', () => {
    expect(returnAddress('https://evil.example.org/guide/', ORIGIN, '/')).toBe('/releases/');
    expect(returnAddress('//evil.example.org/guide/', ORIGIN, '/')).toBe('/releases/');
    expect(returnAddress('javascript:alert(1)', ORIGIN, '/')).toBe('/releases/');
    expect(returnAddress(undefined, ORIGIN, '/')).toBe('/releases/');
    expect(returnAddress('https://docs.example.com/other/', ORIGIN, '/release-guide/')).toBe(
      '/release-guide/releases/',
    );
    expect(
      returnAddress('https://docs.example.com/release-guide/guide/', ORIGIN, '/release-guide/'),
    ).toBe('/release-guide/guide/');
  });
});
