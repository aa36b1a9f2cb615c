// The sign-off history a shared run's export carries, read from the team's mirror (team builds
// only: a local run's export has none, and a local-only build drops this code).
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import { checklistHistory } from '../../../lib/team/history-text.ts';
import { runDocumentName } from '../../../lib/team/team-documents.ts';
import { $itemHistories, isShared } from '../../../stores/team.ts';

/** Each item's sign-off history in `checklist` of the run, by item id; undefined for a run that is not shared. */
export function sharedRunHistory(
  runId: string,
  checklist: { id: string; items: readonly ChecklistItem[] },
): ReturnType<typeof checklistHistory> | undefined {
  if (!import.meta.env.SYNC_URL || !isShared('runs', runId)) return undefined;
  return checklistHistory(
    $itemHistories.get()[runDocumentName(runId)],
    checklist.id,
    checklist.items.map((item) => item.id),
  );
}
