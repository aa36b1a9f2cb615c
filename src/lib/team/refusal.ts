/**
 * Why the sync server refused a connection, in words for the status line. The server names the
 * reason (`onAuthenticationFailed`); a reason this page does not know is shown as it came. Most
 * reasons refuse the token, so the page stops asking for the whole team; a few refuse one document
 * only, and the page gives up on that document and keeps the rest of the team's work live.
 */
const MESSAGES: Record<string, string> = {
  'unknown-token':
    'the team’s server does not know this token. Check it with whoever gave it to you, or leave the team.',
  'unknown-document': 'the team’s server does not keep this document.',
};

/** Refusals of one document, with what the page says about it; the rest of the team stays connected. */
const DOCUMENT_REFUSALS: Record<string, string> = {
  'document-name-too-long':
    'A run or incident was not shared: its name is longer than the team’s server accepts. It stays in this browser.',
  'too-many-unlisted-documents':
    'A run or incident was not shared: the team’s server holds too many that its list does not name yet. Reload the page to try again.',
};

export function refusalMessage(reason: string): string {
  return Object.hasOwn(MESSAGES, reason)
    ? MESSAGES[reason]!
    : `the team’s server said: ${reason.slice(0, 200)}`;
}

/** What to say when the server refuses only this document, or undefined when it refuses the token. */
export function documentRefusalMessage(reason: string): string | undefined {
  return Object.hasOwn(DOCUMENT_REFUSALS, reason) ? DOCUMENT_REFUSALS[reason] : undefined;
}
