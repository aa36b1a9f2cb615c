import fc from 'fast-check';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodesOfType, parseGfm } from '../../support/markdown-tree.ts';
import { oneLine } from '../../../src/lib/markdown/markdown-text.ts';
import {
  listEntries,
  paragraphsOf,
  parseLinkEntry,
} from '../../../src/lib/release-notes/field-values.ts';
import type { ReleaseNotesDraft } from '../../../src/lib/release-notes/release-notes-draft.ts';
import { exportReleaseNotesMarkdown } from '../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { releaseNotesNodes } from '../../../src/lib/release-notes/release-notes-markdown.ts';
import { notesTitle } from '../../../src/lib/release-notes/release-notes-sections.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

const fields = [
  'Release name / number:',
  'Date:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
  'Documentation links:',
].map((label) => deriveField(label));

/** The blocks under each section heading, by heading text. */
function sections(tree: Root): Map<string, RootContent[]> {
  const byTitle = new Map<string, RootContent[]>();
  let current: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 3) byTitle.set(toString(node), (current = []));
    else if (node.type !== 'heading') current?.push(node);
  }
  return byTitle;
}

const FILLED: ReleaseNotesDraft = {
  'release-name-number': 'Aurora 2.4.0',
  date: '2026-11-26',
  summary: 'Faster sync for large teams.\nOffline mode.\n\nThanks to everyone who tested the beta.',
  'notable-changes': '- Markdown export\n- Dark theme\n',
  'known-issues': 'Search is slow on first load',
  'documentation-links':
    'Upgrade guide — https://docs.octoacme.example/upgrade\nhttps://docs.octoacme.example/api',
};

describe('exportReleaseNotesMarkdown', () => {
  it('writes a title line, then the template’s other sections in order, as GitHub-flavoured Markdown', () => {
    expect(exportReleaseNotesMarkdown(fields, FILLED)).toBe(
      [
        '## Release 2.4.0 — Aurora · 2026-11-26',
        '',
        '### Summary',
        '',
        'Faster sync for large teams. Offline mode.',
        '',
        'Thanks to everyone who tested the beta.',
        '',
        '### Notable changes',
        '',
        '- Markdown export',
        '- Dark theme',
        '',
        '### Known issues',
        '',
        '- Search is slow on first load',
        '',
        '### Documentation links',
        '',
        '- [Upgrade guide](https://docs.octoacme.example/upgrade)',
        '- <https://docs.octoacme.example/api>',
        '',
      ].join('\n'),
    );
  });

  it('leaves out an empty optional section and says so for the others', () => {
    const markdown = exportReleaseNotesMarkdown(fields, {});
    expect(markdown).not.toContain('Migration steps');
    expect(markdown).toContain('### Summary\n\nNot written yet.\n');
    expect(markdown).toContain('### Known issues\n\nNone.\n');
    expect(markdown.startsWith('## Release notes\n\n### Summary\n')).toBe(true);
    expect(exportReleaseNotesMarkdown(fields, { 'migration-steps': 'Run `migrate`' })).toContain(
      '### Migration steps\n\n- Run `migrate`\n',
    );
  });

  it('keeps a line that is not an http(s) link as text', () => {
    const markdown = exportReleaseNotesMarkdown(fields, {
      'documentation-links': 'Evil — javascript:alert(1)',
    });
    expect(nodesOfType(parseGfm(markdown), 'link')).toEqual([]);
    expect(markdown).toContain('- Evil — javascript:alert(1)\n');
  });
});

describe('releaseNotesNodes', () => {
  it('nests under a run export at any depth', () => {
    const nodes = releaseNotesNodes(fields, FILLED, 3);
    const headings = nodes.filter((node): node is Heading => node.type === 'heading');
    expect(headings.map((heading) => heading.depth)).toEqual([3, 4, 4, 4, 4]);
  });
});

