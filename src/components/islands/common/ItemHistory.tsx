import { describeAction, historyKey } from '../../../lib/team/history-text.ts';
import { $itemHistories } from '../../../stores/team.ts';
import { LocalTime } from './LocalTime.tsx';
import { useHydratedStore } from './use-hydrated-store.ts';

const NO_HISTORIES: ReturnType<typeof $itemHistories.get> = {};

/** A shared item's sign-off history (team builds only): every action, who did it and when. */
export function ItemHistory({
  documentName,
  list,
  item,
  now,
}: {
  documentName: string;
  list: string;
  item: string;
  now?: Date;
}) {
  const histories = useHydratedStore($itemHistories, NO_HISTORIES);
  const actions = histories[documentName]?.[historyKey(list, item)] ?? [];
  if (actions.length === 0) return null;
  return (
    <details className="item-history">
      <summary>History ({actions.length})</summary>
      <ol>
        {actions.map((action) => (
          <li key={action.id}>
            {describeAction(action)}
            {action.by ? ` — ${action.by}` : ''},{' '}
            <LocalTime iso={action.at} now={now ?? new Date()} />
          </li>
        ))}
      </ol>
    </details>
  );
}
