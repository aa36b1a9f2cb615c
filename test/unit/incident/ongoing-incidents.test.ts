import { describe, expect, it } from 'vitest';
import { incidentsCodec, upsertIncident } from '../../../src/lib/incident/incident.ts';
import { resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import {
  ongoingIncidents,
  ongoingIncidentsText,
} from '../../../src/lib/incident/ongoing-incidents.ts';
import { encode } from '../../../src/lib/storage/envelope.ts';
import { start } from '../../fixtures/incident.ts';
import { at } from '../../fixtures/playbook.ts';

const stored = (...incidents: ReturnType<typeof start>[]) =>
  encode(incidentsCodec, incidents.reduce(upsertIncident, incidentsCodec.empty()));

describe('ongoing incidents, read from the stored document', () => {
  it('reads the incidents the codec writes: the ongoing ones, not the resolved ones', () => {
    const ongoing = start();
    const resolved = resolveIncident(
      { ...start(false), id: 'incident-2' },
      'Rolled back to 2.3.1',
      at('14:30:00'),
    );
    expect(ongoingIncidents(stored(ongoing, resolved))).toEqual([
      { title: 'Checkout errors', startedAt: '2026-11-26T14:02:00.000Z' },
    ]);
    expect(ongoingIncidents(stored(resolved))).toEqual([]);
  });

  it('finds nothing, without throwing, in an absent, damaged or foreign document', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'not json',
      '{"v":1}',
      '{"v":1,"data":{"incidents":{}}}',
      '[1,2]',
      '{"data":{"incidents":[]}}',
    ]) {
      expect(ongoingIncidents(raw), String(raw)).toEqual([]);
    }
    const odd = JSON.stringify({
      v: 1,
      data: {
        incidents: [
          null,
          7,
          { startedAt: 'yesterday' },
          { startedAt: '2026-11-26T14:02:00.000Z', title: 42 },
        ],
      },
    });
    expect(ongoingIncidents(odd)).toEqual([{ title: '', startedAt: '2026-11-26T14:02:00.000Z' }]);
  });

  it('words the banner for one incident, an untitled one and several', () => {
    const one = { title: 'Checkout errors', startedAt: '2026-11-26T14:02:00.000Z' };
    expect(ongoingIncidentsText([])).toBeUndefined();
    expect(ongoingIncidentsText([one])).toBe('Incident in progress: Checkout errors');
    expect(ongoingIncidentsText([{ ...one, title: '' }])).toBe('Incident in progress');
    expect(ongoingIncidentsText([one, one])).toBe('2 incidents in progress');
  });
});
