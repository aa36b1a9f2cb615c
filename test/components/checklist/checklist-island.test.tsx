import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistIsland } from '../../../src/components/islands/checklist/ChecklistIsland.tsx';
import { $checklists, checklistsDocument } from '../../../src/stores/checklists.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { $releases, releasesDocument } from '../../../src/stores/releases.ts';

const checklist = {
  id: 'deployment',
  title: 'Deployment checklist',
  ownerLine: 'Release Manager coordinates',
  items: [
    { id: 'staging', text: 'Deploy to staging (QA Lead signs off)', owners: ['qa-lead'] },
    {
      id: 'customers',
      text: 'Customer communication sent (customer-facing)',
      owners: ['customer-success'],
      condition: 'customer-facing' as const,
    },
  ],
};
const roles = [
  { id: 'qa-lead', name: 'QA Lead', summary: 'Signs off staging.' },
  { id: 'customer-success', name: 'Customer Success', summary: 'Talks to customers.' },
];

/** A run started before each test: the checklist has one to record in (see the tests of a first visit). */
const RUN = {
  id: 'r1',
  version: '0.1.0',
  type: 'minor' as const,
  customerFacing: true,
  createdAt: '2026-11-26T09:00:00.000Z',
};

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
  checklistsDocument.store.set({});
  identityDocument.store.set({ name: '' });
});

describe('ChecklistIsland', () => {
  it('renders every item with its owners and the owner line', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(
      screen.getByRole('checkbox', { name: 'Deploy to staging (QA Lead signs off)' }),
    ).toBeTruthy();
    expect(
      screen.getAllByText('QA Lead').some((element) => element.className === 'owner-badge'),
    ).toBe(true);
    expect(screen.getByText('Release Manager coordinates').tagName).toBe('EM');
    expect(screen.getByText('0 of 2 done')).toBeTruthy();
  });

  it('records a tick with who did it, in the current run', () => {
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Deploy to staging (QA Lead signs off)' }),
    );
    const runs = $releases.get().runs;
    expect(runs).toEqual([RUN]);
    expect($checklists.get().r1?.deployment?.staging).toMatchObject({
      status: 'done',
      by: 'Dana (QA Lead)',
    });
    expect(screen.getByText('1 of 2 done')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('octoacme-rg:v1:checklists')!).v).toBe(2);
  });

  it('follows a change made elsewhere (another tab, a restore)', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    act(() =>
      checklistsDocument.store.set({
        r1: { deployment: { staging: { status: 'done', at: '2026-11-26T15:52:00.000Z' } } },
      }),
    );
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Deploy to staging (QA Lead signs off)',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
  });

  it('marks customer-facing items N/A for an internal run', () => {
    releasesDocument.store.set({
      runs: [
        {
          id: 'r',
          version: '1.0.0',
          type: 'patch',
          customerFacing: false,
          createdAt: '2026-11-26T10:00:00.000Z',
        },
      ],
      currentId: 'r',
    });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(screen.getByText('N/A: Not a customer-facing release')).toBeTruthy();
    expect(screen.getByText('0 of 2 done · 1 N/A')).toBeTruthy();
  });

  it('shows typed text as text, never as markup', () => {
    checklistsDocument.store.set({
      r1: { deployment: { staging: { status: 'open', note: '<img src=x onerror=alert(1)>' } } },
    });
    const { container } = render(<ChecklistIsland checklist={checklist} roles={roles} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/Note: <img src=x onerror=alert\(1\)>/)).toBeTruthy();
  });

  it('has the note field focused the moment the note dialog opens, so that nothing typed at once is lost', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Add note: Deploy to staging (QA Lead signs off)' }),
    );
    // No await: the field is there in the same render that opens the dialog, not after a load.
    const field = screen.getByLabelText('Note for this item');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Smoke tests took 4 minutes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect($checklists.get().r1?.deployment?.staging).toMatchObject({
      status: 'open',
      note: 'Smoke tests took 4 minutes',
    });
  });

  it('offers to undo a tick that replaced an N/A reason, and puts the reason back', () => {
    const na = {
      status: 'na' as const,
      at: '2026-11-26T15:52:00.000Z',
      by: 'Sam',
      reason: 'Stateless service',
      note: 'Asked Ops',
    };
    checklistsDocument.store.set({ r1: { deployment: { staging: na } } });
    identityDocument.store.set({ name: 'Dana' });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    const checkbox = screen.getByRole('checkbox', {
      name: 'Deploy to staging (QA Lead signs off)',
    });
    fireEvent.click(checkbox);
    expect($checklists.get().r1?.deployment?.staging?.status).toBe('done');
    const undoBar = document.querySelector('.undo-bar')!;
    expect(undoBar.textContent).toBe(
      'Marked done: Deploy to staging (QA Lead signs off) (it was N/A: Stateless service). Undo',
    );
    fireEvent.click(within(undoBar as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect($checklists.get().r1?.deployment?.staging).toEqual(na);
    expect(screen.getByText(/^N\/A: Stateless service/)).toBeTruthy();
    expect(document.activeElement).toBe(checkbox);
  });

  it('asks before a reset, describing what it does, and undoes it', () => {
    checklistsDocument.store.set({
      r1: { deployment: { staging: { status: 'done', at: '2026-11-26T15:52:00.000Z' } } },
    });
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset checklist' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset checklist?' });
    const description = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(description?.textContent).toMatch(
      /^Every item of the deployment checklist for 0\.1\.0 goes back to open/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset' }));
    expect($checklists.get().r1?.deployment?.staging).toBeUndefined();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($checklists.get().r1?.deployment?.staging?.status).toBe('done');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset checklist' }));
  });
});
