/*
 * Which run someone who has not picked one lands on in team mode: the team's newest run that is
 * not complete, so that joining in the middle of a release shows the release under way rather
 * than a newer one already finished. Completeness is the releases page's: every checklist of the
 * site complete for that run. The pages of a team build carry the checklists' outline (ids and
 * when each item applies) for this, since the sync code has no other way to know them.
 */
import * as v from 'valibot';
import { checklistProgress, type Checklists } from '../checklist/checklist-state.ts';
import type { ReleaseRun, Releases } from '../releases/release-run.ts';
import { latestOpenRun } from './team-list.ts';

const OutlineSchema = v.array(
  v.object({
    id: v.pipe(v.string(), v.maxLength(200)),
    items: v.array(
      v.object({
        id: v.pipe(v.string(), v.maxLength(500)),
        condition: v.optional(v.picklist(['optional', 'customer-facing'])),
      }),
    ),
  }),
);

/** Every checklist of the site: its id, and its items' ids and conditions. */
export type ChecklistOutline = v.InferOutput<typeof OutlineSchema>;

/** The outline a page carries (JSON), or undefined when it is missing or unreadable. */
export function readChecklistOutline(
  json: string | null | undefined,
): ChecklistOutline | undefined {
  if (!json) return undefined;
  try {
    const parsed = v.safeParse(OutlineSchema, JSON.parse(json));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** Complete: every checklist of the outline complete for the run, as /releases/ counts progress. */
export function isRunComplete(
  outline: ChecklistOutline,
  checklists: Checklists,
  run: ReleaseRun,
): boolean {
  const states = Object.hasOwn(checklists, run.id) ? checklists[run.id] : undefined;
  return outline.every(
    (checklist) =>
      checklistProgress(
        checklist.items,
        states && Object.hasOwn(states, checklist.id) ? states[checklist.id] : undefined,
        run,
      ).complete,
  );
}

/** The run to land on: the newest not complete, else the newest; undefined when there is no run. */
export function landingRun(
  releases: Releases,
  outline: ChecklistOutline,
  checklists: Checklists,
): ReleaseRun | undefined {
  return (
    latestOpenRun(releases, (run) => isRunComplete(outline, checklists, run)) ??
    releases.runs.at(-1)
  );
}
