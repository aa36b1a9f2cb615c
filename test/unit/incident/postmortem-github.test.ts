// The postmortem skeleton as github.com shows it, rendered by cmark-gfm: its sections in order,
// the follow-ups as task boxes, the timeline as one table, and the rollback, root cause, lessons
// and resolution typed during the incident as literal text, whatever they contain.
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { elementsOf, renderedTree } from '../../support/github-render.ts';
import { exportIncidentMarkdown } from '../../../src/lib/incident/incident-markdown.ts';
import { addEntry } from '../../../src/lib/incident/incident-timeline.ts';
import { startIncident } from '../../../src/lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { recordCustomerUpdate } from '../../../src/lib/incident/reminders.ts';
import { at, PLAYBOOK, ROLLBACK } from '../../fixtures/playbook.ts';

function postmortem(typed: string) {
  let incident = startIncident(
    { title: 'Checkout errors', customerImpact: true },
    'i',
    at('23:10:00', 'Dana'),
  );
  incident = decideRollback(
    incident,
    ROLLBACK,
    { version: `2.3.1 ${typed}`, reason: typed },
    at('23:20:00', 'Lee'),
  );
  incident = recordCustomerUpdate(incident, at('23:25:00', 'Kim'));
  incident = addEntry(incident, 'note', `Root cause: ${typed}`, at('23:30:00', 'Sam'));
  incident = addEntry(incident, 'action', `Fix ${typed} (owner: Sam)`, at('23:31:00', 'Sam'));
  incident = addEntry(incident, 'note', `Lesson: ${typed}`, at('23:32:00', 'Sam'));
  incident = resolveIncident(incident, `Done ${typed}`, {
    at: '2026-11-27T00:05:00.000Z',
    by: 'Dana',
  });
  return renderedTree(
    exportIncidentMarkdown(incident, PLAYBOOK, new Date('2026-11-27T08:00:00.000Z')),
  );
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '**bold** _em_ `code`',
  '[x](javascript:alert(1))',
  '| a | b |',
  '# heading',
  '- [ ] box',
  '<img src=x onerror=alert(1)>',
];

describe('the postmortem skeleton on github.com (cmark-gfm)', () => {
  it('has its sections in order, dated times across midnight, and the follow-ups as task boxes', () => {
    const tree = postmortem('the lock');
    const headings = elementsOf(tree)
      .filter((element) => /^h[23]$/.test(element.tagName))
      .map((element) => toString(element));
    expect(headings).toEqual([
      'Incident: Checkout errors',
      'Impact',
      'Rollback decision',
      'Root cause',
      'Steps',
      'Timeline',
      'Action items',
      'Lessons',
    ]);
    const text = toString(tree);
    expect(text).toContain('Customer-facing: yes');
    expect(text).toContain('Duration: 00:55:00');
    expect(text).toContain(
      'Rolled back to 2.3.1 the lock · 2026-11-26 23:20 UTC by Lee · Reason: the lock',
    );
    expect(text).toContain('the lock · noted 2026-11-26 23:30 UTC by Sam');
    expect(text).toContain('Resolution: Done the lock');
    const boxes = elementsOf(tree).filter(
      (element) => element.tagName === 'input' && element.properties.type === 'checkbox',
    );
    const followUp = elementsOf(tree).filter(
      (element) => element.tagName === 'li' && toString(element).trim().startsWith('Fix the lock'),
    );
    expect(followUp.map((item) => toString(item).trim())).toEqual([
      'Fix the lock · owner: Sam · noted 2026-11-26 23:31 UTC by Sam',
    ]);
    expect(boxes.length).toBe(PLAYBOOK.steps.length + 1);
    expect(
      elementsOf(followUp[0]!).some(
        (element) => element.tagName === 'input' && element.properties.checked !== true,
      ),
    ).toBe(true);
    expect(elementsOf(tree).filter((element) => element.tagName === 'table')).toHaveLength(1);
    const times = elementsOf(tree)
      .filter((element) => element.tagName === 'tr')
      .slice(1)
      .map((row) => toString(row.children.find((cell) => cell.type === 'element')!));
    expect(times.every((time) => /^2026-11-2[67] \d\d:\d\d UTC$/.test(time))).toBe(true);
  });

  it.each(HOSTILE)('keeps typed text literal in every new section: %s', (typed) => {
    const tree = postmortem(typed);
    const tags = new Set(elementsOf(tree).map((element) => element.tagName));
    for (const forbidden of ['script', 'img', 'strong', 'em', 'code', 'h1', 'a'])
      expect(tags.has(forbidden), forbidden).toBe(false);
    const rows = elementsOf(tree).filter((element) => element.tagName === 'tr');
    for (const row of rows)
      expect(row.children.filter((cell) => cell.type === 'element')).toHaveLength(3);
    const folded = typed.replace(/\s+/g, ' ');
    expect(toString(tree)).toContain(`Reason: ${folded}`);
    expect(toString(tree)).toContain(`Resolution: Done ${folded}`);
  });
});
