// With the repository's address (REPO_URL, given at build time), references become links and the notes
// can open GitHub's "new release" or "new issue" form already filled in. Addresses are checked here,
// so that only an http(s) repository address ever becomes a link.
import type { PhrasingContent } from 'mdast';
import { text } from '../../markdown/markdown-text.ts';

/**
 * GitHub answers "414 URI Too Long" once the request line passes about 8 KB. 8,000 characters of URL
 * leaves room for the method and headers' overhead; past it the form should offer Copy instead.
 */
export const GITHUB_URL_LIMIT = 8000;

export type RepositoryUrl = { ok: true; url: string } | { ok: false; problem: string };

/**
 * The repository's address, checked: http(s), a host, an owner and a name
 * ("https://github.com/octoacme/app", also with a trailing slash or ".git"). Query and fragment dropped.
 */
export function repositoryUrl(value: string | undefined): RepositoryUrl {
  const written = (value ?? '').trim();
  if (written === '') return { ok: false, problem: 'No repository address is set.' };
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return { ok: false, problem: `"${written}" is not a valid address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'The repository address must start with https:// or http://.' };
  if (url.username || url.password)
    return { ok: false, problem: 'The repository address must not hold a user name or password.' };
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (path.split('/').filter(Boolean).length < 2)
    return {
      ok: false,
      problem:
        'The repository address needs an owner and a name, such as https://github.com/octoacme/app.',
    };
  return { ok: true, url: `${url.origin}${path}` };
}

/** The pull request (GitHub redirects an issue number to the issue). */
export const pullRequestUrl = (repository: string, ref: number): string =>
  `${repository}/pull/${ref}`;

const REF = /(?<![\w&/#])#(\d{1,9})(?!\w)/g;

/**
 * Text with each "#123" as a link to the pull request, as Markdown nodes (the serialiser escapes the
 * text). Without a valid http(s) repository address, the text stays one text node.
 */
export function textWithRefLinks(value: string, repository: string | undefined): PhrasingContent[] {
  const checked = repositoryUrl(repository);
  if (!checked.ok) return [text(value)];
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(REF)) {
    if (match.index > last) nodes.push(text(value.slice(last, match.index)));
    nodes.push({
      type: 'link',
      url: pullRequestUrl(checked.url, Number(match[1])),
      children: [text(match[0])],
    });
    last = match.index + match[0].length;
  }
  if (last < value.length || nodes.length === 0) nodes.push(text(value.slice(last)));
  return nodes;
}

export type GithubFormLink =
  { ok: true; url: string; length: number; tooLong: boolean } | { ok: false; problem: string };

/** A lone surrogate cannot be percent-encoded: it becomes U+FFFD, as a browser would send it. */
const wellFormed = (value: string) =>
  value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );

function formLink(
  repository: string | undefined,
  route: string,
  params: Record<string, string | undefined>,
): GithubFormLink {
  const checked = repositoryUrl(repository);
  if (!checked.ok) return checked;
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(wellFormed(value))}`)
    .join('&');
  const url = `${checked.url}/${route}${query ? `?${query}` : ''}`;
  return { ok: true, url, length: url.length, tooLong: url.length > GITHUB_URL_LIMIT };
}

/** GitHub's "Draft a new release" form with the tag, title and notes (Markdown) filled in. */
export function newReleaseUrl(
  repository: string | undefined,
  release: { tag?: string; title?: string; body?: string; prerelease?: boolean },
): GithubFormLink {
  return formLink(repository, 'releases/new', {
    tag: release.tag,
    title: release.title,
    body: release.body,
    prerelease: release.prerelease ? '1' : undefined,
  });
}

/** GitHub's "New issue" form with a title and body (Markdown) filled in. */
export function newIssueUrl(
  repository: string | undefined,
  issue: { title?: string; body?: string },
): GithubFormLink {
  return formLink(repository, 'issues/new', { title: issue.title, body: issue.body });
}
