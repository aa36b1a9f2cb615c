import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { toGfmMarkdown } from '../../../../src/lib/markdown/gfm-markdown.ts';
import { allEntries } from '../../../../src/lib/release-notes/changes/change-groups.ts';
import {
  migrationStepLines,
  notableChangeLines,
  updateListField,
} from '../../../../src/lib/release-notes/changes/notable-changes-lines.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';
import { textWithRefLinks } from '../../../../src/lib/release-notes/changes/repository-links.ts';
import { exportReleaseNotesMarkdown } from '../../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { inlineMarkdown } from '../../../../src/lib/release-notes/inline-markdown.ts';
import { deriveField } from '../../../../src/lib/release-notes/release-notes-template.ts';

const fields = [
  'Release name / number:',
  'Date:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
  'Documentation links:',
].map((label) => deriveField(label));
const hostile = readFileSync(
  new URL('../../../fixtures/changes/hostile-titles.txt', import.meta.url),
  'utf8',
);

/** HTML as GitHub renders Markdown: cmark-gfm with GitHub's extensions, including the tag filter. */
const renderGfm = (markdown: string) =>
  execFileSync(
    '/usr/bin/cmark-gfm',
    [
      '--extension',
      'autolink',
      '--extension',
      'table',
      '--extension',
      'strikethrough',
      '--extension',
      'tagfilter',
    ],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );

function elements(tree: Root | Element, tagName: string): Element[] {
  return tree.children.flatMap((child) =>
    child.type === 'element'
      ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)]
      : [],
  );
}

/** The items of the list that follows a heading, as rendered text. */
function listAfter(tree: Root, heading: string): string[] {
  const top = tree.children.filter((child): child is Element => child.type === 'element');
  const at = top.findIndex(
    (element) => /^h\d$/.test(element.tagName) && toString(element) === heading,
  );
  const list = top.slice(at + 1).find((element) => element.tagName === 'ul');
  return list ? elements(list, 'li').map((item) => toString(item)) : [];
}

describe('hostile text in pasted changes', () => {
  const changes = parseChanges(hostile);

  it('stays literal data in the entries', () => {
    expect(allEntries(changes).map((entry) => entry.text)).toEqual([
      '<script>alert("x")</script> in the header',
      '&lt;entity&gt; &amp; &#x3C;script&#x3E; [ref][1] ![img](x.png)',
      'Add <!-- a comment --> and <iframe src="https://evil.example"></iframe>',
      '[click me](javascript:alert(1)) and <https://evil.example>',
      'www.example.com and javascript:alert(2) stay text',
      '<img src=x onerror=alert(1)> Add images',
      '**bold** _em_ `code` | pipe | ~~strike~~ \\ backslash',
      '# not a heading, 1. not a list, > not a quote',
    ]);
  });

  it('renders as the writer’s Markdown (code, emphasis, http(s) links) and otherwise as text, through the notes export and a GFM renderer', () => {
    const notable = notableChangeLines(changes, { groupLabels: false });
    const migration = migrationStepLines(changes);
    const draft = {
      'notable-changes': updateListField('', notable, 'replace').value,
      'migration-steps': updateListField('', migration, 'append').value,
    };
    const html = renderGfm(exportReleaseNotesMarkdown(fields, draft));
    const tree = fromHtml(html, { fragment: true });

    expect(elements(tree, 'script')).toEqual([]);
    expect(elements(tree, 'img')).toEqual([]);
    expect(elements(tree, 'iframe')).toEqual([]);
    expect(elements(tree, 'code').map((code) => toString(code))).toEqual(['code']);
    expect(elements(tree, 'strong').map((strong) => toString(strong))).toEqual(['bold']);
    expect(elements(tree, 'em').map((em) => toString(em))).toEqual(['em']);
    expect(elements(tree, 'del')).toEqual([]);
    expect(elements(tree, 'h1').concat(elements(tree, 'blockquote'), elements(tree, 'ol'))).toEqual(
      [],
    );
    expect(html).not.toContain('<!--');
    // A bare address in typed text is autolinked by GitHub (as it would be in any comment); never a script.
    const hrefs = elements(tree, 'a').map((link) => String(link.properties.href));
    expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
    // What a reader sees is the text of each line as its inline Markdown reads.
    const shown = (line: string) =>
      mdastToString({ type: 'paragraph', children: inlineMarkdown(line) });
    expect(listAfter(tree, 'Notable changes')).toEqual(notable.map(shown));
    expect(listAfter(tree, 'Notable changes')).toContain(
      'bold em code | pipe | ~~strike~~ \\ backslash',
    );
    expect(listAfter(tree, 'Migration steps')).toEqual(migration);
    expect(migration).toEqual([
      'To complete: &lt;entity&gt; &amp; &#x3C;script&#x3E; [ref][1] ![img](x.png)',
    ]);
  });

  it('renders linked references to the repository only, with the rest as text', () => {
    const entry = allEntries(changes)[0]!;
    const markdown = toGfmMarkdown({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: textWithRefLinks(`${entry.text} (#1)`, 'https://github.com/octoacme/app'),
        },
      ],
    });
    const tree = fromHtml(renderGfm(markdown), { fragment: true });
    expect(toString(tree).trim()).toBe('<script>alert("x")</script> in the header (#1)');
    expect(elements(tree, 'a').map((link) => link.properties.href)).toEqual([
      'https://github.com/octoacme/app/pull/1',
    ]);
  });
});
