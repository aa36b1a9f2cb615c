/**
 * The team's events read from the shared documents as changes reach this instance (from a page, the API, or
 * another instance through Redis): a Hocuspocus extension that watches each document once it is loaded, so that
 * what was already stored makes no event and every new change makes its own. A run is listed, an item's action
 * is added, a run's checklists become complete, an incident is listed, affects customers, is resolved.
 */
import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import * as v from 'valibot';
import type * as Y from 'yjs';
import type { CatalogChecklist } from '../lib/checklist/checklist-catalog.ts';
import { ItemActionSchema } from '../lib/team/item-history.ts';
import { readRunChecklists } from '../lib/team/run-document.ts';
import { runProgress } from '../lib/team/run-view.ts';
import { KEYS, parseTeamDocumentName } from '../lib/team/team-documents.ts';
import {
  IncidentSummarySchema,
  readIncidentSummaries,
  readTeamReleases,
} from '../lib/team/team-list.ts';
import {
  incidentEvents,
  itemEvent,
  runEvent,
  type WebhookEvent,
} from '../lib/team/webhook-events.ts';

export interface WebhookWatchOptions {
  catalog: readonly CatalogChecklist[];
  /** The team document, as loaded or as stored: a run document needs its run's version. */
  team: () => Promise<Y.Doc>;
  emit: (event: WebhookEvent, documentName: string) => void;
  warn: (message: string) => void;
}

export function webhookWatch({ catalog, team, emit, warn }: WebhookWatchOptions): Extension {
  const now = () => new Date().toISOString();

  function watchTeam(document: Y.Doc, name: string) {
    document.getMap(KEYS.runs).observe((event) => {
      const runs = readTeamReleases(document).runs;
      for (const [key, change] of event.changes.keys) {
        const run = runs.find(({ id }) => id === key);
        if (change.action === 'add' && run) emit(runEvent('run.created', run, now()), name);
      }
    });
    document.getMap(KEYS.incidents).observe((event) => {
      const summaries = readIncidentSummaries(document);
      for (const [key, change] of event.changes.keys) {
        const after = summaries.find(({ id }) => id === key);
        if (!after || change.action === 'delete') continue;
        const old = v.safeParse(IncidentSummarySchema, change.oldValue);
        const before = change.action === 'update' && old.success ? old.output : undefined;
        for (const made of incidentEvents(before, after, now())) emit(made, name);
      }
    });
  }

  function watchRun(document: Y.Doc, name: string, runId: string) {
    const runOf = async () => readTeamReleases(await team()).runs.find(({ id }) => id === runId);
    const isComplete = async () => {
      const run = await runOf();
      return run !== undefined && runProgress(run, readRunChecklists(document), catalog).complete;
    };
    // Changes are handled one after the other, so that "complete" is compared with the state before each.
    let turn = isComplete();
    document.getArray(KEYS.itemActions).observe((event) => {
      const added = [...event.changes.added].flatMap((item) => item.content.getContent());
      const actions = added.flatMap((raw) => {
        const parsed = v.safeParse(ItemActionSchema, raw);
        return parsed.success && parsed.output.action !== 'import' ? [parsed.output] : [];
      });
      turn = turn.then(async (wasComplete) => {
        const run = await runOf();
        if (!run) return wasComplete;
        for (const action of actions) {
          const checklist = catalog.find(({ id }) => id === action.list);
          const item = checklist?.items.find(({ id }) => id === action.item);
          if (checklist && item)
            emit(
              itemEvent(run, action, {
                checklist: checklist.id,
                checklistTitle: checklist.title,
                id: item.id,
                text: item.text,
              }),
              name,
            );
        }
        const complete = runProgress(run, readRunChecklists(document), catalog).complete;
        const last = actions.at(-1);
        if (complete && !wasComplete && last)
          emit(runEvent('run.completed', run, now(), last.id), name);
        return complete;
      });
      turn = turn.catch((error: unknown) => {
        warn(`Webhooks: the events of "${name}" could not be read (${(error as Error).message}).`);
        return true;
      });
    });
  }

  return {
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      const parsed = parseTeamDocumentName(documentName);
      if (parsed?.kind === 'team') watchTeam(document, documentName);
      else if (parsed?.kind === 'run' && parsed.id) watchRun(document, documentName, parsed.id);
    },
  };
}
