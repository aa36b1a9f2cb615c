// The team's events as the webhooks post them: ids made from what they are about, and text that reads in a chat.
import { describe, expect, it } from 'vitest';
import {
  chatText,
  incidentEvents,
  itemEvent,
  runEvent,
  webhookBody,
} from '../../../src/lib/team/webhook-events.ts';

const run = { id: 'r1', version: '2.5.0' };
const at = '2026-12-07T10:00:00.000Z';
const action = {
  id: 'abc.3',
  list: 'deployment',
  item: 'stage',
  seq: 1,
  action: 'done' as const,
  at,
  by: 'CI pipeline',
};
const item = {
  checklist: 'deployment',
  checklistTitle: 'Deployment checklist',
  id: 'stage',
  text: 'Deploy to staging and run smoke tests',
};
const incident = { id: 'i1', title: 'Checkout <errors>', startedAt: at, customerImpact: false };

describe('webhook events', () => {
  it('reads an item change as one chat line', () => {
    const event = itemEvent(run, action, item);
    expect(event.id).toBe('run.item.changed/r1/abc.3');
    expect(chatText(event)).toBe(
      '2.5.0 · Deploy to staging and run smoke tests: done by CI pipeline',
    );
    expect(
      chatText(
        itemEvent(
          { ...run, name: 'Winter' },
          { ...action, action: 'na', reason: 'No staging' },
          item,
        ),
      ),
    ).toBe(
      '2.5.0 (Winter) · Deploy to staging and run smoke tests: N/A (No staging) by CI pipeline',
    );
  });

  it('names run events by the run, and a completion by the action that completed it', () => {
    expect(runEvent('run.created', run, at).id).toBe('run.created/r1');
    expect(runEvent('run.completed', run, at, 'abc.9').id).toBe('run.completed/r1/abc.9');
    expect(chatText(runEvent('run.completed', run, at))).toBe(
      '2.5.0 · every checklist is complete',
    );
  });

  it('makes incident events from a summary’s change, escaping what chats read as markup', () => {
    expect(incidentEvents(undefined, incident, at).map(({ type }) => type)).toEqual([
      'incident.started',
    ]);
    const impact = incidentEvents(incident, { ...incident, customerImpact: true }, at);
    expect(impact.map(({ id }) => id)).toEqual(['incident.customer-impact/i1']);
    expect(chatText(impact[0]!)).toBe('Incident “Checkout &lt;errors&gt;”: customers are affected');
    const resolved = incidentEvents(incident, { ...incident, resolvedAt: at }, at);
    expect(resolved.map(({ id }) => id)).toEqual([`incident.resolved/i1/${at}`]);
    expect(incidentEvents(incident, incident, at)).toEqual([]);
  });

  it('posts { text } for chats and the event itself as JSON', () => {
    const event = runEvent('run.created', run, at);
    expect(JSON.parse(webhookBody(event, 'slack'))).toEqual({
      text: '2.5.0 · release run started',
    });
    expect(JSON.parse(webhookBody(event, 'json'))).toEqual(event);
  });
});
