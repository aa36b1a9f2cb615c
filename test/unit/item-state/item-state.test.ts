import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistsCodec } from '../../../src/lib/checklist/checklist-state.ts';
import { incidentsCodec } from '../../../src/lib/incident/incident.ts';
import {
  ItemStateSchema,
  SignedNoteStateSchema,
  markNotApplicable,
  setNote,
  signNow,
  tick,
  untick,
} from '../../../src/lib/item-state/item-state.ts';
import { decode } from '../../../src/lib/storage/envelope.ts';

const at = '2026-11-26T15:52:00.000Z';

/** A schema written out as its stored shape: each field, its type, whether it may be absent, its limits. */
function shapeOf(schema: v.GenericSchema): unknown {
  const node = schema as unknown as {
    type: string;
    wrapped?: v.GenericSchema;
    options?: unknown[];
    entries?: Record<string, v.GenericSchema>;
    pipe?: { type: string; requirement?: unknown }[];
  };
  if (node.type === 'optional') return `optional ${String(shapeOf(node.wrapped!))}`;
  if (node.type === 'picklist') return `one of ${node.options!.join(' | ')}`;
  if (node.type === 'object')
    return Object.fromEntries(
      Object.entries(node.entries!).map(([key, entry]) => [key, shapeOf(entry)]),
    );
  const checks = (node.pipe ?? [])
    .slice(1)
    .map((step) =>
      typeof step.requirement === 'number' ? `${step.type} ${step.requirement}` : step.type,
    );
  return [node.type, ...checks].join(', ');
}

// The item state is stored inside two documents: checklist progress and incidents. If this test
// fails, the stored format of both changed: bump the version of checklistsCodec and incidentsCodec,
// add a migration to each, then update the shape here.
describe('the stored shape of an item state', () => {
  it('is pinned', () => {
    expect(shapeOf(ItemStateSchema)).toEqual({
      status: 'one of open | done | na',
      at: 'optional string, iso_timestamp',
      by: 'optional string, max_length 200',
      reason: 'optional string, max_length 2000',
      note: 'optional string, max_length 5000',
    });
    expect(incidentsCodec.version).toBe(2);
  });

  // Checklist progress stores item states with their notes signed: a change here is a change to
  // checklistsCodec (bump its version, add a migration, then update the shape here).
  it('is pinned, with the note signature, for checklist progress', () => {
    const { noteAt, noteBy, ...shared } = shapeOf(SignedNoteStateSchema) as Record<string, unknown>;
    expect(shared).toEqual(shapeOf(ItemStateSchema));
    expect({ noteAt, noteBy }).toEqual({
      noteAt: 'optional string, iso_timestamp',
      noteBy: 'optional string, max_length 200',
    });
    expect(checklistsCodec.version).toBe(2);
  });

  it('is what both stored documents hold', () => {
    const checklists = decode(
      checklistsCodec,
      readFileSync('test/fixtures/storage/checklists.v1.json', 'utf8'),
    );
    const incidents = decode(
      incidentsCodec,
      readFileSync('test/fixtures/storage/incidents.v2.json', 'utf8'),
    );
    expect(checklists.ok && incidents.ok).toBe(true);
    const states = [
      ...Object.values(checklists.value).flatMap((run) =>
        Object.values(run).flatMap((checklist) => Object.values(checklist)),
      ),
      ...incidents.value.incidents.flatMap((incident) => Object.values(incident.steps)),
    ];
    expect(states.length).toBeGreaterThan(1);
    for (const state of states) expect(v.parse(ItemStateSchema, state)).toEqual(state);
  });
});

describe('signNow', () => {
  it('signs with the time now and the name given', () => {
    expect(signNow('Dana (QA Lead)', new Date(at))).toEqual({ at, by: 'Dana (QA Lead)' });
    expect(signNow(undefined, new Date(at))).toEqual({ at, by: undefined });
  });
});

describe('transitions', () => {
  it('ticks and unticks, recording when and who, and keeps the note', () => {
    const noted = setNote(undefined, '  waiting for the DBA ', {
      at: '2026-11-25T09:00:00.000Z',
      by: 'Lee',
    });
    const note = { note: 'waiting for the DBA', noteAt: '2026-11-25T09:00:00.000Z', noteBy: 'Lee' };
    expect(noted).toEqual({ status: 'open', ...note });
    const done = tick(noted, { at, by: 'Dana (QA Lead)' });
    expect(done).toEqual({ status: 'done', at, by: 'Dana (QA Lead)', ...note });
    expect(untick(done, { at: '2026-11-26T16:00:00.000Z' })).toEqual({
      status: 'open',
      at: '2026-11-26T16:00:00.000Z',
      ...note,
    });
    expect(markNotApplicable(done, 'not this time', { at })).toMatchObject(note);
  });

  it('requires a reason for N/A', () => {
    expect(() => markNotApplicable(undefined, '   ', { at })).toThrow(
      'An item marked N/A needs a reason.',
    );
    expect(markNotApplicable(undefined, ' stateless service ', { at, by: 'Lee' })).toEqual({
      status: 'na',
      at,
      by: 'Lee',
      reason: 'stateless service',
    });
  });

  it('clears a note set to blank, with its signature', () => {
    expect(
      setNote({ status: 'done', note: 'x', noteAt: at, noteBy: 'Lee' }, '  ', { at, by: 'Dana' }),
    ).toEqual({ status: 'done' });
  });

  it('signs a note with who wrote it and when, and a changed note with who changed it', () => {
    const first = setNote({ status: 'done', at, by: 'Dana' }, 'DBA on call', {
      at: '2026-11-26T16:00:00.000Z',
      by: 'Lee',
    });
    expect(first).toEqual({
      status: 'done',
      at,
      by: 'Dana',
      note: 'DBA on call',
      noteAt: '2026-11-26T16:00:00.000Z',
      noteBy: 'Lee',
    });
    const changed = setNote(first, 'DBA paged', { at: '2026-11-27T08:00:00.000Z' });
    expect(changed).toEqual({
      status: 'done',
      at,
      by: 'Dana',
      note: 'DBA paged',
      noteAt: '2026-11-27T08:00:00.000Z',
    });
    // Saved again unchanged: the note keeps who wrote it.
    expect(setNote(first, ' DBA on call ', { at: '2026-11-28T08:00:00.000Z', by: 'Sam' })).toBe(
      first,
    );
  });

  it('does not change the state it was given', () => {
    const state = Object.freeze({ status: 'open' as const, note: 'n' });
    tick(state, { at });
    markNotApplicable(state, 'r', { at });
    expect(state).toEqual({ status: 'open', note: 'n' });
  });
});
