import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { elementsOf, renderedTree } from '../../support/github-render.ts';
import {
  exportChecklistMarkdown,
  type ChecklistExport,
} from '../../../src/lib/checklist/checklist-markdown.ts';
import type { ChecklistItem } from '../../../src/lib/checklist/checklist-item.ts';
import { exportIncidentMarkdown } from '../../../src/lib/incident/incident-markdown.ts';
import { addEntry } from '../../../src/lib/incident/incident-timeline.ts';
import {
  skipStep,
  startIncident,
  tickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { exportReleaseNotesMarkdown } from '../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';
import { exportRunMarkdown } from '../../../src/lib/releases/run-markdown.ts';
import { at, NOTIFY_CS, PLAYBOOK, TRIGGER_STEP } from '../../fixtures/playbook.ts';
import { INTERNAL_RUN, RUN } from '../../fixtures/release-work.ts';

// What the README promises of every export, checked with the renderer GitHub uses: a web address
// typed in a note is a link to exactly that address, and nothing else typed becomes markup.

const CI_URL = 'https://ci.example.com/job/42/console?tab=log&lines=1-200';
const exportedAt = new Date('2026-11-26T16:05:00.000Z');
const items: ChecklistItem[] = [
  { id: 'staging', text: 'Deploy to staging (QA Lead signs off)', owners: ['qa-lead'] },
  { id: 'backup', text: 'Backup or snapshot (if applicable)', owners: [], condition: 'optional' },
];

const anchors = (tree: Root) => elementsOf(tree).filter((element) => element.tagName === 'a');
const hrefs = (tree: Root) => anchors(tree).map((anchor) => String(anchor.properties.href));
const tagsOf = (tree: Root) => new Set(elementsOf(tree).map((element) => element.tagName));

function checklistWith(
  note: string,
  reason = 'stateless service',
  by = 'Dana (QA Lead)',
): ChecklistExport {
  return {
    title: 'Deployment checklist',
    items,
    states: {
      staging: { status: 'done', at: '2026-11-26T15:52:00.000Z', by, note },
      backup: { status: 'na', at: '2026-11-26T15:40:00.000Z', by, reason },
    },
  };
}

function incidentWith(typed: string) {
  let incident = startIncident(
    { title: typed, customerImpact: false },
    'incident-1',
    at('23:02:00', typed),
  );
  incident = tickStep(incident, TRIGGER_STEP, at('23:03:00', typed));
  incident = skipStep(incident, NOTIFY_CS, typed.trim() || 'r', at('23:04:00', typed));
  incident = addEntry(incident, 'note', typed.trim() || 'n', at('23:05:00', typed));
  return addEntry(incident, 'action', typed.trim() || 'a', at('23:06:00', typed));
}

describe('a web address typed in a note, as GitHub renders the export', () => {
  it('is a link to exactly that address in a checklist export', () => {
    const tree = renderedTree(
      exportChecklistMarkdown(checklistWith(`CI run: ${CI_URL}.`), RUN, exportedAt),
    );
    const links = anchors(tree);
    expect(links.map((anchor) => [String(anchor.properties.href), toString(anchor)])).toEqual([
      [CI_URL, CI_URL],
    ]);
    expect(toString(tree)).toContain(`Note: CI run: ${CI_URL}.`);
  });

  it('is a link in a whole run export, in the incident record (steps and timeline) and in release notes', () => {
    const run = exportRunMarkdown(RUN, [checklistWith(`see ${CI_URL}`)], exportedAt);
    expect(hrefs(renderedTree(run))).toEqual([CI_URL]);

    const incident = exportIncidentMarkdown(
      incidentWith(`Logs at ${CI_URL}`),
      PLAYBOOK,
      exportedAt,
    );
    const incidentTree = renderedTree(incident);
    expect(new Set(hrefs(incidentTree))).toEqual(new Set([CI_URL]));
    const timelineLinks = elementsOf(incidentTree)
      .filter((element) => element.tagName === 'td')
      .flatMap((cell) => anchors({ type: 'root', children: [cell] }));
    expect(timelineLinks.length).toBeGreaterThan(0);

    const fields = ['Release name / number:', 'Known issues:'].map((label) => deriveField(label));
    const notes = exportReleaseNotesMarkdown(fields, {
      'release-name-number': 'Aurora 2.4.0',
      'known-issues': `Tracked in ${CI_URL}`,
    });
    expect(hrefs(renderedTree(notes))).toEqual([CI_URL]);
  });

  it('ends at a pipe, which a table cell would otherwise change', () => {
    const tree = renderedTree(
      exportIncidentMarkdown(incidentWith('Logs https://ci.example.com/a|b'), PLAYBOOK, exportedAt),
    );
    expect(new Set(hrefs(tree))).toEqual(new Set(['https://ci.example.com/a']));
    const noteCells = elementsOf(tree).filter(
      (element) => element.tagName === 'td' && toString(element).startsWith('Logs'),
    );
    expect(noteCells.length).toBeGreaterThan(1);
    for (const cell of noteCells) expect(toString(cell)).toBe('Logs https://ci.example.com/a|b');
  });

  it('ends where a sentence ends, and an address in parentheses leaves the parenthesis out', () => {
    const tree = renderedTree(
      exportChecklistMarkdown(
        checklistWith('Logs (https://ci.example.com/job/(42)), then https://ci.example.com/b!'),
        RUN,
        exportedAt,
      ),
    );
    expect(hrefs(tree)).toEqual(['https://ci.example.com/job/(42)', 'https://ci.example.com/b']);
    expect(toString(tree)).toContain(
      'Logs (https://ci.example.com/job/(42)), then https://ci.example.com/b!',
    );
  });
});

// Hostile or merely unlucky text: HTML, script links, emphasis, code, pipes, headings, task markers.
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  'javascript:alert(1)',
  '*em* _em_ **strong** __strong__',
  '`code` ``more``',
  'a | b || c',
  '~~gone~~ ~one~',
  '# not a heading',
  '- [ ] not an item',
  '[ref]: https://evil.example',
  '&lt;b&gt; &amp; &#x3C;',
  'www.evil.example',
  '<https://evil.example>',
  '\\* backslash \\',
  '![image](https://evil.example/x.png)',
];

