import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistIsland } from '../../../src/components/islands/checklist/ChecklistIsland.tsx';
import { $checklists, checklistsDocument } from '../../../src/stores/checklists.ts';
import { $identity, identityDocument } from '../../../src/stores/identity.ts';
import { $releases, releasesDocument } from '../../../src/stores/releases.ts';

const STAGING = 'Deploy to staging (QA Lead signs off)';
const PRODUCTION = 'Deploy to production (automated pipeline preferred)';
const checklist = {
  id: 'deployment',
  title: 'Deployment checklist',
  items: [
    { id: 'staging', text: STAGING, owners: ['qa-lead'] },
    { id: 'production', text: PRODUCTION, owners: [] },
  ],
  waits: { production: { items: ['staging'], checklists: ['pre-release'] } },
};
const requires = {
  id: 'pre-release',
  title: 'Pre-release requirements',
  href: '/guide/pre-release/',
  items: [{ id: 'ci', text: 'Passing CI', owners: [] }],
};
const roles = [{ id: 'qa-lead', name: 'QA Lead', summary: 'Signs off staging.' }];
const RUN = {
  id: 'r1',
  version: '2.4.0',
  type: 'minor' as const,
  customerFacing: true,
  createdAt: '2026-11-26T09:00:00.000Z',
};

const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

beforeEach(() => {
  localStorage.clear();
  releasesDocument.store.set({ runs: [] });
  checklistsDocument.store.set({});
  identityDocument.store.set({ name: '' });
});

describe('a first visit: no run is made up', () => {
  it('says there is no run, and the first tick asks which release it is for before recording anything', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} requires={requires} />);
    expect(screen.getByText('No release run yet.')).toBeTruthy();
    expect(screen.queryByText(/0\.1\.0/)).toBeNull();

    fireEvent.click(checkbox(STAGING));
    const dialog = screen.getByRole('dialog', { name: 'Start a release run' });
    // The version field is there, focused, in the render that opens the dialog.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Version'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($releases.get().runs).toEqual([]);
    expect($checklists.get()).toEqual({});
    expect(checkbox(STAGING).checked).toBe(false);

    fireEvent.click(checkbox(STAGING));
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: '2.4.0' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Patch' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create release run' }));
    // Nobody said who they are: the tick asks, and the name given signs this very tick.
    const sign = screen.getByRole('dialog', { name: 'Who is ticking?' });
    fireEvent.change(within(sign).getByLabelText('Name'), { target: { value: ' Dana ' } });
    fireEvent.change(within(sign).getByLabelText('Role'), { target: { value: 'qa-lead' } });
    fireEvent.click(within(sign).getByRole('button', { name: 'Sign and tick' }));

    const [run] = $releases.get().runs;
    expect(run).toMatchObject({ version: '2.4.0', type: 'patch' });
    expect($checklists.get()[run!.id]?.deployment?.staging).toMatchObject({
      status: 'done',
      by: 'Dana (QA Lead)',
    });
    expect($identity.get()).toEqual({ name: 'Dana', roleId: 'qa-lead' });
    expect(screen.getByText(/Current run/).parentElement?.textContent).toContain(
      'Release 2.4.0 (patch, customer-facing)',
    );
  });

  it('asks for a run before a note or an N/A as well', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(screen.getByRole('button', { name: `Add note: ${STAGING}` }));
    expect(screen.getByRole('dialog', { name: 'Start a release run' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: '3.0.0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create release run' }));
    expect(screen.getByRole('dialog', { name: 'Note' })).toBeTruthy();
  });
});

describe('who signs a tick', () => {
  beforeEach(() => releasesDocument.store.set({ runs: [RUN], currentId: RUN.id }));

  it('is the name typed in "You are", even before Save is pressed', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Lee' } });
    // The form stays open while it is being filled in.
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Lee');
    fireEvent.click(checkbox(STAGING));
    expect(screen.queryByRole('dialog', { name: 'Who is ticking?' })).toBeNull();
    expect($checklists.get().r1?.deployment?.staging).toMatchObject({ status: 'done', by: 'Lee' });
  });

  it('is nobody only when the person chooses it, once for the page', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} />);
    fireEvent.click(checkbox(STAGING));
    const sign = screen.getByRole('dialog', { name: 'Who is ticking?' });
    fireEvent.click(within(sign).getByRole('button', { name: 'Sign and tick' }));
    expect(within(sign).getByRole('alert').textContent).toBe(
      'Type your name, or tick without a name.',
    );
    expect($checklists.get()).toEqual({});
    fireEvent.click(within(sign).getByRole('button', { name: 'Tick without a name' }));
    expect($checklists.get().r1?.deployment?.staging).toMatchObject({ status: 'done' });
    expect($checklists.get().r1?.deployment?.staging).not.toHaveProperty('by');
    fireEvent.click(checkbox(STAGING));
    fireEvent.click(checkbox(STAGING));
    expect(screen.queryByRole('dialog', { name: 'Who is ticking?' })).toBeNull();
  });
});

describe('the order that protects production', () => {
  beforeEach(() => {
    releasesDocument.store.set({ runs: [RUN], currentId: RUN.id });
    identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
  });

  it('asks before ticking ahead of what the item waits for, and records the override with the item', () => {
    render(<ChecklistIsland checklist={checklist} roles={roles} requires={requires} />);
    fireEvent.click(checkbox(PRODUCTION));
    const dialog = screen.getByRole('dialog', { name: 'Tick before what it waits for?' });
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      STAGING,
      'Pre-release requirements (1 open)',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($checklists.get()).toEqual({});

    fireEvent.click(checkbox(PRODUCTION));
    fireEvent.click(screen.getByRole('button', { name: 'Tick anyway' }));
    expect($checklists.get().r1?.deployment?.production).toMatchObject({
      status: 'done',
      by: 'Dana (QA Lead)',
      reason: `Ticked while open: ${STAGING}; Pre-release requirements (1 open)`,
    });
    expect(screen.getByText(/Ticked while open: Deploy to staging/)).toBeTruthy();
  });

  it('ticks without asking once what it waits for is settled', () => {
    checklistsDocument.store.set({
      r1: {
        deployment: { staging: { status: 'done', at: '2026-11-26T10:00:00.000Z' } },
        'pre-release': { ci: { status: 'na', reason: 'No CI change' } },
      },
    });
    render(<ChecklistIsland checklist={checklist} roles={roles} requires={requires} />);
    fireEvent.click(checkbox(PRODUCTION));
    expect(screen.queryByRole('dialog', { name: 'Tick before what it waits for?' })).toBeNull();
    expect($checklists.get().r1?.deployment?.production).toMatchObject({
      status: 'done',
      by: 'Dana (QA Lead)',
    });
    expect($checklists.get().r1?.deployment?.production).not.toHaveProperty('reason');
  });
});
