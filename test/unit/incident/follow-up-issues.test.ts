import { describe, expect, it } from 'vitest';
import { followUpIssues } from '../../../src/lib/incident/follow-up-issues.ts';
import type { Incident } from '../../../src/lib/incident/incident.ts';

const incident: Incident = {
  id: 'i1',
  title: 'Checkout <b>errors</b>',
  startedAt: '2026-11-26T14:02:00.000Z',
  customerImpact: true,
  steps: {},
  timeline: [
    {
      id: 'e1',
      at: '2026-11-26T14:05:00.000Z',
      by: 'Dana',
      kind: 'action',
      text: 'Add an alert on [x](javascript:alert(1)) **5xx**',
    },
    { id: 'e2', at: '2026-11-26T14:06:00.000Z', kind: 'note', text: 'Rolled back' },
    { id: 'e3', at: '2026-11-26T14:07:00.000Z', kind: 'action', text: 'Wrong item' },
    { id: 'e4', at: '2026-11-26T14:08:00.000Z', kind: 'note', text: 'Typo', corrects: 'e3' },
  ],
} as Incident;

describe('followUpIssues', () => {
  it('makes one issue per follow-up action item the export lists, its text the title, its origin escaped in the body', () => {
    expect(followUpIssues(incident)).toEqual([
      {
        title: 'Add an alert on [x](javascript:alert(1)) **5xx**',
        body: 'Follow-up action item from the incident “Checkout \\<b>errors\\</b>”, noted 2026-11-26 14:05 UTC by Dana.\n',
      },
    ]);
  });

  it('makes none without action items', () => {
    expect(followUpIssues({ ...incident, timeline: [] })).toEqual([]);
  });
});
