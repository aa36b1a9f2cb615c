import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReleasesIsland } from '../../../src/components/islands/releases/ReleasesIsland.tsx';
import {
  RestoreBackupView,
  type RestoreHow,
} from '../../../src/components/islands/releases/RestoreBackupView.tsx';
import type { RestoreChoice } from '../../../src/lib/team/restore-in-team.ts';
import { backupText } from '../../../src/stores/backup.ts';
import { $checklists, checklistsDocument } from '../../../src/stores/checklists.ts';
import { releasesDocument } from '../../../src/stores/releases.ts';
import { RUN } from '../../fixtures/release-work.ts';

const CHECKLISTS = [
  {
    id: 'deployment',
    title: 'Deployment checklist',
    href: '/guide/deployment/',
    items: [
      { id: 'smoke-tests', text: 'Smoke tests pass', owners: [] },
      { id: 'deploy-to-production', text: 'Deploy to production', owners: [] },
    ],
  },
];
const LATER_TICK = { status: 'done' as const, at: '2026-11-26T14:02:00.000Z', by: 'Dana' };
const SMOKE = { status: 'done' as const, at: '2026-11-26T11:00:00.000Z', by: 'Lee' };
const HERE = { [RUN.id]: { deployment: { 'deploy-to-production': LATER_TICK } } };
const MERGED = {
  [RUN.id]: { deployment: { 'deploy-to-production': LATER_TICK, 'smoke-tests': SMOKE } },
};

/** A backup from another browser, made before Dana's tick there; it holds Lee's smoke tests, which this browser lacks. */
let backupFile: File;

// The dialog's code loads on the pick, as on the page; transforming it for the test once, first,
// keeps that out of each test's time.
beforeAll(() => import('../../../src/components/islands/releases/RestoreBackupView.tsx'), 60_000);

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  checklistsDocument.store.set({ [RUN.id]: { deployment: { 'smoke-tests': SMOKE } } });
  backupFile = new File(
    [backupText(new Date('2026-11-26T12:00:00.000Z'))],
    'release-guide-backup.json',
    { type: 'application/json' },
  );
  checklistsDocument.store.set(HERE);
});

async function pick(file: File) {
  render(<ReleasesIsland checklists={CHECKLISTS} />);
  fireEvent.change(document.querySelector<HTMLInputElement>('.backup input[type=file]')!, {
    target: { files: [file] },
  });
  return screen.findByRole('dialog', { name: 'Restore this backup?' }, { timeout: 5000 });
}

describe('restoring a backup', () => {
  it('shows, before anything changes, the later tick that only this browser has and what each way of restoring does with it', async () => {
    const dialog = await pick(backupFile);
    const summary = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toBe(
      'release-guide-backup.json, made 2026-11-26 12:00 UTC, differs from the release work in this browser in 2 places (1 marked “only here or newer here”):',
    );
    const lines = [
      ...within(dialog)
        .getByRole('list', { name: 'Differences between this browser and the backup' })
        .querySelectorAll('li'),
    ].map((line) => line.textContent);
    const time = '(\\d\\d:\\d\\d|26 Nov, \\d\\d:\\d\\d)';
    // In the order of the checklist, which lists the smoke tests first.
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^2\\.4\\.0 · Smoke tests pass: open here → Done ${time} by Lee in the backupMerge takes the backup’s$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^2\\.4\\.0 · Deploy to production: Done ${time} by Dana here → open in the backupMerge keeps this browser’s · only here or newer here: Replace drops it$`,
        ),
      ),
    ]);
    expect(within(dialog).getByRole('radio', { name: /^Replace\./ })).toHaveProperty(
      'checked',
      true,
    );
    expect(dialog.textContent).toContain('Replaces 2.4.0');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($checklists.get()).toEqual(HERE);
  });

  it('merges, keeping the later tick and taking the backup’s other tick, and can undo the merge', async () => {
    const dialog = await pick(backupFile);
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Merge\./ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    // The backup's code loads apart from the page's: the restore and its undo finish a moment later.
    expect(await screen.findByText('Merged the backup.')).toBeTruthy();
    expect($checklists.get()).toEqual(MERGED);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect($checklists.get()).toEqual(HERE));
  });

  it('replaces, dropping the later tick, and undo brings it back', async () => {
    const dialog = await pick(backupFile);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored the backup.')).toBeTruthy();
    expect($checklists.get()).toEqual({ [RUN.id]: { deployment: { 'smoke-tests': SMOKE } } });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect($checklists.get()).toEqual(HERE));
  });

  it('says a backup of this very work changes nothing', async () => {
    const same = new File([backupText(new Date('2026-11-26T15:00:00.000Z'))], 'same.json', {
      type: 'application/json',
    });
    const dialog = await pick(same);
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      'same.json, made 2026-11-26 15:00 UTC, holds the same release work as this browser: restoring it changes nothing.',
    );
    expect(within(dialog).queryByRole('list', { name: /^Differences/ })).toBeNull();
  });

  it('refuses a corrupt file or one from a newer version with its reason, opens no dialog and changes nothing', async () => {
    render(<ReleasesIsland checklists={CHECKLISTS} />);
    const input = document.querySelector<HTMLInputElement>('.backup input[type=file]')!;
    fireEvent.change(input, {
      target: { files: [new File(['{"format":"octoacme-release-guide-backup",'], 'cut.json')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file is not a backup of the release guide: it is not JSON. Nothing was changed.',
      ),
    );
    fireEvent.change(input, {
      target: {
        files: [
          new File(
            [
              JSON.stringify({
                format: 'octoacme-release-guide-backup',
                version: 2,
                documents: {},
              }),
            ],
            'next.json',
          ),
        ],
      },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^This backup was made by a newer version of the site \(backup format 2\)\. .* Nothing was changed\.$/,
      ),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect($checklists.get()).toEqual(HERE);
  });

  it('while joined to a team, asks where the restore goes as well as how, and hands both on; a read-only token cannot share', () => {
    const work = {
      releases: { runs: [RUN] },
      checklists: {},
      notes: {},
      incidents: { incidents: [] },
    };
    const pending = {
      fileName: 'b.json',
      ignored: [],
      here: work,
      backup: work,
      runs: { added: [], replaced: ['2.4.0'], removed: [] },
    };
    const asked: [RestoreHow, RestoreChoice][] = [];
    const view = (mayShare: boolean) => (
      <RestoreBackupView
        pending={pending}
        labels={{ checklists: [], notesFields: [] }}
        inTeam
        mayShare={mayShare}
        summaryId="s"
        onRestore={(how, choice) => asked.push([how, choice])}
        onCancel={() => {}}
      />
    );
    const { rerender } = render(view(true));
    fireEvent.click(screen.getByRole('radio', { name: /^Merge\./ }));
    fireEvent.click(screen.getByRole('radio', { name: /^Share the restored runs/ }));
    expect(
      screen.getByText(
        'Only the copy in this browser could be undone: the team keeps what is shared.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Replace\./ }));
    fireEvent.click(screen.getByRole('radio', { name: /^Into this browser only/ }));
    // Enter on the chosen way submits the form.
    fireEvent.submit(screen.getByRole('radio', { name: /^Replace\./ }).closest('form')!);
    expect(asked).toEqual([
      ['merge', 'share'],
      ['replace', 'this-browser'],
    ]);
    rerender(view(false));
    expect(screen.getByRole('radio', { name: /^Share the restored runs/ })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
