import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReleaseNotesIsland } from '../../../src/components/islands/release-notes/ReleaseNotesIsland.tsx';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';
import { $releaseNotes, releaseNotesDocument } from '../../../src/stores/release-notes.ts';
import { releasesDocument } from '../../../src/stores/releases.ts';
import { MERGED_LOG_LINES } from '../../fixtures/changes/merged-log.ts';

const LABELS = [
  'Release name / number:',
  'Date:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
  'Documentation links:',
];
const fields = LABELS.map((label) => deriveField(label));
const RUN = {
  id: 'run-1',
  version: '2.4.0',
  name: 'Aurora',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-11-20T09:30:00.000Z',
} as const;
const PREVIOUS = { ...RUN, id: 'run-0', version: '2.3.1', name: 'Borealis' };

const LOG = MERGED_LOG_LINES.join('\n');

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [PREVIOUS, RUN], currentId: RUN.id });
  releaseNotesDocument.store.set({});
});

const field = (label: string) =>
  screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;

function openImport() {
  fireEvent.click(screen.getByRole('button', { name: 'Import changes…' }));
  return screen.getByRole('dialog', { name: 'Import changes' });
}

/** The preview once the reader has loaded: group titles and their entries. */
async function previewGroups(dialog: HTMLElement) {
  const region = await within(dialog).findByRole('region', { name: 'Changes to import' });
  await waitFor(() => expect(region.querySelectorAll('h4').length).toBeGreaterThan(0));
  return [...region.querySelectorAll('.import-group')].map((group) => ({
    title: group.querySelector('h4')!.textContent,
    entries: [...group.querySelectorAll('li')].map((item) => item.textContent),
  }));
}

