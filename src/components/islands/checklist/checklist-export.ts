// A checklist's Markdown, as Export and "Open as GitHub issue" give it. The serialiser loads on first
// export, apart from the page's first code.
import type { ChecklistState } from '../../../lib/checklist/checklist-state.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { sharedRunHistory } from '../common/shared-run-history.ts';
import type { ChecklistDefinitionProps } from './checklist-props.ts';

/** The checklist with its items' states in `run`, exported now; a shared run's carries each item's sign-off history. */
export async function checklistMarkdown(
  checklist: ChecklistDefinitionProps,
  states: ChecklistState,
  run: ReleaseRun,
): Promise<string> {
  const { exportChecklistMarkdown } = await import('../../../lib/checklist/checklist-markdown.ts');
  const history = sharedRunHistory(run.id, checklist);
  return exportChecklistMarkdown(
    { title: checklist.title, items: checklist.items, states, history },
    run,
    new Date(),
  );
}
