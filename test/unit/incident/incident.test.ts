import { describe, expect, it } from 'vitest';
import { currentIncident, incidentFileName, upsertIncident } from '../../../src/lib/incident/incident.ts';
import { resolveIncident, startIncident } from '../../../src/lib/incident/incident-transitions.ts';
import { start } from '../../fixtures/incident.ts';
import { at } from '../../fixtures/playbook.ts';

describe('several incidents', () => {
  it('keeps them all and puts the latest changed one on screen', () => {
    const first = start();
    const second = startIncident({ title: 'Search down', customerImpact: false }, 'incident-2', at('18:00:00'));
    let incidents = upsertIncident(upsertIncident({ incidents: [] }, first), second);
    expect(currentIncident(incidents)).toBe(second);
    const resolvedFirst = resolveIncident(first, at('19:00:00'));
    incidents = upsertIncident(incidents, resolvedFirst);
    expect(incidents.incidents.map((incident) => incident.id)).toEqual(['incident-1', 'incident-2']);
    expect(currentIncident(incidents)).toBe(resolvedFirst);
    expect(currentIncident({ incidents: incidents.incidents })).toBeUndefined();
  });
});

describe('incidentFileName', () => {
  it('names the file after the start and the title', () => {
    expect(incidentFileName({ title: 'Checkout errors after 2.4.0', startedAt: '2026-11-26T23:02:00.000Z' })).toBe(
      'incident-2026-11-26-2302-checkout-errors-after-2.4.0.md',
    );
    expect(incidentFileName({ title: '', startedAt: '2026-11-26T23:02:00.000Z' })).toBe('incident-2026-11-26-2302.md');
    expect(incidentFileName({ title: '../../etc/passwd 🚀', startedAt: '2026-11-26T23:02:00.000Z' })).toBe('incident-2026-11-26-2302-..-..-etc-passwd.md');
  });
});
