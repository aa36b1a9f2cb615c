import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IncidentIsland } from '../../../src/components/islands/incident/IncidentIsland.tsx';
import { encode } from '../../../src/lib/storage/envelope.ts';
import { type Incidents, incidentsCodec } from '../../../src/lib/incident/incident.ts';
import { $incidents, incidentsDocument } from '../../../src/stores/incidents.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { PLAYBOOK } from '../../fixtures/playbook.ts';
import { ROLES } from '../../fixtures/release-work.ts';

const KEY = 'octoacme-rg:v1:incidents';
const island = <IncidentIsland playbook={PLAYBOOK} roles={ROLES} />;
const HOSTILE = '<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)) שלום 🚀';

beforeEach(() => {
  localStorage.clear();
  incidentsDocument.store.set({ incidents: [] });
  identityDocument.store.set({ name: 'Dana', roleId: 'release-manager' });
});

/** A view whose code loads on first use can take seconds to compile on a busy test machine. */
const LAZY_VIEW_WAIT = 8000;

/** Start an incident and wait for its header, whose code loads apart from the page's. */
async function start(title = '') {
  render(island);
  if (title)
    fireEvent.change(screen.getByLabelText('Title (optional)'), { target: { value: title } });
  fireEvent.click(screen.getByRole('button', { name: 'Start incident' }));
  await screen.findByRole('region', { name: 'Incident status' }, { timeout: LAZY_VIEW_WAIT });
}

/** The elapsed clock in the incident's bar (the reminders have a countdown timer of their own). */
const clock = () =>
  within(screen.getByRole('region', { name: 'Incident status' })).getByRole('timer');

const step = (index: number) => PLAYBOOK.steps[index]!;

