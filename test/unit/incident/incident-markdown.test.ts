import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodesOfType, parseGfm } from '../../support/markdown-tree.ts';
import { exportIncidentMarkdown } from '../../../src/lib/incident/incident-markdown.ts';
import { addEntry, correctEntry } from '../../../src/lib/incident/incident-timeline.ts';
import { resolveIncident, skipStep, startIncident, tickStep, untickStep } from '../../../src/lib/incident/incident-transitions.ts';
import type { Incident } from '../../../src/lib/incident/incident.ts';
import { at, NOTIFY_CS, PLAYBOOK, ROLLBACK, TRIAGE, TRIGGER_STEP, UPDATE_CUSTOMERS } from '../../fixtures/playbook.ts';

function workedIncident(): Incident {
  let incident = startIncident(
    { title: 'Checkout errors after 2.4.0', customerImpact: false, release: { id: 'run-1', description: 'Release 2.4.0 (minor, customer-facing)' } },
    'incident-1',
    at('23:02:00', 'Dana (Release Manager)'),
  );
  incident = tickStep(incident, TRIGGER_STEP, at('23:03:00', 'Dana (Release Manager)'));
  incident = skipStep(incident, NOTIFY_CS, 'Internal admin pages only', at('23:04:00', 'Dana (Release Manager)'));
  incident = addEntry(incident, 'note', 'Error rate 12% on checkout', at('23:06:00', 'Sam'));
  incident = correctEntry(incident, 'e4', 'Error rate 12% on the admin checkout', at('23:08:00', 'Sam'));
  incident = tickStep(incident, ROLLBACK, at('23:20:00', 'Lee (Release Manager)'));
  incident = tickStep(incident, TRIAGE, at('23:45:00'));
  incident = untickStep(incident, TRIAGE, at('23:46:00', 'Sam'));
  incident = addEntry(incident, 'action', 'Alert on checkout error rate', at('23:50:00', 'Sam (Scrum Master)'));
  return resolveIncident(incident, { at: '2026-11-27T00:40:00.000Z', by: 'Dana (Release Manager)' });
}

