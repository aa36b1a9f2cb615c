import { beforeEach, describe, expect, it } from 'vitest';
import { addEntry } from '../../../src/lib/incident/incident-timeline.ts';
import { resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { freshStorage, storedData } from '../../support/store-storage.ts';
import {
  $incidents,
  beginIncident,
  showIncident,
  updateIncident,
} from '../../../src/stores/incidents.ts';

const AT = { at: '2026-04-02T14:00:00.000Z', by: 'Dana (Release Manager)' };

describe('incidents', () => {
  beforeEach(() => freshStorage());

  it('begin shown, with a new id each', () => {
    const first = beginIncident({ title: 'Checkout errors', customerImpact: true }, AT);
    const second = beginIncident({ title: 'Slow search', customerImpact: false }, AT);
    expect(first.id).not.toBe(second.id);
    expect($incidents.get()).toEqual({ incidents: [first, second], currentId: second.id });
    expect(storedData(storageKey('incidents'))).toEqual($incidents.get());
  });

  it('change by a transition, and show the changed one', () => {
    const first = beginIncident({ title: 'Checkout errors', customerImpact: true }, AT);
    beginIncident({ title: 'Slow search', customerImpact: false }, AT);
    expect(
      updateIncident(first.id, (incident) => addEntry(incident, 'note', 'Rolled back', AT)),
    ).toBeUndefined();
    expect($incidents.get().currentId).toBe(first.id);
    expect($incidents.get().incidents[0]?.timeline.at(-1)).toMatchObject({
      kind: 'note',
      text: 'Rolled back',
    });
  });

  it('say why a change could not be applied, and keep the incident as it was', () => {
    const incident = beginIncident({ title: 'Checkout errors', customerImpact: true }, AT);
    updateIncident(incident.id, (open) => resolveIncident(open, 'Rolled back', AT));
    const resolved = $incidents.get();
    expect(
      updateIncident(incident.id, (closed) => addEntry(closed, 'note', 'Too late', AT)),
    ).toEqual(expect.any(String));
    expect($incidents.get()).toEqual(resolved);
    expect(updateIncident('missing', (same) => same)).toBe(
      'This incident is no longer kept in this browser.',
    );
  });

  it('are shown one at a time, or none (the form to start one)', () => {
    const first = beginIncident({ title: 'Checkout errors', customerImpact: true }, AT);
    beginIncident({ title: 'Slow search', customerImpact: false }, AT);
    showIncident(first.id);
    expect($incidents.get().currentId).toBe(first.id);
    showIncident(undefined);
    expect($incidents.get()).not.toHaveProperty('currentId');
    expect($incidents.get().incidents).toHaveLength(2);
  });
});
