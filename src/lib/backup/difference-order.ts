// The order a person reads a backup's differences in: each run's items as its checklists list them.
import type { BackupDifference } from './backup-diff.ts';

/** The page's checklists and notes fields, as the differences name them. */
export interface DifferenceLabels {
  checklists: readonly { id: string; items: readonly { id: string; text: string }[] }[];
  notesFields: readonly { id: string; title: string }[];
}

/**
 * The items of a run in the order its checklists list them (the comparison goes by id); an item
 * the page does not list comes after those it does.
 */
export function inChecklistOrder(
  differences: readonly BackupDifference[],
  labels: DifferenceLabels,
): BackupDifference[] {
  const position = new Map(
    labels.checklists.flatMap((checklist, at) =>
      checklist.items.map(
        (item, index) => [`${checklist.id}\n${item.id}`, at * 10_000 + index] as const,
      ),
    ),
  );
  const runOf = (difference: BackupDifference) =>
    difference.kind === 'item' && 'runId' in difference.place ? difference.place.runId : undefined;
  const keyOf = (difference: BackupDifference) =>
    difference.kind === 'item' && 'checklistId' in difference.place
      ? (position.get(`${difference.place.checklistId}\n${difference.itemId}`) ?? Infinity)
      : Infinity;
  const ordered: BackupDifference[] = [];
  for (let start = 0; start < differences.length;) {
    let end = start + 1;
    while (
      runOf(differences[start]!) !== undefined &&
      end < differences.length &&
      runOf(differences[end]!) === runOf(differences[start]!)
    )
      end += 1;
    const block = differences.slice(start, end).map((difference, index) => ({ difference, index }));
    ordered.push(
      ...block
        .sort((a, b) => keyOf(a.difference) - keyOf(b.difference) || a.index - b.index)
        .map(({ difference }) => difference),
    );
    start = end;
  }
  return ordered;
}
