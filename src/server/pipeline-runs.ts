/**
 * What each endpoint of the API for CI does with the shared documents: list, create and read runs, act on an item,
 * answer a gate. Reads and writes go through the same lib/team readers and writers as the pages (team-list,
 * run-document), and item changes through the same pure transitions, signed with the token holder's name.
 */
import { randomUUID } from 'node:crypto';
import type { CatalogChecklist } from '../lib/checklist/checklist-catalog.ts';
import { withOverride } from '../lib/checklist/checklist-order.ts';
import {
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ItemState,
} from '../lib/item-state/item-state.ts';
import { createRun, type ReleaseRun, type RunInput } from '../lib/releases/release-run.ts';
import { withoutLeadingV } from '../lib/releases/semver.ts';
import { apiError, type ApiError, type ItemActionRequest } from '../lib/team/api-requests.ts';
import { describeIdentity, type TeamIdentity } from '../lib/team/identity-message.ts';
import { readItem, readRunChecklists, updateChecklistItem } from '../lib/team/run-document.ts';
import {
  findRun,
  gate,
  itemView,
  openWaits,
  runDetail,
  runProgress,
  runSummary,
  type RunStates,
} from '../lib/team/run-view.ts';
import { runDocumentName, TEAM_DOCUMENT, type TeamSignature } from '../lib/team/team-documents.ts';
import { putRun, readTeamReleases } from '../lib/team/team-list.ts';
import type { ApiDocuments } from './api-documents.ts';

export interface ApiAnswer {
  status: number;
  body: unknown;
  /** The run the request was about, for the audit log. */
  run?: string;
}

const answer = (status: number, body: unknown, run?: ReleaseRun): ApiAnswer => ({
  status,
  body,
  ...(run ? { run: run.id } : {}),
});
const failed = ({ status, ...body }: ApiError, run?: ReleaseRun) => answer(status, body, run);

export function pipelineRuns(documents: ApiDocuments, catalog: readonly CatalogChecklist[]) {
  const releases = () => documents.use(TEAM_DOCUMENT, readTeamReleases);
  const statesOf = (run: ReleaseRun): Promise<RunStates> =>
    documents.use(runDocumentName(run.id), readRunChecklists);

  /** The run `{run}` names with its item states, or the 404 that lists the runs there are. */
  async function resolve(
    ref: string,
  ): Promise<{ run: ReleaseRun; states: RunStates } | { error: ApiAnswer }> {
    const { runs } = await releases();
    const states = new Map<string, RunStates>();
    for (const run of runs) states.set(run.id, await statesOf(run));
    const run = findRun(
      { runs },
      ref,
      (candidate) => runProgress(candidate, states.get(candidate.id) ?? {}, catalog).complete,
    );
    if (run) return { run, states: states.get(run.id) ?? {} };
    const known = runs.map(({ id, version }) => ({ id, version })).reverse();
    const message =
      runs.length === 0
        ? 'The team has no runs yet: create one with POST /api/v1/runs.'
        : `No run "${ref}": name a run by its id, its version, or "current".`;
    return { error: failed(apiError(404, 'unknown-run', message, { runs: known })) };
  }

  const signature = (holder: TeamIdentity): TeamSignature => ({
    at: new Date().toISOString(),
    by: describeIdentity(holder),
    ...(holder.role ? { role: holder.role } : {}),
  });

  return {
    async list(): Promise<ApiAnswer> {
      const { runs } = await releases();
      const summaries = [];
      for (const run of [...runs].reverse())
        summaries.push(runSummary(run, await statesOf(run), catalog));
      return answer(200, { runs: summaries });
    },

    async read(ref: string): Promise<ApiAnswer> {
      const found = await resolve(ref);
      if ('error' in found) return found.error;
      return answer(200, runDetail(found.run, found.states, catalog), found.run);
    },

    /** Idempotent per version: a retried pipeline step gets the run it made the first time. */
    async create(holder: TeamIdentity, input: RunInput): Promise<ApiAnswer> {
      const version = withoutLeadingV(input.version.trim());
      const { run, created } = await documents.write(holder, TEAM_DOCUMENT, (team) => {
        const existing = [...readTeamReleases(team).runs]
          .reverse()
          .find((r) => r.version === version);
        if (existing) return { run: existing, created: false };
        const made = createRun(input, randomUUID(), new Date());
        putRun(team, made);
        return { run: made, created: true };
      });
      return answer(created ? 201 : 200, runDetail(run, await statesOf(run), catalog), run);
    },

    async act(
      holder: TeamIdentity,
      ref: string,
      checklistId: string,
      itemId: string,
      request: ItemActionRequest,
    ): Promise<ApiAnswer> {
      const found = await resolve(ref);
      if ('error' in found) return found.error;
      const { run, states } = found;
      const checklist = catalog.find(({ id }) => id === checklistId);
      if (!checklist)
        return failed(
          apiError(404, 'unknown-checklist', `No checklist "${checklistId}".`, {
            checklists: catalog.map(({ id }) => id),
          }),
          run,
        );
      const item = checklist.items.find(({ id }) => id === itemId);
      if (!item)
        return failed(
          apiError(404, 'unknown-item', `Checklist "${checklistId}" has no item "${itemId}".`, {
            items: checklist.items.map(({ id, text }) => ({ id, text })),
          }),
          run,
        );
      const open =
        request.action === 'done' ? openWaits(catalog, checklist, item.id, run, states) : [];
      if (open.length > 0 && !request.force)
        return failed(
          apiError(
            409,
            'waits-for-open-items',
            `"${item.text}" waits for open work. Finish it first, or send "force": true to tick it anyway (recorded with the item).`,
            { open },
          ),
          run,
        );
      const signed = signature(holder);
      const act = (state: ItemState | undefined): ItemState => {
        if (request.action === 'done') return withOverride(tick(state, signed), open);
        if (request.action === 'reopen') return untick(state, signed);
        return markNotApplicable(state, request.reason ?? '', signed);
      };
      const transition = (state: ItemState | undefined) =>
        request.note === undefined ? act(state) : setNote(act(state), request.note, signed);
      const after = await documents.write(holder, runDocumentName(run.id), (doc) => {
        updateChecklistItem(doc, checklist.id, item.id, transition, signed);
        return readItem(doc, checklist.id, item.id);
      });
      return answer(
        200,
        { run: run.id, checklist: checklist.id, ...itemView(run, item, after) },
        run,
      );
    },

    async gate(ref: string, required: readonly string[]): Promise<ApiAnswer> {
      const found = await resolve(ref);
      if ('error' in found) return found.error;
      const { run, states } = found;
      if (required.length === 0)
        return failed(
          apiError(
            400,
            'nothing-required',
            'Name what the gate checks: ?require=<checklist>[/<item>],…',
            {
              checklists: catalog.map(({ id }) => id),
            },
          ),
          run,
        );
      const verdict = gate(run, states, catalog, required);
      if ('unknown' in verdict)
        return failed(
          apiError(
            404,
            'unknown-requirement',
            `No such checklist or item: ${verdict.unknown.join(', ')}.`,
            {
              unknown: verdict.unknown,
              checklists: catalog.map(({ id, items }) => ({ id, items: items.map((i) => i.id) })),
            },
          ),
          run,
        );
      return answer(
        verdict.ready ? 200 : 412,
        { run: run.id, version: run.version, ...verdict },
        run,
      );
    },
  };
}
