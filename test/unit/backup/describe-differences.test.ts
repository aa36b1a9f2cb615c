import { describe, expect, it } from 'vitest';
import { compareWithBackup } from '../../../src/lib/backup/backup-diff.ts';
import { describeDifferences } from '../../../src/lib/backup/describe-differences.ts';
import type { ReleaseWork } from '../../../src/lib/backup/release-work.ts';
import type { Incident } from '../../../src/lib/incident/incident.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';

const run = (id: string, version: string, name?: string): ReleaseRun => ({
  id,
  version,
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-02-01T00:00:00.000Z',
  ...(name ? { name } : {}),
});
const labels = {
  checklists: [
    {
      id: 'deployment',
      items: [
        { id: 'deploy-to-production', text: 'Deploy to production' },
        { id: 'smoke', text: 'Smoke tests pass' },
      ],
    },
  ],
  notesFields: [{ id: 'summary', title: 'Summary' }],
};
const formatTime = (iso: string) => iso.slice(11, 16);
const nothing: ReleaseWork = {
  releases: { runs: [] },
  checklists: {},
  notes: {},
  incidents: { incidents: [] },
};

function lines(here: ReleaseWork, backup: ReleaseWork) {
  return describeDifferences(compareWithBackup(here, backup), here, backup, labels, formatTime);
}

describe('the differences a restore shows', () => {
  it('say item by item, in checklist order (items the page does not list last), what this browser and the backup hold, and what a merge keeps', () => {
    const here: ReleaseWork = {
      ...nothing,
      releases: { runs: [run('r', '2.4.0'), run('new', '2.5.0')] },
      checklists: {
        r: {
          deployment: {
            'deploy-to-production': { status: 'done', at: '2026-03-01T14:02:00.000Z', by: 'Dana' },
            smoke: { status: 'done', at: '2026-03-01T09:00:00.000Z', note: 'flaky once' },
          },
        },
      },
      notes: { r: { summary: 'Faster sync' } },
    };
    const backup: ReleaseWork = {
      ...nothing,
      releases: { runs: [run('r', '2.4.0'), run('old', '2.3.0', 'Spring')] },
      checklists: {
        r: {
          deployment: {
            'deploy-to-production': { status: 'open', at: '2026-03-01T13:00:00.000Z' },
            smoke: { status: 'done', at: '2026-03-01T09:00:00.000Z' },
            'rollback-plan': {
              status: 'na',
              at: '2026-03-01T15:00:00.000Z',
              by: 'Lee',
              reason: 'no schema change',
            },
          },
        },
      },
      notes: { r: { summary: '' } },
    };
    expect(lines(here, backup)).toEqual([
      {
        text: 'Release 2.3.0 “Spring” (minor, customer-facing): only in the backup',
        merge: 'adds it',
        replaceLoses: false,
      },
      {
        text: 'Release 2.5.0 (minor, customer-facing): only in this browser',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
      {
        text: '2.4.0 · Deploy to production: Done 14:02 by Dana here → Reopened 13:00 in the backup',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
      {
        text: '2.4.0 · Smoke tests pass: note “flaky once” here → no note in the backup',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
      {
        text: '2.4.0 · Rollback plan: open here → N/A: no schema change · 15:00 by Lee in the backup',
        merge: 'takes the backup’s',
        replaceLoses: false,
      },
      {
        text: '2.4.0 · Release notes, Summary: “Faster sync” here → empty in the backup',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
    ]);
  });

  it('name a later tick in the backup as the backup’s to take, and a tick this browser never made as open', () => {
    const backup: ReleaseWork = {
      ...nothing,
      releases: { runs: [run('r', '2.4.0')] },
      checklists: {
        r: {
          deployment: {
            'deploy-to-production': { status: 'done', at: '2026-03-01T14:02:00.000Z', by: 'Dana' },
          },
        },
      },
    };
    const here: ReleaseWork = { ...nothing, releases: { runs: [run('r', '2.4.0')] } };
    expect(lines(here, backup)).toEqual([
      {
        text: '2.4.0 · Deploy to production: open here → Done 14:02 by Dana in the backup',
        merge: 'takes the backup’s',
        replaceLoses: false,
      },
    ]);
    expect(lines(backup, here)).toEqual([
      {
        text: '2.4.0 · Deploy to production: Done 14:02 by Dana here → open in the backup',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
    ]);
  });

  it('cover the first run of a fresh browser, which has progress but no record', () => {
    const here: ReleaseWork = {
      ...nothing,
      checklists: {
        default: { deployment: { smoke: { status: 'done', at: '2026-03-01T09:00:00.000Z' } } },
      },
    };
    expect(lines(here, nothing).map((line) => line.text)).toEqual([
      '0.1.0 “First release” · Smoke tests pass: Done 09:00 here → open in the backup',
    ]);
  });

  it('say what differs in an incident: its details, its steps, and timeline entries one side lacks', () => {
    const entry = (id: string, at: string) => ({ id, at, kind: 'note' as const, text: id });
    const incident: Incident = {
      id: 'i',
      title: 'Checkout errors',
      startedAt: '2026-03-01T10:00:00.000Z',
      customerImpact: true,
      steps: {},
      timeline: [entry('start', '2026-03-01T10:00:00.000Z')],
    };
    const here: ReleaseWork = {
      ...nothing,
      incidents: {
        incidents: [
          {
            ...incident,
            steps: {
              'trigger-incident-response': { status: 'done', at: '2026-03-01T10:01:00.000Z' },
            },
          },
        ],
      },
    };
    const backup: ReleaseWork = {
      ...nothing,
      incidents: {
        incidents: [
          {
            ...incident,
            resolvedAt: '2026-03-01T10:30:00.000Z',
            timeline: [
              ...incident.timeline,
              entry('fix', '2026-03-01T10:20:00.000Z'),
              entry('resolve', '2026-03-01T10:30:00.000Z'),
            ],
          },
          { ...incident, id: 'j', title: '' },
        ],
      },
    };
    expect(lines(here, backup)).toEqual([
      {
        text: 'Incident “Incident of 10:00”: only in the backup',
        merge: 'adds it',
        replaceLoses: false,
      },
      {
        text: 'Checkout errors: ongoing here → resolved 10:30 in the backup',
        merge: 'takes the backup’s',
        replaceLoses: false,
      },
      {
        text: 'Checkout errors · Trigger incident response: Done 10:01 here → open in the backup',
        merge: 'keeps this browser’s',
        replaceLoses: true,
      },
      {
        text: 'Checkout errors · 2 timeline entries only in the backup',
        merge: 'keeps both',
        replaceLoses: false,
      },
    ]);
  });

  it('are none for a backup of this very work', () => {
    const here: ReleaseWork = {
      ...nothing,
      releases: { runs: [run('r', '2.4.0')] },
      notes: { r: { summary: 'x' } },
    };
    expect(lines(here, structuredClone(here))).toEqual([]);
  });

  it('name the notes typed before any run, and work kept under the run earlier versions made up', () => {
    const backup: ReleaseWork = {
      ...nothing,
      notes: { unstarted: { summary: 'Draft' } },
      checklists: {
        default: { deployment: { smoke: { status: 'done', at: '2026-03-01T09:00:00.000Z' } } },
      },
    };
    expect(lines(nothing, backup).map((line) => line.text)).toEqual([
      '0.1.0 “First release” · Smoke tests pass: open here → Done 09:00 in the backup',
      'Notes before any run · Release notes, Summary: empty here → “Draft” in the backup',
    ]);
  });
});
