/**
 * A join link (`<any page>#join=<token>`) read without any schema library, so that a reading page can
 * take the token (scripts/join-link.ts) within its weight budget: the token's checks, and the team
 * membership as stored with the token set (the runs and incidents it already lists are kept).
 */

/** Why a typed token cannot be one (the server's tokens are 16 to 500 characters, no spaces), or undefined. */
export function tokenProblem(token: string): string | undefined {
  const trimmed = token.trim();
  if (trimmed.length < 16)
    return 'A team token is at least 16 characters long: paste the whole token.';
  if (trimmed.length > 500 || /\s/.test(trimmed))
    return 'A team token has no spaces and is at most 500 characters long.';
  return undefined;
}

/** The token of a join link's fragment (`#join=<token>`), or undefined for any other fragment. */
export function joinTokenFromHash(hash: string): string | undefined {
  const match = /^#join=([^&]+)$/.exec(hash);
  if (!match?.[1]) return undefined;
  let token: string;
  try {
    token = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return tokenProblem(token) ? undefined : token.trim();
}

/** Whether a fragment is a join link at all (valid or not): it never stays in the address bar. */
export const isJoinFragment = (hash: string) => hash.startsWith('#join=');

const idList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((id): id is string => typeof id === 'string' && id.length <= 100)
    : [];

/**
 * The stored membership envelope (`{ v: 1, data }`) with `token` joined, from what is stored now: the
 * runs and incidents it lists stay, who the server said the previous token was is forgotten (as
 * joining from the team bar does), and anything unreadable starts afresh.
 */
export function membershipWithToken(stored: string | null | undefined, token: string): string {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(stored ?? 'null');
    if (typeof parsed === 'object' && parsed !== null && 'data' in parsed) {
      const inner = (parsed as { data: unknown }).data;
      if (typeof inner === 'object' && inner !== null) data = inner as Record<string, unknown>;
    }
  } catch {
    // Unreadable: the membership starts afresh with the token.
  }
  return JSON.stringify({
    v: 1,
    data: { token: token.trim(), runs: idList(data.runs), incidents: idList(data.incidents) },
  });
}

/** Whether the stored membership holds a token: a page's banner then follows the team's incidents. */
export function holdsTeamToken(stored: string | null | undefined): boolean {
  try {
    const parsed: unknown = JSON.parse(stored ?? 'null');
    const data: unknown =
      typeof parsed === 'object' && parsed !== null && 'data' in parsed ? parsed.data : undefined;
    return (
      typeof data === 'object' &&
      data !== null &&
      'token' in data &&
      typeof data.token === 'string' &&
      data.token !== ''
    );
  } catch {
    return false;
  }
}
