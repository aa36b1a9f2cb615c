import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReleaseNotesIsland } from '../../../src/components/islands/release-notes/ReleaseNotesIsland.tsx';
import { localIsoDate } from '../../../src/lib/time/format-time.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';
import { $releaseNotes, releaseNotesDocument } from '../../../src/stores/release-notes.ts';
import { $releases, releasesDocument } from '../../../src/stores/releases.ts';

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
const NOTES_KEY = 'octoacme-rg:v1:release-notes';
const RUN = {
  id: 'run-1',
  version: '2.4.0',
  name: 'Aurora',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-11-20T09:30:00.000Z',
} as const;

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  releaseNotesDocument.store.set({});
});

afterEach(() => {
  vi.restoreAllMocks();
});

const field = (label: string) =>
  screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });
const describedText = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('ReleaseNotesIsland', () => {
  it('shows one field per template line, labelled with the line as written', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    for (const label of LABELS)
      expect(screen.getByText(label, { selector: 'label' })).toBeDefined();
    expect(field('Date:').getAttribute('type')).toBe('date');
    expect(field('Summary:').tagName).toBe('TEXTAREA');
    expect(field('Summary:').required).toBe(true);
    expect(field('Known issues:').required).toBe(false);
    expect(describedText(field('Migration steps (if any):'))).toContain(
      'Optional: left out of the notes when empty.',
    );
    expect(describedText(field('Documentation links:'))).toContain('“Title — https://…”');
  });

  it('prefills the run’s name and version and today’s date, and saves nothing until the writer types', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    expect(field('Release name / number:').value).toBe('Aurora 2.4.0');
    expect(field('Date:').value).toBe(localIsoDate(new Date()));
    expect($releaseNotes.get()).toEqual({});
  });

  it('saves every keystroke under the current run, prefilled fields included', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    type('Summary:', 'Faster sync');
    expect(JSON.parse(localStorage.getItem(NOTES_KEY)!)).toEqual({
      v: 1,
      data: {
        'run-1': {
          'release-name-number': 'Aurora 2.4.0',
          date: localIsoDate(new Date()),
          summary: 'Faster sync',
        },
      },
    });
  });

  it('makes up no run for a first-time visitor: what they type waits for the run they start', () => {
    releasesDocument.store.set({ runs: [] });
    render(<ReleaseNotesIsland fields={fields} />);
    expect(screen.getByText('No release run yet.')).toBeTruthy();
    expect(field('Release name / number:').value).toBe('');
    type('Summary:', 'Faster sync');
    expect($releases.get().runs).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Start a release run' }));
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: '2.5.0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create release run' }));
    const [started] = $releases.get().runs;
    expect(started).toMatchObject({ version: '2.5.0' });
    expect($releaseNotes.get()).toEqual({
      [started!.id]: {
        date: localIsoDate(new Date()),
        summary: 'Faster sync',
        'release-name-number': '',
      },
    });
    expect(field('Summary:').value).toBe('Faster sync');
  });

  it('follows a change made in another tab', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    const value = JSON.stringify({ v: 1, data: { 'run-1': { summary: 'Typed in another tab' } } });
    act(() => {
      localStorage.setItem(NOTES_KEY, value);
      window.dispatchEvent(
        new StorageEvent('storage', { key: NOTES_KEY, newValue: value, storageArea: localStorage }),
      );
    });
    expect(field('Summary:').value).toBe('Typed in another tab');
  });

  it('explains a missing required field once the writer leaves it, with no alert', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    render(<ReleaseNotesIsland fields={fields} />);
    const summary = field('Summary:');
    expect(summary.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(summary);
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(summary)).toContain('Summary is required.');
    type('Summary:', 'Done');
    expect(summary.getAttribute('aria-invalid')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('explains links that are not http(s)', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    type('Documentation links:', 'Evil — javascript:alert(1)');
    fireEvent.blur(field('Documentation links:'));
    expect(describedText(field('Documentation links:'))).toContain(
      'only http:// and https:// addresses can be links',
    );
  });

  it('warns when a major release has no migration steps', () => {
    releasesDocument.store.set({
      runs: [{ ...RUN, type: 'major', version: '3.0.0' }],
      currentId: RUN.id,
    });
    render(<ReleaseNotesIsland fields={fields} />);
    expect(describedText(field('Migration steps (if any):'))).toContain('This is a major release');
    type('Migration steps (if any):', 'None');
    expect(describedText(field('Migration steps (if any):'))).not.toContain(
      'This is a major release',
    );
  });

  it('suggests the next version from the previous run and puts it in the release field', () => {
    releasesDocument.store.set({
      runs: [{ ...RUN, id: 'old', version: '2.3.1' }, RUN],
      currentId: RUN.id,
    });
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.click(screen.getByText('Suggest the next version'));
    expect(field('Previous version').value).toBe('2.3.1');
    fireEvent.change(screen.getByLabelText('Release type'), { target: { value: 'major' } });
    fireEvent.change(screen.getByLabelText('Pre-release tag (optional)'), {
      target: { value: 'rc' },
    });
    fireEvent.click(
      screen.getByRole('button', { name: /^Use 3\.0\.0-rc\.1\s*in Release name \/ number$/ }),
    );
    expect(field('Release name / number:').value).toBe('Aurora 3.0.0-rc.1');

    type('Previous version', '2.4');
    expect(field('Previous version').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field('Previous version'))).toContain('"2.4" is not a semantic version');
  });

  it('on the first run, says there is no earlier version rather than asking for it, and starts from one once the team’s runs bring it', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    fireEvent.click(screen.getByText('Suggest the next version'));
    const helper = screen.getByText('Suggest the next version').closest('details')!;
    expect(helper.textContent).not.toContain('Enter the previous version');
    expect(helper.textContent).toContain(
      'No earlier release run: this is the first. Type the previous version if there was one.',
    );
    act(() =>
      releasesDocument.store.set({
        runs: [{ ...RUN, id: 'team-old', version: '2.3.1' }, RUN],
        currentId: RUN.id,
      }),
    );
    expect(field('Previous version').value).toBe('2.3.1');
    expect(helper.textContent).toContain('Next version: 2.4.0');
  });

  it('previews typed Markdown as Markdown and anything else as text: no HTML, no script, links only to http(s) addresses', async () => {
    const { container } = render(<ReleaseNotesIsland fields={fields} />);
    type(
      'Summary:',
      '<script>alert(1)</script> <img src=x onerror=alert(1)> *in italics* **bold** `octo migrate` [x](javascript:alert(1)) [docs](https://docs.example/a)',
    );
    type('Notable changes:', '# Not a heading\n> not a quote');
    type('Documentation links:', 'Guide — https://docs.example/guide\nEvil — javascript:alert(1)');
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview.querySelector('code')?.textContent).toBe('octo migrate'));
    expect(preview.querySelector('em')?.textContent).toBe('in italics');
    expect(preview.querySelector('strong')?.textContent).toBe('bold');
    expect(
      within(preview).getByText(/^<script>alert\(1\)<\/script> <img src=x onerror=alert\(1\)>/)
        .textContent,
    ).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> in italics bold octo migrate [x](javascript:alert(1)) docs',
    );
    expect(container.querySelector('script, img, blockquote, h1')).toBeNull();
    expect([...preview.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '# Not a heading',
      '> not a quote',
      'Guide',
      'Evil — javascript:alert(1)',
    ]);
    expect([...preview.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://docs.example/a',
      'https://docs.example/guide',
    ]);
  });

  it('titles the preview with the release and the date, not as sections of a form', async () => {
    render(<ReleaseNotesIsland fields={fields} />);
    type('Date:', '2026-12-01');
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() =>
      expect(
        within(preview)
          .getAllByRole('heading')
          .map((heading) => heading.textContent),
      ).toEqual([
        'Preview',
        'Release 2.4.0 — Aurora · 2026-12-01',
        'Summary',
        'Notable changes',
        'Known issues',
        'Documentation links',
      ]),
    );
  });

  it('copies the notes as Markdown and lists what still needs attention', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ReleaseNotesIsland fields={fields} />);
    type('Notable changes:', '# Not a heading');
    fireEvent.click(screen.getByRole('button', { name: /^Copy Markdown\s*of the release notes$/ }));
    await waitFor(() =>
      expect(screen.getByText('Copied the release notes as Markdown.')).toBeDefined(),
    );
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('### Notable changes\n\n- \\# Not a heading\n'),
    );
    expect(screen.getByText(/One field needs attention before you publish/).textContent).toBe(
      'One field needs attention before you publish: Summary.',
    );
    expect(field('Summary:').getAttribute('aria-invalid')).toBe('true');
  });

  it('clears the draft after asking, and undoes it', () => {
    render(<ReleaseNotesIsland fields={fields} />);
    type('Summary:', 'Worth keeping');
    fireEvent.click(screen.getByRole('button', { name: 'Clear draft' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear the release notes draft?' });
    expect(within(dialog).getByText(/Release 2.4.0 “Aurora”/)).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clear draft' }));
    expect(field('Summary:').value).toBe('');
    expect($releaseNotes.get()).toEqual({});
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(field('Summary:').value).toBe('Worth keeping');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear draft' }));
  });

  describe('exporting what the form flags', () => {
    const copyButton = () =>
      screen.getByRole('button', { name: /^Copy Markdown\s*of the release notes$/ });
    let writeText: ReturnType<typeof vi.fn>;
    beforeEach(() => {
      writeText = vi.fn(async (_text: string) => undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });

    it('asks before copying link lines that are not links, and copies when the writer goes on', async () => {
      render(<ReleaseNotesIsland fields={fields} />);
      type('Documentation links:', 'Evil — javascript:alert(1)');
      fireEvent.click(copyButton());
      const dialog = await screen.findByRole('dialog', { name: 'Export the notes as they are?' });
      expect(within(dialog).getByRole('listitem').textContent).toMatch(
        /^Documentation links: Write each link as .*only http:\/\/ and https:\/\/ addresses can be links\.$/,
      );
      expect(writeText).not.toHaveBeenCalled();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(writeText).not.toHaveBeenCalled();
      expect(screen.queryByText('Copied the release notes as Markdown.')).toBeNull();

      fireEvent.click(copyButton());
      await waitFor(() =>
        expect(
          screen
            .getByRole('dialog', { name: 'Export the notes as they are?' })
            .hasAttribute('open'),
        ).toBe(true),
      );
      fireEvent.click(
        within(screen.getByRole('dialog', { name: 'Export the notes as they are?' })).getByRole(
          'button',
          { name: 'Copy Markdown anyway' },
        ),
      );
      await screen.findByText('Copied the release notes as Markdown.');
      expect(writeText).toHaveBeenCalledTimes(1);
      expect(writeText.mock.calls[0]![0]).toContain('- Evil — javascript:alert(1)\n');
    });

    it('points out notes for another version than the current run’s, on the field and before the export', async () => {
      render(<ReleaseNotesIsland fields={fields} />);
      type('Release name / number:', 'Aurora 2.4.0-rc.1');
      expect(describedText(field('Release name / number:'))).toContain(
        'These notes are for 2.4.0-rc.1, but the current run is 2.4.0.',
      );
      fireEvent.click(copyButton());
      const dialog = await screen.findByRole('dialog', { name: 'Export the notes as they are?' });
      expect(within(dialog).getByRole('listitem').textContent).toContain(
        'Release name / number: These notes are for 2.4.0-rc.1',
      );
      type('Release name / number:', 'Aurora 2.4.0');
      expect(describedText(field('Release name / number:'))).not.toContain('These notes are for');
    });

    it('copies at once when nothing is flagged, and the “Copied” line goes when the draft changes or is cleared', async () => {
      render(<ReleaseNotesIsland fields={fields} />);
      type('Summary:', 'Faster sync');
      fireEvent.click(copyButton());
      await screen.findByText('Copied the release notes as Markdown.');
      expect(screen.queryByRole('dialog', { name: 'Export the notes as they are?' })).toBeNull();
      type('Summary:', 'Faster sync for everyone');
      expect(screen.queryByText('Copied the release notes as Markdown.')).toBeNull();

      fireEvent.click(copyButton());
      await screen.findByText('Copied the release notes as Markdown.');
      fireEvent.click(screen.getByRole('button', { name: 'Clear draft' }));
      fireEvent.click(
        within(screen.getByRole('dialog', { name: 'Clear the release notes draft?' })).getByRole(
          'button',
          { name: 'Clear draft' },
        ),
      );
      expect(screen.queryByText('Copied the release notes as Markdown.')).toBeNull();
    });
  });
});
