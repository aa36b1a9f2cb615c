/**
 * Why the sync server refused an ID token from the identity provider, in words for the status line of
 * a build with sign-in; the server's other reasons read as for a team token (refusal.ts).
 */
import { refusalMessage } from './refusal.ts';

const MESSAGES: Record<string, string> = {
  'no-access-rule':
    'your account has no access to the team’s work: no access rule names your groups or your email. Ask whoever runs the team’s server, or sign out.',
  'invalid-token':
    'the team’s server did not accept your sign-in. Sign out and sign in again; if that does not help, ask whoever runs it.',
  'issuer-unavailable':
    'the team’s server cannot reach the identity provider right now. Reload the page in a moment.',
};

export function signInRefusalMessage(reason: string): string {
  return Object.hasOwn(MESSAGES, reason) ? MESSAGES[reason]! : refusalMessage(reason);
}
