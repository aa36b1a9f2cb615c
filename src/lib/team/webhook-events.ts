/**
 * What the team hears where it already talks: the events the sync server posts to webhooks, read from changes to
 * the shared documents (so a tick in a page, one made offline and merged later, and one through the API each
 * count once), and how each reads in a chat. Each event's id is made from what it is about (a run, an item action,
 * an incident), so every instance that sees the same change names the same event and only one delivers it.
 */
import type { ItemAction } from './item-history.ts';
import type { IncidentSummary } from './team-list.ts';

export const WEBHOOK_EVENTS = [
  'run.created',
  'run.item.changed',
  'run.completed',
  'incident.started',
  'incident.customer-impact',
  'incident.resolved',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export interface RunRef {
  id: string;
  version: string;
  name?: string | undefined;
}

export interface ItemChange {
  checklist: string;
  checklistTitle: string;
  id: string;
  text: string;
  action: ItemAction['action'];
  by?: string | undefined;
  at: string;
  reason?: string | undefined;
  note?: string | undefined;
}

export type WebhookEvent = { id: string; type: WebhookEventType; at: string } & (
  | { type: 'run.created' | 'run.completed'; run: RunRef }
  | { type: 'run.item.changed'; run: RunRef; item: ItemChange }
  | {
      type: 'incident.started' | 'incident.customer-impact' | 'incident.resolved';
      incident: IncidentSummary;
    }
);

const runRef = ({ id, version, name }: RunRef): RunRef => ({
  id,
  version,
  ...(name ? { name } : {}),
});

export const runEvent = (
  type: 'run.created' | 'run.completed',
  run: RunRef,
  at: string,
  key = '',
): WebhookEvent => ({
  id: `${type}/${run.id}${key ? `/${key}` : ''}`,
  type,
  at,
  run: runRef(run),
});

export const itemEvent = (
  run: RunRef,
  action: ItemAction,
  item: Omit<ItemChange, 'action' | 'by' | 'at' | 'reason' | 'note'>,
): WebhookEvent => ({
  id: `run.item.changed/${run.id}/${action.id}`,
  type: 'run.item.changed',
  at: action.at,
  run: runRef(run),
  item: {
    ...item,
    action: action.action,
    at: action.at,
    ...(action.by ? { by: action.by } : {}),
    ...(action.reason ? { reason: action.reason } : {}),
    ...(action.note !== undefined ? { note: action.note } : {}),
  },
});

/**
 * The incident events a change of an incident's summary in the team's list makes: started when it is first listed,
 * customer impact when it turns on, resolved when it gets a resolution time.
 */
export function incidentEvents(
  before: IncidentSummary | undefined,
  after: IncidentSummary,
  at: string,
): WebhookEvent[] {
  const event = (
    type: 'incident.started' | 'incident.customer-impact' | 'incident.resolved',
    key: string,
  ): WebhookEvent => ({
    id: `${type}/${after.id}${key ? `/${key}` : ''}`,
    type,
    at,
    incident: after,
  });
  const events: WebhookEvent[] = [];
  if (!before) events.push(event('incident.started', ''));
  // Once per incident: an id made from the time it turned on would differ between instances.
  if (after.customerImpact && !before?.customerImpact)
    events.push(event('incident.customer-impact', ''));
  if (after.resolvedAt && !before?.resolvedAt)
    events.push(event('incident.resolved', after.resolvedAt));
  return events;
}

/** Slack, Mattermost and Teams read `&`, `<` and `>` as markup: typed text keeps its own characters. */
const plain = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const runName = (run: RunRef) => plain(run.name ? `${run.version} (${run.name})` : run.version);

const ACTION_WORDS: Record<ItemAction['action'], string> = {
  done: 'done',
  reopen: 'reopened',
  na: 'N/A',
  note: 'note',
  reset: 'reset',
  restore: 'put back',
  import: 'shared',
};

/** One line that reads well in a chat: "2.5.0 · Deploy to staging and run smoke tests: done by CI pipeline". */
export function chatText(event: WebhookEvent): string {
  switch (event.type) {
    case 'run.created':
      return `${runName(event.run)} · release run started`;
    case 'run.completed':
      return `${runName(event.run)} · every checklist is complete`;
    case 'run.item.changed': {
      const { item } = event;
      const by = item.by ? ` by ${plain(item.by)}` : '';
      const why = item.action === 'na' && item.reason ? ` (${plain(item.reason)})` : '';
      const note = item.action === 'note' && item.note ? `: “${plain(item.note)}”` : '';
      return `${runName(event.run)} · ${plain(item.text)}: ${ACTION_WORDS[item.action]}${why}${by}${note}`;
    }
    case 'incident.started':
      return `Incident started: ${plain(event.incident.title)}`;
    case 'incident.customer-impact':
      return `Incident “${plain(event.incident.title)}”: customers are affected`;
    case 'incident.resolved':
      return `Incident resolved: ${plain(event.incident.title)}`;
  }
}

/** The body posted to a webhook: `{ text }` for chats, the event itself for `json`. */
export function webhookBody(event: WebhookEvent, format: 'slack' | 'json'): string {
  return JSON.stringify(format === 'slack' ? { text: chatText(event) } : event);
}
