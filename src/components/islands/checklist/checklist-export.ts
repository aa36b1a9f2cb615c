// A checklist's Markdown, as Export and "Open as GitHub issue" give it. This module and the serialiser
// load on first export (the island imports it then), apart from the page's first code.
import { exportChecklistMarkdown } from '../../../lib/checklist/checklist-markdown.ts';
import type { ChecklistState } from '../../../lib/checklist/checklist-state.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { sharedRunHistory } from '../common/shared-run-history.ts';
import type { ChecklistDefinitionProps } from './checklist-props.ts';

/** The checklist with its items' states in `run`, exported now; a shared run's carries each item's sign-off history. */
export function checklistMarkdown(
  checklist: ChecklistDefinitionProps,
  states: ChecklistState,
  run: ReleaseRun,
): string {
  const history = sharedRunHistory(run.id, checklist);
  return exportChecklistMarkdown(
    { title: checklist.title, items: checklist.items, states, history },
    run,
    new Date(),
  );
}
