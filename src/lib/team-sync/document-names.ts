/**
 * The names of the documents a team shares through its sync server. The server refuses any other name, so a
 * client cannot fill the server's storage with documents nobody reads; the browser builds names through the same
 * helpers so both sides agree.
 */

export type TeamDocumentKind = 'team' | 'run' | 'incident';

/** Ids made by the site are UUIDs or `<prefix>-<base36 time>`: letters, digits, `-` and `_`. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function teamDocumentName(kind: 'team'): string;
export function teamDocumentName(kind: 'run' | 'incident', id: string): string;
export function teamDocumentName(kind: TeamDocumentKind, id?: string): string {
  if (kind === 'team') return 'team';
  if (id === undefined || !ID_PATTERN.test(id))
    throw new Error(`Not a valid ${kind} id: ${JSON.stringify(id)}`);
  return `${kind}:${id}`;
}

/** The kind and id a document name stands for, or undefined for a name outside the team's namespace. */
export function parseTeamDocumentName(
  name: string,
): { kind: TeamDocumentKind; id?: string } | undefined {
  if (name === 'team') return { kind: 'team' };
  const separator = name.indexOf(':');
  if (separator < 0) return undefined;
  const kind = name.slice(0, separator);
  const id = name.slice(separator + 1);
  if ((kind !== 'run' && kind !== 'incident') || !ID_PATTERN.test(id)) return undefined;
  return { kind, id };
}

export function isTeamDocumentName(name: string): boolean {
  return parseTeamDocumentName(name) !== undefined;
}
