import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodesOfType, parseGfm } from '../../support/markdown-tree.ts';
import { exportIncidentMarkdown } from '../../../src/lib/incident/incident-markdown.ts';
import { addEntry, correctEntry } from '../../../src/lib/incident/incident-timeline.ts';
import {
  skipStep,
  startIncident,
  tickStep,
  untickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { recordCustomerUpdate } from '../../../src/lib/incident/reminders.ts';
import type { Incident, TimelineEntry } from '../../../src/lib/incident/incident.ts';
import { exportTime } from '../../../src/lib/incident/postmortem.ts';
import { historyKey, historySignature, UNCONFIRMED } from '../../../src/lib/team/history-text.ts';
import { incidentRecordLines } from '../../../src/lib/team/incident-witnesses.ts';
import { PLAYBOOK_LIST } from '../../../src/lib/team/team-documents.ts';
import {
  at,
  NOTIFY_CS,
  PLAYBOOK,
  ROLLBACK,
  TRIAGE,
  TRIGGER_STEP,
  UPDATE_CUSTOMERS,
} from '../../fixtures/playbook.ts';

function workedIncident(): Incident {
  let incident = startIncident(
    {
      title: 'Checkout errors after 2.4.0',
      customerImpact: false,
      release: { id: 'run-1', description: 'Release 2.4.0 (minor, customer-facing)' },
    },
    'incident-1',
    at('23:02:00', 'Dana (Release Manager)'),
  );
  incident = tickStep(incident, TRIGGER_STEP, at('23:03:00', 'Dana (Release Manager)'));
  incident = skipStep(
    incident,
    NOTIFY_CS,
    'Internal admin pages only',
    at('23:04:00', 'Dana (Release Manager)'),
  );
  incident = addEntry(incident, 'note', 'Error rate 12% on checkout', at('23:06:00', 'Sam'));
  incident = correctEntry(
    incident,
    'e4',
    'Error rate 12% on the admin checkout',
    at('23:08:00', 'Sam'),
  );
  incident = decideRollback(
    incident,
    ROLLBACK,
    { version: '2.3.1', reason: 'Checkout 5xx after the deploy' },
    at('23:20:00', 'Lee (Release Manager)'),
  );
  incident = recordCustomerUpdate(incident, at('23:30:00', 'Kim (Customer Success)'));
  incident = tickStep(incident, TRIAGE, at('23:45:00'));
  incident = untickStep(incident, TRIAGE, at('23:46:00', 'Sam'));
  incident = addEntry(
    incident,
    'note',
    'Root cause: the 2.4.0 migration locked the orders table',
    at('23:48:00', 'Sam'),
  );
  incident = addEntry(
    incident,
    'action',
    'Alert on checkout error rate (owner: Sam)',
    at('23:50:00', 'Sam (Scrum Master)'),
  );
  incident = addEntry(
    incident,
    'action',
    'Rehearse migrations on a copy of production',
    at('23:51:00', 'Sam (Scrum Master)'),
  );
  incident = addEntry(
    incident,
    'note',
    'Lesson: the rollback took 18 minutes because nobody knew the previous version',
    at('23:55:00', 'Dana'),
  );
  return resolveIncident(incident, 'Rolled back to 2.3.1; checkout healthy again', {
    at: '2026-11-27T00:40:00.000Z',
    by: 'Dana (Release Manager)',
  });
}

describe('exportIncidentMarkdown', () => {
  it('writes the postmortem skeleton: facts, impact, rollback, root cause, steps, timeline, action items with owners, lessons', () => {
    const D = '2026-11-26';
    expect(
      exportIncidentMarkdown(workedIncident(), PLAYBOOK, new Date('2026-11-27T09:15:00.000Z')),
    ).toBe(
      [
        '## Incident: Checkout errors after 2.4.0',
        '',
        'Exported 2026-11-27 09:15 UTC',
        '',
        '- Linked release: Release 2.4.0 (minor, customer-facing)',
        '- Started: 2026-11-26 23:02 UTC',
        '- Resolved: 2026-11-27 00:40 UTC',
        '- Resolution: Rolled back to 2.3.1; checkout healthy again',
        '',
        '### Impact',
        '',
        '- Customer-facing: no',
        '- Duration: 01:38:00',
        `- Customer updates sent: 1, the last at ${D} 23:30 UTC`,
        '',
        '### Rollback decision',
        '',
        `Rolled back to 2.3.1 · ${D} 23:20 UTC by Lee (Release Manager) · Reason: Checkout 5xx after the deploy`,
        '',
        '### Root cause',
        '',
        `- the 2.4.0 migration locked the orders table · noted ${D} 23:48 UTC by Sam`,
        '',
        '### Steps',
        '',
        'If a deployment fails or causes a critical issue:',
        '',
        `- [x] ${TRIGGER_STEP.text} · Done ${D} 23:03 UTC by Dana (Release Manager)`,
        `- [x] ~~${NOTIFY_CS.text}~~ · N/A: Internal admin pages only · ${D} 23:04 UTC by Dana (Release Manager)`,
        `- [x] ${ROLLBACK.text} · Rolled back ${D} 23:20 UTC by Lee (Release Manager) · to 2.3.1`,
        `- [ ] ${TRIAGE.text} · Reopened ${D} 23:46 UTC by Sam`,
        `- [ ] ${UPDATE_CUSTOMERS.text}`,
        '',
        '### Timeline',
        '',
        '| Time | Who | Entry |',
        '| - | - | - |',
        `| ${D} 23:02 UTC | Dana (Release Manager) | Incident started · not customer-impacting · linked to Release 2.4.0 (minor, customer-facing) |`,
        `| ${D} 23:03 UTC | Dana (Release Manager) | Done · ${TRIGGER_STEP.text} |`,
        `| ${D} 23:04 UTC | Dana (Release Manager) | N/A · ${NOTIFY_CS.text} · Reason: Internal admin pages only |`,
        `| ${D} 23:06 UTC | Sam | ~~Error rate 12% on checkout~~ |`,
        `| ${D} 23:08 UTC | Sam | Correction: Error rate 12% on the admin checkout |`,
        `| ${D} 23:20 UTC | Lee (Release Manager) | Decision: rolled back to 2.3.1 · ${ROLLBACK.text} · Reason: Checkout 5xx after the deploy |`,
        `| ${D} 23:30 UTC | Kim (Customer Success) | Customer update sent |`,
        `| ${D} 23:45 UTC | | Done · ${TRIAGE.text} |`,
        `| ${D} 23:46 UTC | Sam | Reopened · ${TRIAGE.text} |`,
        `| ${D} 23:48 UTC | Sam | Root cause: the 2.4.0 migration locked the orders table |`,
        `| ${D} 23:50 UTC | Sam (Scrum Master) | Action item: Alert on checkout error rate (owner: Sam) |`,
        `| ${D} 23:51 UTC | Sam (Scrum Master) | Action item: Rehearse migrations on a copy of production |`,
        `| ${D} 23:55 UTC | Dana | Lesson: the rollback took 18 minutes because nobody knew the previous version |`,
        '| 2026-11-27 00:40 UTC | Dana (Release Manager) | Incident resolved · duration 01:38:00 · Resolution: Rolled back to 2.3.1; checkout healthy again |',
        '',
        '### Action items',
        '',
        `- [ ] Alert on checkout error rate · owner: Sam · noted ${D} 23:50 UTC by Sam (Scrum Master)`,
        `- [ ] Rehearse migrations on a copy of production · owner: to be assigned · noted ${D} 23:51 UTC by Sam (Scrum Master)`,
        '',
        '### Lessons',
        '',
        `- the rollback took 18 minutes because nobody knew the previous version · noted ${D} 23:55 UTC by Dana`,
        '',
      ].join('\n'),
    );
  });

  it('writes times without their date when the incident stays within one day, and the duration as the clock shows it', () => {
    const incident = resolveIncident(
      startIncident({ title: 't', customerImpact: false }, 'i', at('14:00:00')),
      'Flag turned off',
      at('14:00:28', 'Dana'),
    );
    const markdown = exportIncidentMarkdown(
      incident,
      PLAYBOOK,
      new Date('2026-11-26T15:00:00.000Z'),
    );
    expect(markdown).toContain('- Duration: 00:00:28\n');
    expect(markdown).not.toContain('less than a minute');
    expect(markdown).toContain(
      '| 14:00 UTC | Dana | Incident resolved · duration 00:00:28 · Resolution: Flag turned off |',
    );
    expect(markdown).toContain('### Rollback decision\n\nNot decided yet.\n');
    expect(markdown).toContain('### Root cause\n\nTo be written.');
    expect(markdown).not.toContain('Customer updates sent');
  });

  it('exports an ongoing incident: duration so far, required steps, no action items yet, no title', () => {
    const incident = startIncident(
      { title: '', customerImpact: true },
      'incident-2',
      at('14:00:00'),
    );
    const markdown = exportIncidentMarkdown(
      incident,
      PLAYBOOK,
      new Date('2026-11-26T14:30:59.000Z'),
    );
    expect(markdown).toContain('## Incident: Incident of 2026-11-26 14:00 UTC\n');
    expect(markdown).toContain(
      '- Resolved: not yet\n\n### Impact\n\n- Customer-facing: yes\n- Duration so far: 00:30:59\n- Customer updates sent: 0\n',
    );
    expect(markdown).not.toContain('Linked release');
    expect(markdown).toContain(`- [ ] ${NOTIFY_CS.text} · required: customers are affected\n`);
    expect(markdown).toContain(
      '- [ ] Trigger incident response and notify on-call (Release Manager coordinates)\n',
    );
    expect(markdown).toContain('### Action items\n\nNone noted.\n');
    expect(markdown).toMatch(/### Lessons\n\nTo be written: .*\n$/);
    const tables = nodesOfType(parseGfm(markdown), 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].children).toHaveLength(2);
  });

  it('reads as a decision when the rollback was not needed', () => {
    const incident = skipStep(
      startIncident({ title: 'x', customerImpact: true }, 'i', at('14:00:00')),
      ROLLBACK,
      'Fixed forward',
      at('14:10:00', 'Lee'),
    );
    expect(
      exportIncidentMarkdown(incident, PLAYBOOK, new Date('2026-11-26T15:00:00.000Z')),
    ).toContain(`- [x] ${ROLLBACK.text} · Not needed: Fixed forward · 14:10 UTC by Lee\n`);
  });

  // Whatever people type under stress comes out as their words: no HTML, no made-up links, no
  // broken table, no extra list items or headings.
  it('keeps any typed text literal', () => {
    const typed = fc.string({
      unit: fc.constantFrom(
        ...'ab <>*_[]()#|`~!\\-+=.:/\n\t&;x'.split(''),
        'javascript:',
        'https://evil.example',
        '<script>',
        '- [ ] ',
        '| --- |',
        '\u202e',
        '🚀',
        'שלום',
      ),
      maxLength: 40,
    });
    const nonEmpty = typed.filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(
        typed,
        nonEmpty,
        nonEmpty,
        typed,
        nonEmpty,
        (title, note, reason, by, release) => {
          let incident = startIncident(
            { title, customerImpact: false, release: { id: 'r', description: release } },
            'i',
            { at: '2026-11-26T14:00:00.000Z', by },
          );
          incident = addEntry(incident, 'note', note, { at: '2026-11-26T14:01:00.000Z', by });
          incident = addEntry(incident, 'action', note, { at: '2026-11-26T14:02:00.000Z', by });
          incident = skipStep(incident, NOTIFY_CS, reason, { at: '2026-11-26T14:03:00.000Z', by });
          const markdown = exportIncidentMarkdown(
            incident,
            PLAYBOOK,
            new Date('2026-11-26T15:00:00.000Z'),
          );
          const tree = parseGfm(markdown);

          expect(nodesOfType(tree, 'heading').map((heading) => heading.depth)).toEqual([
            2, 3, 3, 3, 3, 3, 3, 3,
          ]);
          const [facts, , steps, actions] = nodesOfType(tree, 'list');
          expect(facts.children).toHaveLength(3);
          expect(steps.children).toHaveLength(PLAYBOOK.steps.length);
          expect(actions.children).toHaveLength(1);
          const [table] = nodesOfType(tree, 'table');
          expect(table.children).toHaveLength(1 + incident.timeline.length);
          for (const row of table.children) expect(row.children).toHaveLength(3);
          for (const link of nodesOfType(tree, 'link')) {
            expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
            expect(link.url.replace(/^mailto:/, '')).toContain(
              toString(link).replace(/^mailto:/, ''),
            );
          }
          for (const forbidden of [
            'linkReference',
            'definition',
            'html',
            'image',
            'code',
            'inlineCode',
            'emphasis',
            'strong',
            'blockquote',
            'thematicBreak',
          ]) {
            expect(nodesOfType(tree, forbidden), `${forbidden} in:\n${markdown}`).toEqual([]);
          }
          const fold = (value: string) =>
            value
              .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
              .replace(/\s+/g, ' ')
              .trim();
          const noteRow = table.children[2];
          expect(toString(noteRow.children[2])).toBe(fold(note));
          if (fold(by)) expect(toString(noteRow.children[1])).toBe(fold(by));
          expect(toString(actions.children[0])).toContain(`· noted 14:02 UTC`);
          expect(toString(steps.children[1])).toContain(`N/A: ${fold(reason)}`);
          if (fold(title))
            expect(toString(nodesOfType(tree, 'heading')[0])).toBe(`Incident: ${fold(title)}`);
          if (fold(release))
            expect(toString(facts.children[0])).toBe(`Linked release: ${fold(release)}`);
        },
      ),
      { numRuns: 50 },
    );
  }, 30_000); // parsing the export back with GFM tables is the slow part
});