describe('IncidentIsland', () => {
  it('renders the playbook on the server: the trigger and every step, each as the whole text of one element', () => {
    const html = renderToString(island);
    const container = document.createElement('div');
    container.innerHTML = html;
    const texts = [...container.querySelectorAll('*')].map((element) =>
      element.textContent?.trim(),
    );
    expect(texts).toContain(PLAYBOOK.trigger);
    for (const { text } of PLAYBOOK.steps) expect(texts).toContain(text);
    expect(html).not.toMatch(/ style="/);
    const startButton = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Start incident',
    );
    expect(startButton?.hasAttribute('disabled'), 'inert until the page runs').toBe(true);
  });

  it('hydrates over the server HTML without a mismatch, then shows the stored incident', async () => {
    const html = renderToString(island);
    const stored: Incidents = {
      incidents: [
        {
          id: 'i1',
          title: 'Checkout errors',
          startedAt: new Date().toISOString(),
          customerImpact: true,
          steps: {},
          timeline: [],
        },
      ],
      currentId: 'i1',
    };
    incidentsDocument.store.set(stored);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(container, island));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    // The header's code loads once the page finds the incident.
    expect(
      await within(container).findByRole(
        'heading',
        { name: 'Checkout errors' },
        { timeout: LAZY_VIEW_WAIT },
      ),
    ).toBeTruthy();
    act(() => root.unmount());
    container.remove();
  });

  it('explains, before an incident starts, why its steps cannot be ticked yet', () => {
    render(island);
    const checkbox = screen.getByLabelText(step(0).text) as HTMLInputElement;
    expect(checkbox.disabled).toBe(true);
    const description = document.getElementById(checkbox.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(
      'Start the incident first to tick the steps: each tick is timed and signed.',
    );
  });

  it('starts an incident, ticks a step with time and signature, and marks the next one', async () => {
    await start('Checkout errors');
    const stored = $incidents.get().incidents[0]!;
    expect(stored).toMatchObject({ title: 'Checkout errors', customerImpact: true });
    expect(screen.getByRole('heading', { name: 'Checkout errors' })).toBeTruthy();
    expect(clock().textContent).toBe('00:00:00');

    fireEvent.click(screen.getByLabelText(step(0).text));
    const state = $incidents.get().incidents[0]!.steps[step(0).id]!;
    expect(state).toMatchObject({ status: 'done', by: 'Dana (Release Manager)' });
    const row = document.querySelector(`[data-step="${step(0).id}"]`)!;
    expect(row.querySelector('.step-status')!.textContent).toMatch(
      /^Done \d\d:\d\d by Dana \(Release Manager\) \d\d:\d\d UTC$/,
    );
    expect(row.querySelector('time')!.getAttribute('title')).toMatch(/UTC$/);
    expect(document.querySelector('.is-next')!.getAttribute('data-step')).toBe(step(1).id);
    // Customer-impacting: the Customer Success steps are required and cannot be N/A.
    expect(screen.getAllByText('Required: customers are affected')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^N\/A/ })).toBeNull();
  });

  it('asks for a reason before a step is N/A, and records the rollback decision', async () => {
    render(island);
    fireEvent.click(screen.getByLabelText('No'));
    fireEvent.click(screen.getByRole('button', { name: 'Start incident' }));
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^N/A.*${step(1).text}`) }));
    // The dialogs load apart from the page (at idle): wait for them as the page does.
    const reason = await screen.findByLabelText(
      'Why does this step not apply?',
      {},
      { timeout: 4000 },
    );
    expect((reason as HTMLTextAreaElement).value).toBe('No customer is affected');
    fireEvent.change(reason, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark N/A' }));
    expect(screen.getByText('Give a reason: the export and the team see it.')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'Internal admin pages only' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark N/A' }));
    expect($incidents.get().incidents[0]!.steps[step(1).id]).toMatchObject({
      status: 'na',
      reason: 'Internal admin pages only',
    });

    // "Rolled back" asks what happened: the version (no linked run here, so nothing to prefill) and why.
    fireEvent.click(screen.getByRole('button', { name: /^Rolled back.*Rollback/ }));
    const version = (await screen.findByLabelText('Version rolled back to')) as HTMLInputElement;
    expect(version.value).toBe('');
    expect(document.activeElement).toBe(version);
    const dialog = within(version.closest('dialog')!);
    fireEvent.click(dialog.getByRole('button', { name: 'Rolled back' }));
    expect(dialog.getByText('Give the version production went back to.')).toBeTruthy();
    expect(
      dialog.getByText('Say why it was rolled back: the postmortem starts from it.'),
    ).toBeTruthy();
    expect($incidents.get().incidents[0]!.steps[step(2).id]).toBeUndefined();
    fireEvent.change(version, { target: { value: '2.3.1' } });
    fireEvent.change(dialog.getByLabelText('Why was it rolled back?'), {
      target: { value: HOSTILE },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Rolled back' }));
    expect($incidents.get().incidents[0]!.rollback).toEqual({ version: '2.3.1', reason: HOSTILE });
    const status = document.querySelector(`[data-step="${step(2).id}"] .step-status`)!;
    expect(status.textContent).toMatch(/^Rolled back \d\d:\d\d by Dana/);
    expect(status.textContent).toContain(` · to 2.3.1 · Reason: ${HOSTILE}`);
    expect(status.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Undo decision/ }));
    expect($incidents.get().incidents[0]!.steps[step(2).id]!.status).toBe('open');
  });

  it('adds notes with Enter, keeps hostile text as text, and edits by striking through', async () => {
    await start();
    // The timeline's code loads once there is an incident.
    const input = await screen.findByLabelText('Add to the timeline');
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByText('Write something first.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input, { target: { value: HOSTILE } });
    fireEvent.submit(input.closest('form')!);
    expect((input as HTMLInputElement).value).toBe('');
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(document.querySelector('.timeline img')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
    const edited = screen.getByLabelText('Edited text');
    fireEvent.change(edited, { target: { value: 'Error rate 15%' } });
    fireEvent.submit(edited.closest('form')!);
    expect(document.querySelector('.is-struck del')!.textContent).toBe(
      `Before an edit: ${HOSTILE}`,
    );
    expect(screen.getByText('Error rate 15%')).toBeTruthy();
    expect($incidents.get().incidents[0]!.timeline.map((entry) => entry.text)).toContain(HOSTILE);
  });

  it('lists action items apart, resolves, reopens, and keeps several incidents', async () => {
    await start('First');
    fireEvent.click(await screen.findByLabelText('Follow-up action item (listed in the export)'));
    const input = screen.getByLabelText('Add to the timeline');
    fireEvent.change(input, { target: { value: 'Alert on error rate' } });
    fireEvent.submit(input.closest('form')!);
    expect($incidents.get().incidents[0]!.timeline.at(-1)).toMatchObject({
      kind: 'action',
      text: 'Alert on error rate',
    });

    // Resolve asks first: the open steps are listed and a one-line summary is required.
    fireEvent.click(screen.getByRole('button', { name: 'Resolve incident' }));
    const summary = (await screen.findByLabelText(
      'How was it resolved? (one line)',
      {},
      { timeout: 4000 },
    )) as HTMLInputElement;
    expect(document.activeElement).toBe(summary);
    const dialog = within(summary.closest('dialog')!);
    expect(dialog.getByText('5 steps are still open.')).toBeTruthy();
    expect(dialog.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      PLAYBOOK.steps.map(
        (playbookStep, index) =>
          `${playbookStep.text}${[1, 4].includes(index) ? 'Required: customers are affected' : ''}`,
      ),
    );
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve anyway' }));
    expect(
      dialog.getByText('Say in one line how it was resolved: the record and the team read it.'),
    ).toBeTruthy();
    expect($incidents.get().incidents[0]!.resolvedAt).toBeUndefined();
    fireEvent.change(summary, { target: { value: 'Feature flag turned off' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve anyway' }));
    expect($incidents.get().incidents[0]).toMatchObject({ resolution: 'Feature flag turned off' });
    expect(screen.getByText('Resolution: Feature flag turned off')).toBeTruthy();

    // Undo takes the resolve back, and says so in the timeline.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($incidents.get().incidents[0]!.resolvedAt).toBeUndefined();
    expect($incidents.get().incidents[0]!.timeline.at(-1)!.text).toBe(
      'Resolve undone: incident open again',
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Resolve incident' }));
    fireEvent.change(await screen.findByLabelText('How was it resolved? (one line)'), {
      target: { value: 'Flag off' },
    });
    fireEvent.submit(screen.getByLabelText('How was it resolved? (one line)').closest('form')!);
    expect($incidents.get().incidents[0]!.resolvedAt).toBeDefined();
    expect(screen.getByText('Resolved incident')).toBeTruthy();
    expect((screen.getByLabelText(step(0).text) as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Start another incident' }));
    fireEvent.change(screen.getByLabelText('Title (optional)'), { target: { value: 'Second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start incident' }));
    expect($incidents.get().incidents.map((incident) => incident.title)).toEqual([
      'First',
      'Second',
    ]);

    fireEvent.click(screen.getByRole('button', { name: /^Reopen.*First/ }));
    expect($incidents.get().incidents[0]!.resolvedAt).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'First' })).toBeTruthy();
  });

  it('says so when saved incidents cannot be read, and starts afresh without losing them', async () => {
    localStorage.setItem(KEY, '{"v":1,"data":{"incidents":[{"id":1}]}}');
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }),
    );
    render(island);
    expect(await screen.findByText('Some saved data could not be read.')).toBeTruthy();
    const kept = Object.keys(localStorage).filter((key) =>
      key.startsWith('octoacme-rg:quarantine:'),
    );
    expect(kept.map((key) => localStorage.getItem(key))).toContain(
      '{"v":1,"data":{"incidents":[{"id":1}]}}',
    );
    expect(screen.getByRole('button', { name: 'Start incident' })).toBeTruthy();
    expect(encode(incidentsCodec, $incidents.get())).toBe('{"v":2,"data":{"incidents":[]}}');
  });

  it('keeps working in memory when the browser’s storage is full, and says so', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await start('Storage full');
      fireEvent.click(screen.getByLabelText(step(0).text));
      expect(await screen.findByText('Changes are not being saved.')).toBeTruthy();
      expect(screen.getByText(/This browser’s storage is full\./)).toBeTruthy();
      expect($incidents.get().incidents[0]!.steps[step(0).id]!.status).toBe('done');
      expect((screen.getByLabelText(step(0).text) as HTMLInputElement).checked).toBe(true);
    } finally {
      setItem.mockRestore();
    }
  });
});
