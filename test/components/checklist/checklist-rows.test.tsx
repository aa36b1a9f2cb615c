// A checklist row as a release manager reads it across a multi-day release: owners in words, times
// with their date, signed notes, N/A in words, and the remembered "only my items" filter.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistIsland } from '../../../src/components/islands/checklist/ChecklistIsland.tsx';
import { LocalTime } from '../../../src/components/islands/common/LocalTime.tsx';
import { $checklists, checklistsDocument } from '../../../src/stores/checklists.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { releasesDocument } from '../../../src/stores/releases.ts';
import { $roleFilter, chooseRoleFilter } from '../../../src/stores/role-filter.ts';
import { RUN } from '../../fixtures/release-work.ts';

const checklist = {
  id: 'pre-release',
  title: 'Pre-release requirements',
  items: [
    { id: 'criteria', text: 'All acceptance criteria met and PRs merged', owners: [] },
    {
      id: 'notes',
      text: 'Release notes drafted (Technical Writer with input from PM)',
      owners: ['technical-writer', 'pm'],
    },
    { id: 'smoke', text: 'Smoke tests prepared (QA Lead)', owners: ['qa-lead'] },
  ],
};
const roles = [
  { id: 'technical-writer', name: 'Technical Writer', summary: 'Writes.' },
  { id: 'pm', name: 'PM', summary: 'Plans.' },
  { id: 'qa-lead', name: 'QA Lead', summary: 'Tests.' },
  { id: 'tech-lead', name: 'Tech Lead', summary: 'Leads.' },
];
const row = (text: string) => screen.getByRole('checkbox', { name: text }).closest('li')!;
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

beforeEach(() => {
  localStorage.clear();
  // A release run is under way: a checklist records nothing before one is started.
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  checklistsDocument.store.set({});
  identityDocument.store.set({ name: '' });
  chooseRoleFilter('');
});

describe('owners and states in words', () => {
  it('reads owner tags as "Owners: Technical Writer, PM", and marks an item nobody owns as Unassigned', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    const owners = row('Release notes drafted (Technical Writer with input from PM)').querySelector(
      '.item-owners',
    )!;
    expect(owners.textContent).toBe('Owners: Technical Writer, PM');
    expect(owners.querySelector('[aria-label]')).toBeNull();
    expect([...owners.querySelectorAll('.owner-badge')].map((badge) => badge.textContent)).toEqual([
      'Technical Writer',
      'PM',
    ]);
    expect(
      row('All acceptance criteria met and PRs merged').querySelector('.item-owners')!.textContent,
    ).toBe('Unassigned');
  });

  it('describes an N/A item as not applicable, in words', () => {
    checklistsDocument.store.set({
      [RUN.id]: {
        'pre-release': {
          smoke: { status: 'na', reason: 'no UI change', at: '2026-11-26T10:00:00.000Z' },
        },
      },
    });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Smoke tests prepared (QA Lead)' });
    expect(description(checkbox)).toMatch(/^Not applicable\. N\/A: no UI change · /);
    expect(
      description(
        screen.getByRole('checkbox', { name: 'All acceptance criteria met and PRs merged' }),
      ),
    ).toBe('');
  });
});

describe('times and signed notes', () => {
  it('gives each time its whole date and time in a <time> with a title', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const { container } = render(
      <LocalTime iso="2026-11-29T17:45:00.000Z" now={now} timeZone="Europe/Paris" />,
    );
    const time = container.querySelector('time')!;
    expect(time.textContent).toBe('29 Nov, 18:45');
    expect(time.getAttribute('datetime')).toBe('2026-11-29T17:45:00.000Z');
    expect(time.dataset.full).toBe('Sunday, 29 November 2026 at 18:45');
    expect(time.title).toBe('Sunday, 29 November 2026 at 18:45 · 2026-11-29 17:45 UTC');
  });

  it('signs a note with who wrote it and when, and shows both with the note', () => {
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Add note: Smoke tests prepared (QA Lead)' }),
    );
    fireEvent.change(screen.getByLabelText('Note for this item'), {
      target: { value: 'Suite runs in 4 minutes' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    const stored = $checklists.get()[RUN.id]?.['pre-release']?.smoke;
    expect(stored).toMatchObject({ note: 'Suite runs in 4 minutes', noteBy: 'Dana (QA Lead)' });
    expect(Date.now() - Date.parse(stored!.noteAt!)).toBeLessThan(60_000);
    const note = row('Smoke tests prepared (QA Lead)').querySelector('.item-note')!;
    expect(note.textContent).toMatch(
      /^Note \(Dana \(QA Lead\), \d\d:\d\d\): Suite runs in 4 minutes$/,
    );
    expect(note.querySelector('time')!.getAttribute('datetime')).toBe(stored!.noteAt);
  });

  it('shows the date of a tick from another day', () => {
    checklistsDocument.store.set({
      [RUN.id]: {
        'pre-release': { criteria: { status: 'done', at: '2025-06-02T10:00:00.000Z', by: 'Lee' } },
      },
    });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(
      row('All acceptance criteria met and PRs merged').querySelector('.item-meta')!.textContent,
    ).toMatch(/^Done 2 Jun 2025, \d\d:\d\d by Lee$/);
  });
});

describe('the remembered role filter', () => {
  const shownItems = () =>
    [...document.querySelectorAll('.checklist-item:not([hidden]) label')].map(
      (label) => label.textContent,
    );

  it('shows my items and the unassigned ones, says how many are hidden, and is remembered', () => {
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only my items (QA Lead)' }));
    expect(shownItems()).toEqual([
      'All acceptance criteria met and PRs merged',
      'Smoke tests prepared (QA Lead)',
    ]);
    expect(screen.getByText('2 of 3 shown · 1 hidden')).toBeTruthy();
    expect($roleFilter.get()).toBe('qa-lead');
    expect(localStorage.getItem('octoacme-rg:v1:role-filter')).toBe('qa-lead');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only my items (QA Lead)' }));
    expect(shownItems()).toHaveLength(3);
    expect(document.querySelector('.role-filter-count')!.textContent).toBe('');
  });

  it('starts filtered on another checklist page when the role was chosen before', () => {
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
    chooseRoleFilter('qa-lead');
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(
      (screen.getByRole('checkbox', { name: 'Show only my items (QA Lead)' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(shownItems()).toEqual([
      'All acceptance criteria met and PRs merged',
      'Smoke tests prepared (QA Lead)',
    ]);
  });

  it('says so when none of the items is mine', () => {
    identityDocument.store.set({ name: 'Ari', roleId: 'tech-lead' });
    chooseRoleFilter('tech-lead');
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(
      screen.getByText('No items for Tech Lead here · 1 unassigned shown · 2 hidden'),
    ).toBeTruthy();
  });

  it('ignores a remembered value that names no role', () => {
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    act(() => chooseRoleFilter('{"not":"a role"}'));
    expect(
      (screen.getByRole('checkbox', { name: 'Show only my items (QA Lead)' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
    expect(shownItems()).toHaveLength(3);
  });
});
