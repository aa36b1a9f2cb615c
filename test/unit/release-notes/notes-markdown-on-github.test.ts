import fc from 'fast-check';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { elementsOf, renderedTree } from '../../support/github-render.ts';
import { listEntries } from '../../../src/lib/release-notes/field-values.ts';
import type { ReleaseNotesDraft } from '../../../src/lib/release-notes/release-notes-draft.ts';
import { exportReleaseNotesMarkdown } from '../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

// Release notes are a writer's Markdown: checked with the renderer GitHub uses (cmark-gfm), the
// formatting typed in a field shows as formatting, and nothing typed runs, loads or restructures.

const fields = [
  'Release name / number:',
  'Date:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
  'Documentation links:',
  'Support contact:',
].map((label) => deriveField(label));
const render = (draft: ReleaseNotesDraft) =>
  renderedTree(exportReleaseNotesMarkdown(fields, draft));
const tagged = (tree: Root, tagName: string) =>
  elementsOf(tree).filter((element) => element.tagName === tagName);
const texts = (tree: Root, tagName: string) =>
  tagged(tree, tagName).map((element) => toString(element));
const headings = (tree: Root) =>
  elementsOf(tree).filter((element) => /^h[1-6]$/.test(element.tagName));

describe('Markdown typed in the release notes, as GitHub renders the export', () => {
  const typed =
    'Run `octo migrate` *before* the **upgrade**, see [the guide](https://docs.octoacme.example/upgrade)';

  it('shows code, emphasis, strong and http(s) links as such, in every kind of field', () => {
    const tree = render({
      summary: typed,
      'notable-changes': typed,
      'known-issues': typed,
      'support-contact': typed,
    });
    expect(texts(tree, 'code')).toEqual(Array(4).fill('octo migrate'));
    expect(texts(tree, 'em')).toEqual(Array(4).fill('before'));
    expect(texts(tree, 'strong')).toEqual(Array(4).fill('upgrade'));
    expect(
      tagged(tree, 'a').map((anchor) => [String(anchor.properties.href), toString(anchor)]),
    ).toEqual(Array(4).fill(['https://docs.octoacme.example/upgrade', 'the guide']));
    expect(texts(tree, 'p')).toContain('Run octo migrate before the upgrade, see the guide');
  });

  it('keeps emphasis inside a word, and escaped signs as typed', () => {
    const tree = render({
      summary: 'snake_case stays, un*frigging*believable, \\*not emphasis\\*, 2 * 3 * 4',
    });
    expect(texts(tree, 'em')).toEqual(['frigging']);
    expect(texts(tree, 'p')).toContain(
      'snake_case stays, unfriggingbelievable, *not emphasis*, 2 * 3 * 4',
    );
  });

  it('keeps raw HTML, images and links to anything but http(s) as inert text', () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [d](data:text/html,hi) [r](/relative) ![i](https://evil.example/i.png) &lt;b&gt;';
    const tree = render({ summary: hostile, 'notable-changes': hostile });
    for (const tag of ['script', 'img', 'iframe', 'b']) expect(tagged(tree, tag), tag).toEqual([]);
    // An image stays its text; the web address inside it is linked as typed, like any address in a note.
    expect(
      tagged(tree, 'a').map((anchor) => [String(anchor.properties.href), toString(anchor)]),
    ).toEqual(Array(2).fill(['https://evil.example/i.png', 'https://evil.example/i.png']));
    expect(texts(tree, 'p')).toContain(hostile);
    expect(texts(tree, 'li')).toEqual([hostile]);
  });

  it('keeps a block start typed in a field as the text of that field', () => {
    const starts = [
      '# Heading?',
      '## Known issues',
      '- a list?',
      '1. ordered?',
      '> a quote?',
      '| a | table |',
      '---',
      '```',
      '    indented',
      '[ref]: https://evil.example',
      '<div>',
    ];
    const tree = render({
      summary: starts.join('\n\n'),
      'notable-changes': starts.join('\n'),
      'support-contact': '# Support',
      'release-name-number': '# Aurora 2.4.0',
      date: '> 2026-12-01',
    });
    expect(headings(tree).map((heading) => [heading.tagName, toString(heading)])).toEqual([
      ['h2', 'Release 2.4.0 — # Aurora · > 2026-12-01'],
      ['h3', 'Summary'],
      ['h3', 'Notable changes'],
      ['h3', 'Known issues'],
      ['h3', 'Documentation links'],
      ['h3', 'Support contact'],
    ]);
    for (const tag of ['blockquote', 'table', 'ol', 'pre', 'hr', 'div'])
      expect(tagged(tree, tag), tag).toEqual([]);
    // A pasted "- " is the list's own bullet; everything else reads as typed.
    expect(texts(tree, 'li')).toEqual(listEntries(starts.join('\n')));
    expect(texts(tree, 'p')).toEqual(
      expect.arrayContaining([
        '# Heading?',
        '> a quote?',
        '| a | table |',
        '---',
        '[ref]: https://evil.example',
        '# Support',
      ]),
    );
  });

  it('no field text can create a heading or change the count of sections', () => {
    const unit = fc.constantFrom(
      ...'ab #>-*_`|[]()!<=\n\t1.'.split(''),
      '# ',
      '## ',
      '- ',
      '1. ',
      '> ',
      '| a | b |\n|---|---|\n',
      '---\n',
      '===\n',
      '```\n',
      '    ',
      '<h1>x</h1>',
      '[x](javascript:alert(1))',
      '**',
      '`',
    );
    const text = fc.string({ unit, maxLength: 24 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: fields.length, maxLength: fields.length }),
        (values) => {
          const draft = Object.fromEntries(
            fields.map((field, index) => [field.id, values[index]!]),
          );
          const tree = render(draft);
          const expected = fields
            .filter((field) => field.purpose !== 'release' && field.kind !== 'date')
            .filter((field) => !field.optional || listEntries(draft[field.id]!).length > 0)
            .map((field) => ['h3', field.title]);
          const found = headings(tree).map((heading) => [heading.tagName, toString(heading)]);
          expect(found[0]![0]).toBe('h2');
          expect(found.slice(1)).toEqual(expected);
          for (const tag of ['blockquote', 'table', 'pre', 'hr', 'script', 'h1'])
            expect(tagged(tree, tag), tag).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
