/**
 * Why the sync server refused a connection, in words for the status line. The server names the
 * reason (`onAuthenticationFailed`); a reason this page does not know is shown as it came.
 */
const MESSAGES: Record<string, string> = {
  'unknown-token':
    'the team’s server does not know this token. Check it with whoever gave it to you, or leave the team.',
  'unknown-document': 'the team’s server does not keep this document.',
};

export function refusalMessage(reason: string): string {
  return Object.hasOwn(MESSAGES, reason)
    ? MESSAGES[reason]!
    : `the team’s server said: ${reason.slice(0, 200)}`;
}
