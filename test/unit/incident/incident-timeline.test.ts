import { describe, expect, it } from 'vitest';
import {
  actionItems,
  addEntry,
  correctEntry,
  entryProblem,
  timelineRows,
  timelineRowsNewestFirst,
} from '../../../src/lib/incident/incident-timeline.ts';
import type { TimelineEntry } from '../../../src/lib/incident/incident.ts';
import { start } from '../../fixtures/incident.ts';
import { at } from '../../fixtures/playbook.ts';

describe('timeline', () => {
  it('adds notes and action items, trimmed and signed', () => {
    let incident = addEntry(
      start(),
      'note',
      '  Error rate 12% on checkout ',
      at('14:06:00', 'Sam'),
    );
    incident = addEntry(incident, 'action', 'Alert on checkout error rate', at('14:50:00', 'Sam'));
    expect(incident.timeline.slice(1)).toEqual([
      {
        id: 'e2',
        at: '2026-11-26T14:06:00.000Z',
        by: 'Sam',
        kind: 'note',
        text: 'Error rate 12% on checkout',
      },
      {
        id: 'e3',
        at: '2026-11-26T14:50:00.000Z',
        by: 'Sam',
        kind: 'action',
        text: 'Alert on checkout error rate',
      },
    ]);
    expect(actionItems(incident).map((entry) => entry.text)).toEqual([
      'Alert on checkout error rate',
    ]);
  });

  it('explains why a text cannot be added', () => {
    expect(entryProblem('   ')).toBe('Write something first.');
    expect(entryProblem('x'.repeat(2001))).toBe('Keep it under 2000 characters (this is 2001).');
    expect(entryProblem('<script>alert(1)</script>')).toBeUndefined();
    expect(() => addEntry(start(), 'note', '', at('14:06:00'))).toThrow('Write something first.');
  });

  it('corrects an entry by striking it and adding the new text: the old text stays', () => {
    let incident = addEntry(start(), 'note', 'Failover started', at('14:06:00', 'Sam'));
    incident = addEntry(incident, 'note', 'Pager acknowledged', at('14:07:00'));
    incident = correctEntry(
      incident,
      'e2',
      'Failover started on replica 2',
      at('14:10:00', 'Dana'),
    );
    expect(incident.timeline.find((entry) => entry.id === 'e2')!.text).toBe('Failover started');
    expect(timelineRows(incident.timeline).map((row) => [row.entry.text, row.struck])).toEqual([
      [
        'Incident started · customer-impacting · linked to Release 2.4.0 (minor, customer-facing)',
        false,
      ],
      ['Failover started', true],
      ['Failover started on replica 2', false],
      ['Pager acknowledged', false],
    ]);
    expect(() => correctEntry(incident, 'e2', 'again', at('14:11:00'))).toThrow(
      'Only the latest version',
    );
    expect(() => correctEntry(incident, 'e1', 'not a note', at('14:11:00'))).toThrow(
      'Only the latest version',
    );
    incident = correctEntry(incident, 'e4', 'Failover started on replica 3', at('14:12:00'));
    expect(
      timelineRows(incident.timeline)
        .filter((row) => !row.struck)
        .map((row) => row.entry.text),
    ).toContain('Failover started on replica 3');
  });

  it('lists only the latest wording of each action item', () => {
    let incident = addEntry(start(), 'action', 'Add alert', at('14:06:00'));
    incident = correctEntry(incident, 'e2', 'Add an alert on checkout errors', at('14:07:00'));
    expect(actionItems(incident).map((entry) => entry.text)).toEqual([
      'Add an alert on checkout errors',
    ]);
  });

  it('shows every stored entry exactly once, whatever the corrections point at', () => {
    const entry = (id: string, corrects?: string): TimelineEntry => ({
      id,
      at: '2026-11-26T14:00:00.000Z',
      kind: 'note',
      text: id,
      ...(corrects ? { corrects } : {}),
    });
    const timeline = [
      entry('a'),
      entry('b', 'a'),
      entry('c', 'a'),
      entry('d', 'missing'),
      entry('e', 'f'),
      entry('f', 'e'),
    ];
    const rows = timelineRows(timeline);
    expect(rows.map((row) => row.entry.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(rows.map((row) => row.entry.id).slice(0, 3)).toEqual(['a', 'b', 'c']);
  });

  it('shows the newest entry first, each edit above the wording it replaces, in the place of the entry it edits', () => {
    let incident = addEntry(start(), 'note', 'Failover started', at('14:06:00', 'Sam'));
    incident = addEntry(incident, 'note', 'Pager acknowledged', at('14:07:00'));
    incident = correctEntry(
      incident,
      'e2',
      'Failover started on replica 2',
      at('14:10:00', 'Dana'),
    );
    incident = correctEntry(incident, 'e4', 'Failover started on replica 3', at('14:12:00'));
    incident = addEntry(incident, 'action', 'Alert on replica lag', at('14:20:00'));
    expect(
      timelineRowsNewestFirst(incident.timeline).map((row) => [row.entry.text, row.struck]),
    ).toEqual([
      ['Alert on replica lag', false],
      ['Pager acknowledged', false],
      ['Failover started on replica 3', false],
      ['Failover started on replica 2', true],
      ['Failover started', true],
      [
        'Incident started · customer-impacting · linked to Release 2.4.0 (minor, customer-facing)',
        false,
      ],
    ]);
  });

  it('shows every stored entry exactly once newest first too, whatever the corrections point at', () => {
    const entry = (id: string, corrects?: string): TimelineEntry => ({
      id,
      at: '2026-11-26T14:00:00.000Z',
      kind: 'note',
      text: id,
      ...(corrects ? { corrects } : {}),
    });
    const timeline = [
      entry('a'),
      entry('b', 'a'),
      entry('c', 'a'),
      entry('d', 'missing'),
      entry('e', 'f'),
      entry('f', 'e'),
      entry('g'),
    ];
    const rows = timelineRowsNewestFirst(timeline).map((row) => row.entry.id);
    expect([...rows].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    // Corrections that loop back on each other come last in the written order, so first here.
    expect(rows).toEqual(['f', 'e', 'g', 'd', 'c', 'b', 'a']);
  });
});
