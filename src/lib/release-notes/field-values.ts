/** What a writer typed in a field, read as the field's kind reads it. Nothing here interprets Markdown. */
import { hasWords, oneLine } from '../markdown/markdown-text.ts';
import type { FieldKind } from './release-notes-template.ts';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** A bullet pasted from another list ("- ", "* ", "• ") is the list's own marker, not text. */
const PASTED_BULLET = /^\s*[-*+•]\s+/;

/** The entries of a list field: one per line, white space folded, blank lines skipped. */
export function listEntries(value: string): string[] {
  return value
    .split(LINE_BREAK)
    .map((line) => oneLine(line.replace(PASTED_BULLET, '')))
    .filter((line) => line !== '');
}

/** The paragraphs of a paragraph field: lines separated by blank lines, white space folded. */
export function paragraphsOf(value: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of value.split(LINE_BREAK)) {
    if (!hasWords(line)) paragraphs.push([]);
    else paragraphs.at(-1)!.push(line);
  }
  return paragraphs
    .map((lines) => oneLine(lines.join(' ')))
    .filter((paragraph) => paragraph !== '');
}

/** Whether a field says anything: white space, control characters and bare bullets do not count. */
export function hasContent(kind: FieldKind, value: string | undefined): boolean {
  const text = value ?? '';
  if (kind === 'list' || kind === 'links') return listEntries(text).length > 0;
  return hasWords(text);
}

export type LinkEntry =
  { ok: true; title?: string; url: string } | { ok: false; text: string; problem: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * One entry of a links field: "Title — https://…" (any dash, or a colon, between the two) or a
 * bare URL. Only http(s) addresses become links; anything else is kept as text, with the reason.
 */
export function parseLinkEntry(entry: string): LinkEntry {
  const match = /^(.*?)\s*(\S+)$/su.exec(entry.trim());
  const candidate = match?.[2] ?? '';
  const title = (match?.[1] ?? '').replace(/[\s—–\-:|]+$/u, '').trim();
  const text = entry.trim();
  if (!SCHEME.test(candidate)) {
    return {
      ok: false,
      text,
      problem: /^www\./i.test(candidate)
        ? 'start the address with https://'
        : 'it has no https:// address at the end',
    };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, text, problem: 'the address is not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, text, problem: 'only http:// and https:// addresses can be links' };
  }
  return title ? { ok: true, title, url: url.href } : { ok: true, url: url.href };
}