describe('Import changes', () => {
  it('has its textarea the moment it opens, focused, and keeps what is typed while the reader loads', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    const dialog = openImport();
    const pasted = within(dialog).getByLabelText('Pasted changes') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(pasted);
    // The reader is still loading: the textarea did not wait for it.
    expect(within(dialog).getByText('Loading the change reader…')).toBeDefined();
    fireEvent.change(pasted, { target: { value: 'd4e5f6a fix: keep the cursor on undo (#15)' } });
    expect(pasted.value).toBe('d4e5f6a fix: keep the cursor on undo (#15)');
    await within(dialog).findByText('Read as git log --oneline.');
    expect(pasted.value).toBe('d4e5f6a fix: keep the cursor on undo (#15)');
  });

  it('previews the changes grouped by kind, lists what was left out and why, and keeps it with one switch', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    const dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Pasted changes'), { target: { value: LOG } });
    expect(await previewGroups(dialog)).toEqual([
      {
        title: 'Features (2)',
        entries: ['(api) Drop the v1 endpoints (breaking) (#12)', 'Export notes as Markdown (#14)'],
      },
      { title: 'Bug fixes (1)', entries: ['Keep the cursor on undo (#15)'] },
    ]);
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Read as git log --oneline. 4 changes left out: 1 merge commit, 1 release commit, 2 dependency updates.',
    );
    // The scope reads as the part that changed, as git-cliff writes it: "*(api)* Drop…".
    const region = within(dialog).getByRole('region', { name: 'Changes to import' });
    expect([...region.querySelectorAll('li em')].map((em) => em.textContent)).toEqual(['(api) ']);
    const leftOut = within(dialog).getByText('Left out (4)').closest('details')!;
    expect([...leftOut.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Merge pull request #20 from octoacme/sync (merge commit)',
      'chore(release): prepare for v2.5.0 (release commit)',
      'chore(deps): bump the npm group with 2 updates (dependency update)',
      'build(deps): bump vite from 5.0.0 to 5.1.0 (#16) (dependency update)',
    ]);
    expect(
      within(dialog).getByText(
        '1 breaking change: each becomes a “To complete:” entry under Migration steps.',
      ),
    ).toBeDefined();
    expect(within(dialog).getByText('Suggested release: major (a breaking change).')).toBeDefined();
    // Nothing changes in the notes before applying.
    expect($releaseNotes.get()).toEqual({});

    fireEvent.click(within(dialog).getByLabelText('Keep what is left out'));
    await waitFor(() => expect(within(dialog).getByText('Miscellaneous (2)')).toBeDefined());
    expect((await previewGroups(dialog)).slice(2)).toEqual([
      {
        title: 'Miscellaneous (2)',
        entries: ['(release) Prepare for v2.5.0', '(deps) Bump the npm group with 2 updates'],
      },
      { title: 'Build (1)', entries: ['(deps) Bump vite from 5.0.0 to 5.1.0 (#16)'] },
      { title: 'Other (1)', entries: ['Merge pull request #20 from octoacme/sync'] },
    ]);
    expect(within(dialog).queryByText(/^Left out/)).toBeNull();
  });

  it('fills the notes and the migration steps, suggests the major version, and undoes it all at once', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.change(field('Notable changes:'), { target: { value: 'Typed by hand' } });
    const dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Pasted changes'), { target: { value: LOG } });
    await previewGroups(dialog);
    expect(
      within(dialog).getByRole('group', { name: 'Notable changes already has entries' }),
    ).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the notes' }));

    expect(field('Notable changes:').value).toBe(
      'Typed by hand\nFeature: *(api)* Drop the v1 endpoints (breaking) (#12)\nFeature: Export notes as Markdown (#14)\nFix: Keep the cursor on undo (#15)',
    );
    expect(field('Migration steps (if any):').value).toBe(
      'To complete: *(api)* Drop the v1 endpoints (#12)',
    );
    expect(
      screen.getByText(/Imported 3 changes and 1 to complete in Migration steps\./),
    ).toBeDefined();
    expect((screen.getByLabelText('Release type') as HTMLSelectElement).value).toBe('major');
    expect(screen.getByText('Suggested from the imported changes: major.')).toBeDefined();
    expect(screen.getByText(/Next version:/).textContent).toBe('Next version: 3.0.0');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      within(preview).getByText(
        (_, element) =>
          element?.tagName === 'LI' &&
          element.textContent === 'To complete: (api) Drop the v1 endpoints (#12)',
      ),
    ).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field('Notable changes:').value).toBe('Typed by hand');
    expect(field('Migration steps (if any):').value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import changes…' }));
  });

  it('replaces the list on request, and keeps the pasted text when cancelled', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.change(field('Notable changes:'), { target: { value: 'Old entry' } });
    let dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Pasted changes'), {
      target: { value: 'd4e5f6a fix: keep the cursor on undo (#15)' },
    });
    await previewGroups(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(field('Notable changes:').value).toBe('Old entry');
    dialog = openImport();
    expect((within(dialog).getByLabelText('Pasted changes') as HTMLTextAreaElement).value).toBe(
      'd4e5f6a fix: keep the cursor on undo (#15)',
    );
    fireEvent.click(within(dialog).getByLabelText('Replace them'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the notes' }));
    expect(field('Notable changes:').value).toBe('Fix: Keep the cursor on undo (#15)');
  });

  it('shows hostile subjects as literal text: no HTML, no links without a repository, Markdown only in the notes', async () => {
    const { container } = render(<ReleaseNotesIsland fields={fields} />);
    const dialog = openImport();
    const hostile = [
      'a1b2c3d feat: <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> (#12)',
      'b2c3d4e fix: [click](javascript:alert(1)) **bold** `code` | pipe # hash',
    ].join('\n');
    fireEvent.change(within(dialog).getByLabelText('Pasted changes'), {
      target: { value: hostile },
    });
    expect((await previewGroups(dialog)).flatMap((group) => group.entries)).toEqual([
      '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> (#12)',
      '[click](javascript:alert(1)) **bold** `code` | pipe # hash',
    ]);
    expect(
      container.ownerDocument.querySelectorAll(
        'dialog img, dialog script, dialog a, dialog strong, dialog code',
      ),
    ).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the notes' }));
    expect(field('Notable changes:').value).toBe(
      'Feature: <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> (#12)\nFix: [click](javascript:alert(1)) **bold** `code` | pipe # hash',
    );
    // In the notes, a subject's `code` and **strong** are the writer's Markdown; HTML and script links stay text.
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() =>
      expect(
        [...preview.querySelectorAll('strong, code')].map((element) => element.outerHTML),
      ).toEqual(['<strong>bold</strong>', '<code>code</code>']),
    );
    expect(preview.querySelectorAll('img, script, a')).toHaveLength(0);
    expect(
      within(preview).getByText(/^Feature: <img src=x onerror="window.pwned=1"> <script>/),
    ).toBeDefined();
  });
});
