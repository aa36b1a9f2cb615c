import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodesOfType, parseGfm } from '../../support/markdown-tree.ts';
import type { ChecklistItem } from '../../../src/lib/checklist/checklist-item.ts';
import { exportChecklistMarkdown } from '../../../src/lib/checklist/checklist-markdown.ts';
import { markdownFileName } from '../../../src/lib/markdown/markdown-file-name.ts';
import { exportRunMarkdown } from '../../../src/lib/releases/run-markdown.ts';
import type { ItemAction } from '../../../src/lib/team/item-history.ts';
import { INTERNAL_RUN, RUN } from '../../fixtures/release-work.ts';

const exportedAt = new Date('2026-11-26T16:05:00.000Z');
const items: ChecklistItem[] = [
  {
    id: 'staging',
    text: 'Deploy to staging and run smoke tests (QA Lead signs off)',
    owners: ['qa-lead'],
  },
  { id: 'production', text: 'Deploy to production (automated pipeline preferred)', owners: [] },
  { id: 'backup', text: 'Backup or snapshot (if applicable)', owners: [], condition: 'optional' },
  {
    id: 'customers',
    text: 'Customer communication sent (Customer Success for customer-facing changes)',
    owners: [],
    condition: 'customer-facing',
  },
];

describe('exportChecklistMarkdown', () => {
  it('writes a heading, the progress and a task list, each item with its state in one wording', () => {
    const markdown = exportChecklistMarkdown(
      {
        title: 'Deployment checklist',
        items,
        states: {
          staging: { status: 'done', at: '2026-11-26T15:52:00.000Z', by: 'Dana (QA Lead)' },
          backup: {
            status: 'na',
            at: '2026-11-26T15:40:00.000Z',
            by: 'Lee (Release Manager)',
            reason: 'stateless service',
          },
          production: {
            status: 'open',
            at: '2026-11-25T09:00:00.000Z',
            by: 'Sam',
            note: 'waiting for the change window',
          },
        },
      },
      RUN,
      exportedAt,
    );
    expect(markdown).toBe(
      [
        '## Deployment checklist · Release 2.4.0 (minor, customer-facing)',
        '',
        'Exported 2026-11-26 16:05 UTC · 1 of 4 done · 1 N/A',
        '',
        '- [x] Deploy to staging and run smoke tests (QA Lead signs off) · Done 15:52 UTC by Dana (QA Lead)',
        '- [ ] Deploy to production (automated pipeline preferred) · Reopened 2026-11-25 09:00 UTC by Sam · Note: waiting for the change window',
        '- [x] ~~Backup or snapshot (if applicable)~~ · N/A: stateless service · 15:40 UTC by Lee (Release Manager)',
        '- [ ] Customer communication sent (Customer Success for customer-facing changes)',
        '',
      ].join('\n'),
    );
  });

  it('marks customer-facing items N/A for an internal run', () => {
    const markdown = exportChecklistMarkdown(
      { title: 'Deployment checklist', items, states: {} },
      INTERNAL_RUN,
      exportedAt,
    );
    expect(markdown).toContain(
      '- [x] ~~Customer communication sent (Customer Success for customer-facing changes)~~ · N/A: Not a customer-facing release\n',
    );
    expect(markdown).toContain('(minor, internal)');
  });

  // A URL typed in a note may show as a link to exactly that URL (GFM autolinks it, and a reader
  // wants to click it); anything else that reads as Markdown or HTML must come out literally.
  it('keeps any typed text literal: no HTML, no made-up links, no extra list items, nothing lost', () => {
    const typed = fc.string({
      unit: fc.constantFrom(
        ...'ab <>*_[]()#|`~!\\-+=.:/\n\t&;x'.split(''),
        'javascript:',
        'https://evil.example',
        '<script>',
        '- [ ] ',
        '\u202e',
        '🚀',
        'שלום',
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(typed, typed, typed, (by, reason, note) => {
        const markdown = exportChecklistMarkdown(
          {
            title: 'Deployment checklist',
            items,
            states: {
              staging: { status: 'done', at: '2026-11-26T15:52:00.000Z', by, note },
              backup: {
                status: 'na',
                at: '2026-11-26T15:40:00.000Z',
                reason: reason.trim() || 'r',
                by,
              },
            },
          },
          RUN,
          exportedAt,
        );
        const tree = parseGfm(markdown);
        const lists = nodesOfType(tree, 'list') as { children: unknown[] }[];
        expect(lists).toHaveLength(1);
        expect(lists[0]!.children).toHaveLength(items.length);
        for (const link of nodesOfType(tree, 'link') as { url: string; children: unknown[] }[]) {
          expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
          expect(link.url.replace(/^mailto:/, '')).toContain(
            toString(link as never).replace(/^mailto:/, ''),
          );
        }
        for (const forbidden of [
          'linkReference',
          'definition',
          'html',
          'image',
          'heading',
          'table',
          'code',
          'inlineCode',
          'emphasis',
          'strong',
        ]) {
          const found = nodesOfType(tree, forbidden).filter(
            (node) => !(forbidden === 'heading' && node.depth === 2),
          );
          expect(found, `${forbidden} in:\n${markdown}`).toEqual([]);
        }
        const firstItem = toString(lists[0]!.children[0] as never);
        const fold = (value: string) =>
          value
            .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        if (fold(by)) expect(firstItem).toContain(`by ${fold(by)}`);
        if (fold(note)) expect(firstItem).toContain(`Note: ${fold(note)}`);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('sign-off history in the exports', () => {
  const action = (
    seq: number,
    fields: Omit<ItemAction, 'id' | 'list' | 'item' | 'seq'>,
  ): ItemAction => ({ id: `a.${seq}`, list: 'deployment', item: 'staging', seq, ...fields });
  const history: Record<string, ItemAction[]> = {
    staging: [
      action(1, { action: 'done', at: '2026-11-26T10:02:00.000Z', by: 'Dana (QA Lead)' }),
      action(2, { action: 'reopen', at: '2026-11-26T10:05:00.000Z', by: 'Sam (Release Manager)' }),
      action(3, {
        action: 'na',
        reason: 'no **staging** <img src=x>',
        at: '2026-11-25T09:00:00.000Z',
        by: 'Sam',
      }),
    ],
  };
  const checklist = {
    title: 'Deployment checklist',
    items,
    states: { staging: { status: 'open' as const, at: '2026-11-26T10:05:00.000Z', by: 'Sam' } },
    history,
  };

  it('lists each shared item’s actions under it, who, when and what, times in UTC, typed text literal', () => {
    const markdown = exportChecklistMarkdown(checklist, RUN, exportedAt);
    expect(markdown).toContain(
      [
        '- [ ] Deploy to staging and run smoke tests (QA Lead signs off) · Reopened 10:05 UTC by Sam',
        '  - Done 10:02 UTC by Dana (QA Lead)',
        '  - Reopened 10:05 UTC by Sam (Release Manager)',
        '  - N/A: no \\*\\*staging\\*\\* \\<img src=x> · 2026-11-25 09:00 UTC by Sam',
        '- [ ] Deploy to production (automated pipeline preferred)',
      ].join('\n'),
    );
    const tree = parseGfm(markdown);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    expect(nodesOfType(tree, 'strong')).toEqual([]);
    // The nested list belongs to the item; the checklist still has one task per item.
    const top = (nodesOfType(tree, 'list') as { children: unknown[] }[])[0]!;
    expect(top.children).toHaveLength(items.length);
  });

  it('puts the history in the whole run’s export too, and leaves a run without history as it was', () => {
    expect(exportRunMarkdown(RUN, [checklist], exportedAt)).toContain(
      '  - Done 10:02 UTC by Dana (QA Lead)\n',
    );
    const { history: _none, ...local } = checklist;
    expect(exportChecklistMarkdown({ ...local, history: {} }, RUN, exportedAt)).toBe(
      exportChecklistMarkdown(local, RUN, exportedAt),
    );
    expect(exportRunMarkdown(RUN, [local], exportedAt)).not.toContain('  - ');
  });
});

describe('markdownFileName', () => {
  it('names the file after the checklist and the version', () => {
    expect(markdownFileName('Deployment checklist', '2.4.0')).toBe('deployment-checklist-2.4.0.md');
    expect(markdownFileName('Release', '3.0.0-rc.1+build.5')).toBe('release-3.0.0-rc.1+build.5.md');
    expect(markdownFileName('../../etc/passwd')).toBe('..-..-etc-passwd.md');
    expect(markdownFileName('')).toBe('export.md');
  });
});