describe('whatever is typed keeps the notes’ structure', () => {
  const hostile = [
    ...'ab <>*_[]()#|`~!\\-+=.:/\n\n\t&;x1'.split(''),
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '[x](javascript:alert(1))',
    '![i](https://evil.example/i.png)',
    'https://ok.example/a_(b)',
    '— ',
    '- [ ] ',
    '1. ',
    '> ',
    '---',
    '```',
    '&amp;',
    '&#x3C;',
    '[^1]',
    '[a]: https://x.example',
    '\u202e',
    '\u0000',
    '🚀',
    '👩‍💻',
    'שלום',
    'مرحبا',
  ];
  const typed = fc.oneof(
    fc.string({ unit: fc.constantFrom(...hostile), maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

  /** Typed text with no character Markdown could read as formatting reads exactly as typed. */
  const MARKDOWN_SIGNS = /[*_`[\]<>!&\\]/;

  it('in every field: same sections, same entries, the words the tree holds, no HTML, no links but the http(s) ones typed', () => {
    fc.assert(
      fc.property(
        fc.array(typed, { minLength: fields.length, maxLength: fields.length }),
        (values) => {
          const draft = Object.fromEntries(
            fields.map((field, index) => [field.id, values[index]!]),
          );
          const markdown = exportReleaseNotesMarkdown(fields, draft);
          const tree = parseGfm(markdown);

          const headings = nodesOfType(tree, 'heading') as Heading[];
          expect(toString(headings[0]!)).toBe(notesTitle(fields, draft));
          const expectedTitles = fields
            .filter((field) => field.purpose !== 'release' && field.kind !== 'date')
            .filter((field) => !field.optional || listEntries(draft[field.id]!).length > 0)
            .map((field) => field.title);
          expect(headings.slice(1).map((heading) => toString(heading))).toEqual(expectedTitles);
          expect(headings.map((heading) => heading.depth)).toEqual([
            2,
            ...expectedTitles.map(() => 3),
          ]);

          // Inline formatting is the writer's (code, emphasis, strong, http(s) links); nothing else.
          for (const forbidden of [
            'html',
            'image',
            'imageReference',
            'linkReference',
            'definition',
            'footnoteReference',
            'footnoteDefinition',
            'code',
            'delete',
            'table',
            'blockquote',
            'thematicBreak',
            'break',
          ]) {
            expect(nodesOfType(tree, forbidden), `${forbidden} in:\n${markdown}`).toEqual([]);
          }
          for (const link of nodesOfType(tree, 'link') as { url: string }[])
            expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);

          // What a reader's parser makes of the export is what the tree said, section by section.
          const expected = sections({
            type: 'root',
            children: releaseNotesNodes(fields, draft, 2),
          });
          const bySection = sections(tree);
          expect([...bySection.keys()]).toEqual(expectedTitles);
          for (const field of fields) {
            const blocks = bySection.get(field.title);
            if (!blocks) continue;
            const value = draft[field.id]!;
            expect(blocks.map((block) => toString(block))).toEqual(
              expected.get(field.title)!.map((block) => toString(block)),
            );
            expect(blocks.map((block) => block.type)).toEqual(
              expected.get(field.title)!.map((block) => block.type),
            );
            if (field.kind === 'list' || field.kind === 'links') {
              const entries = listEntries(value);
              if (entries.length === 0) continue;
              const items = (blocks[0] as { children: Nodes[] }).children;
              expect(items).toHaveLength(entries.length);
              entries.forEach((entry, index) => {
                if (field.kind === 'list' && !MARKDOWN_SIGNS.test(entry))
                  expect(toString(items[index]!)).toBe(entry);
              });
              const typedLinks =
                field.kind === 'links'
                  ? entries.map(parseLinkEntry).flatMap((link) => (link.ok ? [link.url] : []))
                  : [];
              const links = (
                nodesOfType({ type: 'root', children: blocks }, 'link') as { url: string }[]
              ).map((link) => link.url);
              expect(links.filter((url) => typedLinks.includes(url))).toEqual(typedLinks);
            } else if (field.kind === 'paragraph') {
              const paragraphs = paragraphsOf(value);
              expect(blocks).toHaveLength(Math.max(paragraphs.length, 1));
              paragraphs.forEach((words, index) => {
                if (!MARKDOWN_SIGNS.test(words)) expect(toString(blocks[index]!)).toBe(words);
              });
            } else if (oneLine(value) && !MARKDOWN_SIGNS.test(value)) {
              expect(blocks.map((block) => toString(block))).toEqual([oneLine(value)]);
            }
          }
        },
      ),
      { numRuns: 250 },
    );
  }, 30_000);

  it('copes with a very long summary', () => {
    const summary = 'Ünïcode 🚀 *in italics* <b>not html</b> '.repeat(600);
    const markdown = exportReleaseNotesMarkdown(fields, { summary });
    const blocks = sections(parseGfm(markdown)).get('Summary')!;
    expect(blocks.map((block) => toString(block))).toEqual([oneLine(summary).replaceAll('*', '')]);
    expect(nodesOfType(blocks[0]!, 'emphasis')).toHaveLength(600);
    expect(nodesOfType(blocks[0]!, 'html')).toEqual([]);
  });
});
