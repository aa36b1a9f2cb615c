// Two <Checklist> blocks on one page, as writers may put them: every id must stay unique, and every
// reference to an id (labels, descriptions, controls) must find its element, dialogs included.
import { act, fireEvent, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChecklistIsland } from '../../../src/components/islands/checklist/ChecklistIsland.tsx';
import { checklistsDocument } from '../../../src/stores/checklists.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { releasesDocument } from '../../../src/stores/releases.ts';
import { ROLES } from '../../fixtures/release-work.ts';

const preRelease = {
  id: 'pre-release',
  title: 'Pre-release checklist',
  items: [
    { id: 'freeze', text: 'Code freeze announced', owners: ['release-manager'] },
    { id: 'backup', text: 'Backup or snapshot (if applicable)', owners: ['tech-lead'] },
  ],
};
const deployment = {
  id: 'deployment',
  title: 'Deployment checklist',
  ownerLine: 'Release Manager coordinates',
  items: [
    { id: 'staging', text: 'Deploy to staging (QA Lead signs off)', owners: ['qa-lead'] },
    { id: 'production', text: 'Deploy to production', owners: ['release-manager'] },
  ],
};
const islands = [
  <ChecklistIsland checklist={preRelease} roles={ROLES} />,
  <ChecklistIsland
    checklist={deployment}
    roles={ROLES}
    requires={{ ...preRelease, href: '/guide/pre-release/' }}
  />,
];

const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls'];

/** Ids used twice, and references (attribute and id) that find no element. */
function idProblems(): { repeated: string[]; dangling: string[] } {
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  const dangling: string[] = [];
  for (const attribute of REFERENCES) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of element.getAttribute(attribute)!.split(/\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) dangling.push(`${attribute}="${id}"`);
      }
    }
  }
  for (const label of document.querySelectorAll('label[for]')) {
    if (!document.getElementById(label.getAttribute('for')!))
      dangling.push(`for="${label.getAttribute('for')}"`);
  }
  return { repeated, dangling };
}

let roots: Root[] = [];
let containers: HTMLElement[] = [];

beforeEach(async () => {
  localStorage.clear();
  releasesDocument.store.set({
    runs: [
      {
        id: 'r1',
        version: '2.4.0',
        type: 'minor',
        customerFacing: true,
        createdAt: '2026-11-26T09:00:00.000Z',
      },
    ],
    currentId: 'r1',
  });
  identityDocument.store.set({ name: 'Dana', roleId: 'qa-lead' });
  checklistsDocument.store.set({
    r1: {
      'pre-release': {
        backup: { status: 'na', at: '2026-11-26T15:52:00.000Z', reason: 'Stateless service' },
      },
      deployment: {
        staging: { status: 'done', at: '2026-11-26T15:52:00.000Z', note: 'Took 4 minutes' },
      },
    },
  });
  // As the page does: each island is rendered on the server and hydrated as a root of its own,
  // with the prefix the site generator gives it.
  containers = islands.map((island, index) => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(island, { identifierPrefix: `r${index}` });
    document.body.append(container);
    return container;
  });
  roots = await act(async () =>
    containers.map((container, index) =>
      hydrateRoot(container, islands[index]!, { identifierPrefix: `r${index}` }),
    ),
  );
});

afterEach(() => {
  act(() => roots.forEach((root) => root.unmount()));
  containers.forEach((container) => container.remove());
});

describe('two checklists on one page', () => {
  it('repeat no id, and every reference finds its element', () => {
    // Seven per checklist: the run bar's, N/A, note, start a run, who signs, tick ahead, reset.
    expect(document.querySelectorAll('dialog')).toHaveLength(14);
    const found = idProblems();
    expect(found.repeated).toEqual([]);
    expect(found.dangling).toEqual([]);
    // Every dialog is named by its own title, not by a namesake in the other checklist.
    for (const dialog of document.querySelectorAll('dialog')) {
      expect(dialog.getAttribute('aria-labelledby')).toBe(dialog.querySelector('h2')!.id);
    }
  });

  it('still do with their dialogs open', () => {
    const [first, second] = containers.map((container) => within(container));
    // One dialog per part of each island (a modal dialog leaves nothing else to click in a browser).
    fireEvent.click(first!.getByRole('button', { name: 'Mark N/A: Code freeze announced' }));
    fireEvent.click(first!.getByRole('button', { name: 'Edit run' }));
    fireEvent.click(second!.getByRole('button', { name: 'Reset checklist' }));
    expect(document.querySelectorAll('dialog[open]')).toHaveLength(3);
    const found = idProblems();
    expect(found.repeated).toEqual([]);
    expect(found.dangling).toEqual([]);
    // The confirmation is described by its message, which the check above found.
    expect(
      second!.getByRole('dialog', { name: 'Reset checklist?' }).getAttribute('aria-describedby'),
    ).toBeTruthy();
  });
});