/** Elements an export may contain by itself: nothing typed adds any other. */
const STRUCTURE = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'input',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
]);

/** cmark-gfm percent-encodes some characters of an address (`\\` as `%5C`): compare characters. */
function decoded(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/**
 * No element but the export's own structure, and no link but to what was typed: a web address, or
 * an e-mail address GitHub links by itself, each shown as typed.
 */
function expectOnlyTypedLinks(tree: Root, typed: string) {
  expect([...tagsOf(tree)].filter((tag) => !STRUCTURE.has(tag))).toEqual([]);
  for (const anchor of anchors(tree)) {
    const href = String(anchor.properties.href);
    const shown = toString(anchor);
    expect(href).toMatch(/^(https?:\/\/|mailto:|xmpp:)/);
    if (/^https?:/.test(href)) {
      expect(decoded(href)).toBe(shown);
      expect(typed).toContain(shown);
    } else {
      expect(typed).toContain(shown);
      expect([shown, `mailto:${shown}`]).toContain(href);
    }
  }
}

const fold = (value: string) =>
  value
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('typed text, as GitHub renders the export', () => {
  it.each(HOSTILE)('stays literal in a checklist export: %s', (typed) => {
    const tree = renderedTree(
      exportChecklistMarkdown(checklistWith(typed, typed, typed), RUN, exportedAt),
    );
    expectOnlyTypedLinks(tree, typed);
    expect(elementsOf(tree).filter((element) => element.tagName === 'li')).toHaveLength(
      items.length,
    );
    expect(
      elementsOf(tree)
        .filter((element) => element.tagName === 'del')
        .map((element) => toString(element)),
    ).toEqual([items[1]!.text]);
    expect(toString(tree)).toContain(`Note: ${fold(typed)}`);
  });

  it.each(HOSTILE)(
    'stays literal in the incident record, three cells to every timeline row: %s',
    (typed) => {
      const tree = renderedTree(exportIncidentMarkdown(incidentWith(typed), PLAYBOOK, exportedAt));
      expectOnlyTypedLinks(tree, typed);
      const rows = elementsOf(tree).filter((element) => element.tagName === 'tr');
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows)
        expect(
          row.children.filter((child): child is Element => child.type === 'element'),
        ).toHaveLength(3);
      expect(toString(tree)).toContain(`Incident: ${fold(typed)}`);
    },
  );

  it.each(HOSTILE)('stays literal in a run export with an internal run: %s', (typed) => {
    const tree = renderedTree(
      exportRunMarkdown(INTERNAL_RUN, [checklistWith(typed, typed, typed)], exportedAt),
    );
    expectOnlyTypedLinks(tree, typed);
    expect(toString(tree)).toContain(`Note: ${fold(typed)}`);
  });

  it('stays literal whatever is typed, in every export', () => {
    const typed = fc.string({
      unit: fc.constantFrom(
        ...'ab <>*_[]()#|`~!\\-+=.:/\n&;x'.split(''),
        'javascript:',
        'https://evil.example',
        '<script>',
        '- [ ] ',
        'www.',
        '\u202e',
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(typed, (text) => {
        expectOnlyTypedLinks(
          renderedTree(
            exportChecklistMarkdown(checklistWith(text, text.trim() || 'r', text), RUN, exportedAt),
          ),
          text,
        );
        const incident = renderedTree(
          exportIncidentMarkdown(incidentWith(text), PLAYBOOK, exportedAt),
        );
        expectOnlyTypedLinks(incident, text);
        for (const row of elementsOf(incident).filter((element) => element.tagName === 'tr')) {
          expect(row.children.filter((child) => child.type === 'element')).toHaveLength(3);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