describe('a shared incident’s export', () => {
  it('names whom the server witnessed in the timeline and the steps’ histories, whatever name was signed', () => {
    const D = '2026-11-26';
    let incident = startIncident(
      { title: 'API errors', customerImpact: false },
      'i1',
      at('23:02:00', 'Dana'),
    );
    incident = tickStep(incident, TRIGGER_STEP, at('23:03:00', 'Dana (Release Manager)'));
    incident = addEntry(incident, 'note', 'Root cause: a lock', at('23:06:00', 'Sam'));
    incident = addEntry(incident, 'action', 'Alert on locks', at('23:07:00', 'Sam'));
    const received = (time: string, name: string, role?: string) => ({
      name,
      ...(role ? { role } : {}),
      receivedAt: `${D}T${time}.000Z`,
    });
    const [started, ticked, noted, action] = incident.timeline;
    const witnesses = new Map<TimelineEntry, Parameters<typeof historySignature>[0]['witness']>([
      [started!, received('23:02:01', 'Dana', 'Release Manager')],
      // Signed "Dana (Release Manager)", sent with Lee's token.
      [ticked!, received('23:03:01', 'Lee', 'QA Lead')],
      // Made offline, received 40 minutes later.
      [noted!, received('23:46:00', 'Sam')],
      [action!, UNCONFIRMED],
    ]);
    const signatures = Object.fromEntries(
      [...witnesses].map(([entry, witness]) => [entry.id, historySignature({ ...entry, witness })]),
    );
    const tick = {
      id: 'a.1',
      list: PLAYBOOK_LIST,
      item: TRIGGER_STEP.id,
      seq: 1,
      action: 'done' as const,
      ...at('23:03:00', 'Dana (Release Manager)'),
      witness: received('23:03:01', 'Lee', 'QA Lead'),
    };
    const exportedAt = new Date('2026-11-26T23:50:00.000Z');
    const shared = incidentRecordLines(
      { histories: { [historyKey(PLAYBOOK_LIST, TRIGGER_STEP.id)]: [tick] }, signatures },
      PLAYBOOK.steps.map((step) => step.id),
      exportTime(incident, exportedAt),
    );
    const markdown = exportIncidentMarkdown(incident, PLAYBOOK, exportedAt, shared);
    expect(markdown).toContain(
      [
        `- [x] ${TRIGGER_STEP.text} · Done 23:03 UTC by Dana (Release Manager)`,
        '  - Done 23:03 UTC by Lee (QA Lead)',
      ].join('\n'),
    );
    expect(markdown).toContain('| 23:02 UTC | Dana (Release Manager) | Incident started');
    expect(markdown).toContain(`| 23:03 UTC | Lee (QA Lead) | Done · ${TRIGGER_STEP.text} |`);
    expect(markdown).toContain(
      '| 23:06 UTC | Sam · made 23:06 UTC offline, received 23:46 UTC | Root cause: a lock |',
    );
    expect(markdown).toContain(
      '| 23:07 UTC | Sam · not yet confirmed by the server | Action item: Alert on locks |',
    );
    expect(markdown).toContain(
      '- a lock · noted 23:06 UTC by Sam · made 23:06 UTC offline, received 23:46 UTC',
    );
    expect(markdown).not.toMatch(/\| Dana \(Release Manager\) \| Done/);
  });
});
