// Text nodes for Markdown trees, apart from the serialiser: an island that builds a tree for its
// preview loads this without loading mdast-util-to-markdown.
import type { PhrasingContent } from 'mdast';

/** Control characters (other than tab and newline) have no business in an export. */
const CONTROL_CHARACTERS =
  '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029';
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`, 'g');
const WORD = new RegExp(`[^\\s${CONTROL_CHARACTERS}]`);

/** User text for one line of an export: control characters dropped, all white space folded. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether `oneLine(text)` keeps anything; stops at the first visible character, so cheap on long text. */
export function hasWords(text: string): boolean {
  return WORD.test(text);
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
