// The site built with REPO_URL: the constant is set here by replacing the module that holds it.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ReleaseNotesIsland } from '../../../src/components/islands/release-notes/ReleaseNotesIsland.tsx';
import { GITHUB_URL_LIMIT } from '../../../src/lib/release-notes/changes/repository-links.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';
import { releaseNotesDocument } from '../../../src/stores/release-notes.ts';
import { releasesDocument } from '../../../src/stores/releases.ts';

vi.mock('../../../src/components/islands/common/repository-address.ts', () => ({
  REPO_URL: 'https://github.com/octoacme/app',
}));

const fields = [
  'Release name / number:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
].map((label) => deriveField(label));
const RUN = {
  id: 'run-1',
  version: '2.4.0',
  name: 'Aurora',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-11-20T09:30:00.000Z',
} as const;

let opened: MockInstance<typeof window.open>;

beforeEach(() => {
  opened = vi.spyOn(window, 'open').mockReturnValue(null);
  opened.mockClear();
  localStorage.clear();
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  releaseNotesDocument.store.set({
    [RUN.id]: {
      'release-name-number': 'Aurora 2.4.0',
      summary: 'Faster sync.',
      'notable-changes': 'Fix: Keep the cursor on undo (#15)',
    },
  });
});

async function copiedMarkdown(
  writeText: ReturnType<typeof vi.fn<(text: string) => Promise<undefined>>>,
) {
  fireEvent.click(screen.getByRole('button', { name: /^Copy Markdown/ }));
  await waitFor(() => expect(writeText).toHaveBeenCalled());
  return writeText.mock.lastCall![0] as string;
}

describe('with a repository address', () => {
  it('links #123 to the pull request in the preview and in the import preview', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect((await within(preview).findByRole('link', { name: '#15' })).getAttribute('href')).toBe(
      'https://github.com/octoacme/app/pull/15',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import changes…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import changes' });
    fireEvent.change(within(dialog).getByLabelText('Pasted changes'), {
      target: { value: 'a1b2c3d feat: <a href="javascript:alert(1)">x</a> (#12)' },
    });
    const link = await within(dialog).findByRole('link', { name: '#12' });
    expect(link.getAttribute('href')).toBe('https://github.com/octoacme/app/pull/12');
    expect(within(dialog).getAllByRole('link')).toHaveLength(1);
  });

  it('opens GitHub in one click, says what still needs attention as Copy does, and keeps the run’s version in the title line', async () => {
    releaseNotesDocument.store.set({ [RUN.id]: { 'release-name-number': 'Spring release' } });
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create GitHub release' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const [address, target, features] = opened.mock.lastCall!;
    expect([target, features]).toEqual(['_blank', 'noopener']);
    const url = new URL(String(address));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/octoacme/app/releases/new');
    expect(url.searchParams.get('body')).toMatch(/^## Release 2\.4\.0 — Spring release\n/);
    expect(document.querySelector('.notes-check')?.textContent).toBe(
      'One field needs attention before you publish: Summary.',
    );
  });

  it('asks first, as Copy and Download do, when the form flags what would go out silently', async () => {
    releaseNotesDocument.store.set({
      [RUN.id]: { 'release-name-number': 'Aurora 2.5.0', summary: 'Faster sync.' },
    });
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create GitHub release' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the notes as they are?' });
    expect(opened).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create GitHub release anyway' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
  });

  it('opens GitHub’s release form in a new tab with the exported Markdown as its body, exactly', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create GitHub release' }));
    const link = await screen.findByRole('link', { name: /^Open the release form on GitHub/ });
    const url = new URL(link.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/octoacme/app/releases/new');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(url.searchParams.get('tag')).toBe('v2.4.0');
    expect(url.searchParams.get('title')).toBe('Aurora 2.4.0');
    const markdown = await copiedMarkdown(writeText);
    expect(markdown).toContain('[#15](https://github.com/octoacme/app/pull/15)');
    expect(url.searchParams.get('body')).toBe(markdown);

    // The link follows the notes as they change.
    fireEvent.change(screen.getByLabelText('Summary:'), { target: { value: 'Even faster sync.' } });
    await waitFor(() =>
      expect(
        new URL(
          screen.getByRole('link', { name: /^Open the release form/ }).getAttribute('href')!,
        ).searchParams.get('body'),
      ).toContain('Even faster sync.'),
    );
  });

  it('says when the notes are too long for GitHub’s address, and offers Copy and the form without them', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.change(screen.getByLabelText('Summary:'), {
      target: { value: 'é'.repeat(GITHUB_URL_LIMIT) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create GitHub release' }));
    await screen.findByText(/more than GitHub accepts \(8,000\)/);
    expect(screen.queryByRole('link', { name: /^Open the release form/ })).toBeNull();
    const form = screen.getByRole('link', { name: /^GitHub’s form/ });
    expect(new URL(form.getAttribute('href')!).searchParams.has('body')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied. Paste it into GitHub’s form.');
    const markdown = await copiedMarkdown(writeText);
    expect(writeText.mock.calls[0]![0]).toBe(markdown);
  });
});
