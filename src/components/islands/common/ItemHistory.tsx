import { describeAction, historyKey, historySignature } from '../../../lib/team/history-text.ts';
import { $itemHistories } from '../../../stores/team.ts';
import { LocalTime } from './LocalTime.tsx';
import { useHydratedStore } from './use-hydrated-store.ts';

const NO_HISTORIES: ReturnType<typeof $itemHistories.get> = {};

/**
 * A shared item's sign-off history (team builds only): every action, who the server says did it, and
 * when (both times for an action made offline), or that the server has not confirmed it yet.
 */
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
        {actions.map((action) => {
          // Who is the server's word; an action it has not received yet says so.
          const signed = historySignature(action);
          const at = now ?? new Date();
          return (
            <li key={action.id}>
              {describeAction(action)}
              {signed.by ? ` — ${signed.by}` : ''},{' '}
              {signed.receivedAt ? (
                <>
                  made <LocalTime iso={signed.madeAt} now={at} /> offline, received{' '}
                  <LocalTime iso={signed.receivedAt} now={at} />
                </>
              ) : (
                <LocalTime iso={signed.madeAt} now={at} />
              )}
              {signed.unconfirmed && (
                <span className="item-history-unconfirmed"> · not yet confirmed by the server</span>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
