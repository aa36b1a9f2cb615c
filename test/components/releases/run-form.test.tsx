import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReleasesIsland } from '../../../src/components/islands/releases/ReleasesIsland.tsx';
import { CurrentRunBar } from '../../../src/components/islands/common/CurrentRunBar.tsx';
import { checklistsDocument } from '../../../src/stores/checklists.ts';
import { $releases, releasesDocument } from '../../../src/stores/releases.ts';
import { RUN } from '../../fixtures/release-work.ts';

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  checklistsDocument.store.set({});
});

describe('the release run dialog', () => {
  it('puts the focus in Version as it opens from the current-run bar, and what is typed at once is kept', () => {
    render(<CurrentRunBar />);
    fireEvent.click(screen.getByRole('button', { name: 'New run' }));
    // No await: the form is there in the render that opens the dialog.
    const dialog = screen.getByRole('dialog', { name: 'New release run' });
    const version = within(dialog).getByLabelText('Version');
    expect(document.activeElement).toBe(version);
    fireEvent.change(version, { target: { value: '2.5.0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create release run' }));
    expect($releases.get().runs.map((run) => run.version)).toEqual(['2.4.0', '2.5.0']);
  });

  it('puts the focus in Version when editing a run on the releases page', () => {
    render(<ReleasesIsland checklists={[]} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit: Release 2.4.0 (minor, customer-facing)' }),
    );
    const version = within(screen.getByRole('dialog', { name: 'Edit release run' })).getByLabelText(
      'Version',
    );
    expect(document.activeElement).toBe(version);
    expect((version as HTMLInputElement).value).toBe('2.4.0');
  });

  it('deletes a run only once confirmed, the question described by what it deletes', () => {
    render(<ReleasesIsland checklists={[]} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Delete: Release 2.4.0 (minor, customer-facing)' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete release run?' });
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Release 2\.4\.0 \(minor, customer-facing\) is deleted from this browser/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($releases.get().runs).toHaveLength(1);
    fireEvent.click(
      screen.getByRole('button', { name: 'Delete: Release 2.4.0 (minor, customer-facing)' }),
    );
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete release run?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect($releases.get().runs).toHaveLength(0);
  });
});
