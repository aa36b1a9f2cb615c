import fc from 'fast-check';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodesOfType, parseGfm } from '../../support/markdown-tree.ts';
import { oneLine } from '../../../src/lib/markdown/markdown-text.ts';
import { listEntries, paragraphsOf, parseLinkEntry } from '../../../src/lib/release-notes/field-values.ts';
import type { ReleaseNotesDraft } from '../../../src/lib/release-notes/release-notes-draft.ts';
import { exportReleaseNotesMarkdown } from '../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { releaseNotesNodes } from '../../../src/lib/release-notes/release-notes-markdown.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

const fields = ['Release name / number:', 'Date:', 'Summary:', 'Notable changes:', 'Migration steps (if any):', 'Known issues:', 'Documentation links:'].map(
  (label) => deriveField(label),
);

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
  'documentation-links': 'Upgrade guide — https://docs.octoacme.example/upgrade\nhttps://docs.octoacme.example/api',
};

describe('exportReleaseNotesMarkdown', () => {
  it('writes the template’s sections in order, as GitHub-flavoured Markdown', () => {
    expect(exportReleaseNotesMarkdown(fields, FILLED)).toBe(
      [
        '## Release notes · Aurora 2.4.0',
        '',
        '### Release name / number',
        '',
        'Aurora 2.4.0',
        '',
        '### Date',
        '',
        '2026-11-26',
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
    expect(markdown.startsWith('## Release notes\n')).toBe(true);
    expect(exportReleaseNotesMarkdown(fields, { 'migration-steps': 'Run `migrate`' })).toContain('### Migration steps\n\n- Run \\`migrate\\`\n');
  });

  it('keeps a line that is not an http(s) link as text', () => {
    const markdown = exportReleaseNotesMarkdown(fields, { 'documentation-links': 'Evil — javascript:alert(1)' });
    expect(nodesOfType(parseGfm(markdown), 'link')).toEqual([]);
    expect(markdown).toContain('- Evil — javascript:alert(1)\n');
  });
});

describe('releaseNotesNodes', () => {
  it('nests under a run export at any depth', () => {
    const nodes = releaseNotesNodes(fields, FILLED, 3);
    const headings = nodes.filter((node): node is Heading => node.type === 'heading');
    expect(headings.map((heading) => heading.depth)).toEqual([3, 4, 4, 4, 4, 4, 4]);
  });
});

describe('whatever is typed stays literal text', () => {
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

  it('in every field: same sections, same entries, same words, no HTML, no links but the http(s) ones typed', () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: fields.length, maxLength: fields.length }), (values) => {
        const draft = Object.fromEntries(fields.map((field, index) => [field.id, values[index]!]));
        const markdown = exportReleaseNotesMarkdown(fields, draft);
        const tree = parseGfm(markdown);

        const headings = nodesOfType(tree, 'heading') as Heading[];
        const release = oneLine(draft['release-name-number']!);
        expect(toString(headings[0]!)).toBe(release ? `Release notes · ${release}` : 'Release notes');
        const expectedTitles = fields.filter((field) => !field.optional || listEntries(draft[field.id]!).length > 0).map((field) => field.title);
        expect(headings.slice(1).map((heading) => toString(heading))).toEqual(expectedTitles);
        expect(headings.map((heading) => heading.depth)).toEqual([2, ...expectedTitles.map(() => 3)]);

        for (const forbidden of ['html', 'image', 'imageReference', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code', 'inlineCode', 'emphasis', 'strong', 'delete', 'table', 'blockquote', 'thematicBreak', 'break']) {
          expect(nodesOfType(tree, forbidden), `${forbidden} in:\n${markdown}`).toEqual([]);
        }

        // A URL typed as text may show as a link to exactly that URL (GFM autolinks it, and a
        // reader wants to click it); no other link, and never another scheme.
        for (const link of nodesOfType(tree, 'link') as { url: string; children: Nodes[] }[]) {
          expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
          const typedUrls = listEntries(draft['documentation-links']!).map(parseLinkEntry).flatMap((entry) => (entry.ok ? [entry.url] : []));
          if (!typedUrls.includes(link.url)) expect(link.url.replace(/^mailto:/, '')).toContain(toString(link).replace(/^mailto:/, ''));
        }

        const bySection = sections(tree);
        for (const field of fields) {
          const blocks = bySection.get(field.title);
          if (!blocks) continue;
          const value = draft[field.id]!;
          if (field.kind === 'list' || field.kind === 'links') {
            const entries = listEntries(value);
            if (entries.length === 0) continue;
            expect(blocks).toHaveLength(1);
            const items = (blocks[0] as { children: Nodes[] }).children;
            expect(items.map((item) => toString(item))).toEqual(
              field.kind === 'links' ? entries.map((entry) => { const link = parseLinkEntry(entry); return link.ok ? link.title ?? link.url : entry; }) : entries,
            );
            const typedLinks = field.kind === 'links' ? entries.map(parseLinkEntry).flatMap((link) => (link.ok ? [link.url] : [])) : [];
            const links = (nodesOfType({ type: 'root', children: blocks }, 'link') as { url: string }[]).map((link) => link.url);
            expect(links.filter((url) => typedLinks.includes(url))).toEqual(typedLinks);
          } else if (field.kind === 'paragraph') {
            const paragraphs = paragraphsOf(value);
            if (paragraphs.length > 0) expect(blocks.map((block) => toString(block))).toEqual(paragraphs);
          } else if (oneLine(value)) {
            expect(blocks.map((block) => toString(block))).toEqual([oneLine(value)]);
          }
        }
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('copes with a very long summary', () => {
    const summary = 'Ünïcode 🚀 *not bold* <b>not html</b> '.repeat(600);
    const markdown = exportReleaseNotesMarkdown(fields, { summary });
    const blocks = sections(parseGfm(markdown)).get('Summary')!;
    expect(blocks.map((block) => toString(block))).toEqual([oneLine(summary)]);
  });
});