describe('exportIncidentMarkdown', () => {
  it('writes the record: facts, steps with times, the timeline as a table, the action items', () => {
    expect(exportIncidentMarkdown(workedIncident(), PLAYBOOK, new Date('2026-11-27T09:15:00.000Z'))).toBe(
      [
        '## Incident: Checkout errors after 2.4.0',
        '',
        'Exported 2026-11-27 09:15 UTC',
        '',
        '- Linked release: Release 2.4.0 (minor, customer-facing)',
        '- Started: 2026-11-26 23:02 UTC',
        '- Resolved: 2026-11-27 00:40 UTC',
        '- Duration: 1 h 38 min',
        '- Customer impact: no',
        '',
        '### Steps',
        '',
        'If a deployment fails or causes a critical issue:',
        '',
        `- [x] ${TRIGGER_STEP.text} · Done 23:03 UTC by Dana (Release Manager)`,
        `- [x] ~~${NOTIFY_CS.text}~~ · N/A: Internal admin pages only · 23:04 UTC by Dana (Release Manager)`,
        `- [x] ${ROLLBACK.text} · Rolled back 23:20 UTC by Lee (Release Manager)`,
        `- [ ] ${TRIAGE.text} · Reopened 23:46 UTC by Sam`,
        `- [ ] ${UPDATE_CUSTOMERS.text}`,
        '',
        '### Timeline',
        '',
        '| Time | Who | Entry |',
        '| - | - | - |',
        '| 23:02 UTC | Dana (Release Manager) | Incident started · not customer-impacting · linked to Release 2.4.0 (minor, customer-facing) |',
        `| 23:03 UTC | Dana (Release Manager) | Done · ${TRIGGER_STEP.text} |`,
        `| 23:04 UTC | Dana (Release Manager) | N/A · ${NOTIFY_CS.text} · Reason: Internal admin pages only |`,
        '| 23:06 UTC | Sam | ~~Error rate 12% on checkout~~ |',
        '| 23:08 UTC | Sam | Correction: Error rate 12% on the admin checkout |',
        `| 23:20 UTC | Lee (Release Manager) | Decision: rolled back · ${ROLLBACK.text} |`,
        `| 23:45 UTC | | Done · ${TRIAGE.text} |`,
        `| 23:46 UTC | Sam | Reopened · ${TRIAGE.text} |`,
        '| 23:50 UTC | Sam (Scrum Master) | Action item: Alert on checkout error rate |',
        '| 2026-11-27 00:40 UTC | Dana (Release Manager) | Incident resolved · duration 1 h 38 min |',
        '',
        '### Follow-up action items',
        '',
        '- [ ] Alert on checkout error rate · noted 23:50 UTC by Sam (Scrum Master)',
        '',
      ].join('\n'),
    );
  });

  it('exports an ongoing incident: duration so far, required steps, no action items yet, no title', () => {
    const incident = startIncident({ title: '', customerImpact: true }, 'incident-2', at('14:00:00'));
    const markdown = exportIncidentMarkdown(incident, PLAYBOOK, new Date('2026-11-26T14:30:59.000Z'));
    expect(markdown).toContain('## Incident: Incident of 2026-11-26 14:00 UTC\n');
    expect(markdown).toContain('- Resolved: not yet\n- Duration so far: 30 min\n- Customer impact: yes\n');
    expect(markdown).not.toContain('Linked release');
    expect(markdown).toContain(`- [ ] ${NOTIFY_CS.text} · required: customers are affected\n`);
    expect(markdown).toContain('- [ ] Trigger incident response and notify on-call (Release Manager coordinates)\n');
    expect(markdown).toMatch(/### Follow-up action items\n\nNone noted\.\n$/);
    const tables = nodesOfType(parseGfm(markdown), 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].children).toHaveLength(2);
  });

  it('reads as a decision when the rollback was not needed', () => {
    const incident = skipStep(startIncident({ title: 'x', customerImpact: true }, 'i', at('14:00:00')), ROLLBACK, 'Fixed forward', at('14:10:00', 'Lee'));
    expect(exportIncidentMarkdown(incident, PLAYBOOK, new Date('2026-11-26T15:00:00.000Z'))).toContain(
      `- [x] ${ROLLBACK.text} · Not needed: Fixed forward · 14:10 UTC by Lee\n`,
    );
  });

  // Whatever people type under stress comes out as their words: no HTML, no made-up links, no
  // broken table, no extra list items or headings.
  it('keeps any typed text literal', () => {
    const typed = fc.string({
      unit: fc.constantFrom(...'ab <>*_[]()#|`~!\\-+=.:/\n\t&;x'.split(''), 'javascript:', 'https://evil.example', '<script>', '- [ ] ', '| --- |', '\u202e', '🚀', 'שלום'),
      maxLength: 40,
    });
    const nonEmpty = typed.filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(typed, nonEmpty, nonEmpty, typed, nonEmpty, (title, note, reason, by, release) => {
        let incident = startIncident({ title, customerImpact: false, release: { id: 'r', description: release } }, 'i', { at: '2026-11-26T14:00:00.000Z', by });
        incident = addEntry(incident, 'note', note, { at: '2026-11-26T14:01:00.000Z', by });
        incident = addEntry(incident, 'action', note, { at: '2026-11-26T14:02:00.000Z', by });
        incident = skipStep(incident, NOTIFY_CS, reason, { at: '2026-11-26T14:03:00.000Z', by });
        const markdown = exportIncidentMarkdown(incident, PLAYBOOK, new Date('2026-11-26T15:00:00.000Z'));
        const tree = parseGfm(markdown);

        expect(nodesOfType(tree, 'heading').map((heading) => heading.depth)).toEqual([2, 3, 3, 3]);
        const [facts, steps, actions] = nodesOfType(tree, 'list');
        expect(facts.children).toHaveLength(5);
        expect(steps.children).toHaveLength(PLAYBOOK.steps.length);
        expect(actions.children).toHaveLength(1);
        const [table] = nodesOfType(tree, 'table');
        expect(table.children).toHaveLength(1 + incident.timeline.length);
        for (const row of table.children) expect(row.children).toHaveLength(3);
        for (const link of nodesOfType(tree, 'link')) {
          expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
          expect(link.url.replace(/^mailto:/, '')).toContain(toString(link).replace(/^mailto:/, ''));
        }
        for (const forbidden of ['linkReference', 'definition', 'html', 'image', 'code', 'inlineCode', 'emphasis', 'strong', 'blockquote', 'thematicBreak']) {
          expect(nodesOfType(tree, forbidden), `${forbidden} in:\n${markdown}`).toEqual([]);
        }
        const fold = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
        const noteRow = table.children[2];
        expect(toString(noteRow.children[2])).toBe(fold(note));
        if (fold(by)) expect(toString(noteRow.children[1])).toBe(fold(by));
        expect(toString(actions.children[0])).toContain(`${fold(note)} · noted 14:02 UTC`);
        expect(toString(steps.children[1])).toContain(`N/A: ${fold(reason)}`);
        if (fold(title)) expect(toString(nodesOfType(tree, 'heading')[0])).toBe(`Incident: ${fold(title)}`);
        if (fold(release)) expect(toString(facts.children[0])).toBe(`Linked release: ${fold(release)}`);
      }),
      { numRuns: 50 },
    );
  }, 30_000); // parsing the export back with GFM tables is the slow part
});
