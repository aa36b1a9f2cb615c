// The site built with REPO_URL: the constant is set here by replacing the module that holds it.
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IncidentIsland } from '../../../src/components/islands/incident/IncidentIsland.tsx';
import { incidentsDocument } from '../../../src/stores/incidents.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { PLAYBOOK } from '../../fixtures/playbook.ts';
import { ROLES } from '../../fixtures/release-work.ts';

vi.mock('../../../src/components/islands/common/repository-address.ts', () => ({
  REPO_URL: 'https://github.com/octoacme/app',
}));

const startedAt = new Date(Date.now() - 10 * 60_000).toISOString();

beforeEach(() => {
  localStorage.clear();
  identityDocument.store.set({ name: 'Dana', roleId: 'release-manager' });
  incidentsDocument.store.set({
    incidents: [
      {
        id: 'i1',
        title: 'Checkout errors',
        startedAt,
        customerImpact: true,
        steps: {},
        timeline: [
          {
            id: 'e1',
            at: startedAt,
            by: 'Dana',
            kind: 'action',
            text: 'Add an alert on 5xx <script>x</script>',
          },
          { id: 'e2', at: startedAt, kind: 'action', text: 'Write the postmortem' },
        ],
      },
    ],
    currentId: 'i1',
  });
});

/** A view whose code loads on first use can take seconds to compile on a busy test machine. */
const LAZY_VIEW_WAIT = 8000;

const form = (link: HTMLElement) => new URL(link.getAttribute('href')!);

describe('an incident with a repository address', () => {
  it('opens the record as a GitHub issue, and each follow-up action item as its own', async () => {
    render(<IncidentIsland playbook={PLAYBOOK} roles={ROLES} />);
    // The header, where the hand-off sits, loads apart from the page's first code.
    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Open as GitHub issue' },
        { timeout: LAZY_VIEW_WAIT },
      ),
    );
    // The incident affects customers: the reminder countdown changes the page every second, and each
    // change runs this (slow) query again, so it is given more than the default second.
    const record = await screen.findByRole(
      'link',
      { name: /^New issue: Incident: Checkout errors/ },
      { timeout: 4000 },
    );
    expect(form(record).pathname).toBe('/octoacme/app/issues/new');
    expect(form(record).searchParams.get('title')).toBe('Incident: Checkout errors');
    expect(form(record).searchParams.get('body')).toMatch(/^## Incident: Checkout errors\n/);
    expect(form(record).searchParams.get('body')).toContain('### Action items');

    const followUps = screen.getAllByRole('link', {
      name: /^New issue: (Add an alert|Write the postmortem)/,
    });
    expect(followUps.map((link) => form(link).searchParams.get('title'))).toEqual([
      'Add an alert on 5xx <script>x</script>',
      'Write the postmortem',
    ]);
    expect(form(followUps[0]!).searchParams.get('body')).toContain(
      'Follow-up action item from the incident “Checkout errors”',
    );
    for (const link of [record, ...followUps]) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
    }
    expect(document.querySelector('script')).toBeNull();
  }, 20_000); // lazy chunks and role queries over a page that changes every second are slow on a busy machine
});
