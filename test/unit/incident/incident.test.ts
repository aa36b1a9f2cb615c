import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  currentIncident,
  incidentFileName,
  incidentsCodec,
  upsertIncident,
} from '../../../src/lib/incident/incident.ts';
import { DEFAULT_REMINDERS, reminderSettings } from '../../../src/lib/incident/reminders.ts';
import { decode, encode } from '../../../src/lib/storage/envelope.ts';
import { startIncident } from '../../../src/lib/incident/incident-transitions.ts';
import { resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { start } from '../../fixtures/incident.ts';
import { at } from '../../fixtures/playbook.ts';

describe('several incidents', () => {
  it('keeps them all and puts the latest changed one on screen', () => {
    const first = start();
    const second = startIncident(
      { title: 'Search down', customerImpact: false },
      'incident-2',
      at('18:00:00'),
    );
    let incidents = upsertIncident(upsertIncident({ incidents: [] }, first), second);
    expect(currentIncident(incidents)).toBe(second);
    const resolvedFirst = resolveIncident(first, 'Fixed', at('19:00:00'));
    incidents = upsertIncident(incidents, resolvedFirst);
    expect(incidents.incidents.map((incident) => incident.id)).toEqual([
      'incident-1',
      'incident-2',
    ]);
    expect(currentIncident(incidents)).toBe(resolvedFirst);
    expect(currentIncident({ incidents: incidents.incidents })).toBeUndefined();
  });
});

describe('incidentFileName', () => {
  it('names the file after the start and the title', () => {
    expect(
      incidentFileName({
        title: 'Checkout errors after 2.4.0',
        startedAt: '2026-11-26T23:02:00.000Z',
      }),
    ).toBe('incident-2026-11-26-2302-checkout-errors-after-2.4.0.md');
    expect(incidentFileName({ title: '', startedAt: '2026-11-26T23:02:00.000Z' })).toBe(
      'incident-2026-11-26-2302.md',
    );
    expect(
      incidentFileName({ title: '../../etc/passwd 🚀', startedAt: '2026-11-26T23:02:00.000Z' }),
    ).toBe('incident-2026-11-26-2302-..-..-etc-passwd.md');
  });
});

describe('the stored format, version 2', () => {
  const fixture = (version: number) =>
    readFileSync(`test/fixtures/storage/incidents.v${version}.json`, 'utf8');

  it('migrates version 1 incidents unchanged: no resolution, rollback or settings is invented', () => {
    const decoded = decode(incidentsCodec, fixture(1));
    expect(decoded).toEqual({ ok: true, value: JSON.parse(fixture(1)).data, migratedFrom: 1 });
    const [resolved] = decoded.value.incidents;
    expect(resolved?.resolution).toBeUndefined();
    expect(resolved?.rollback).toBeUndefined();
    expect(reminderSettings(resolved!)).toEqual(DEFAULT_REMINDERS);
    // Written back, it is version 2 data that reads the same.
    expect(decode(incidentsCodec, encode(incidentsCodec, decoded.value))).toEqual({
      ok: true,
      value: decoded.value,
    });
  });

  it('reads the new fields, and refuses the ones that break the rules with a clear reason', () => {
    const decoded = decode(incidentsCodec, fixture(2));
    expect(decoded.ok).toBe(true);
    expect(decoded.value.incidents[0]).toMatchObject({
      resolution: 'Rolled back to 2.3.1',
      rollback: { version: '2.3.1', reason: 'Checkout 5xx after the deploy' },
      reminders: { customerUpdateMinutes: 20, stepNudgeMinutes: 5 },
    });
    const broken = (change: object) => {
      const data = JSON.parse(fixture(2));
      Object.assign(data.data.incidents[0], change);
      return decode(incidentsCodec, JSON.stringify(data));
    };
    expect(broken({ resolution: '  ' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('resolution: must not be empty'),
    });
    expect(broken({ rollback: { version: '', reason: 'x' } })).toMatchObject({ ok: false });
    expect(broken({ reminders: { customerUpdateMinutes: 0, stepNudgeMinutes: 5 } })).toMatchObject({
      ok: false,
    });
    // An older copy of the site meets version 2 data: it says so instead of misreading it.
    const older = { ...incidentsCodec, version: 1 };
    expect(decode(older, fixture(2))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('saved by a newer version'),
    });
  });
});
