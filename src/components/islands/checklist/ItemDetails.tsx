import { describeItemState } from '../../../lib/item-state/describe.ts';
import type { ItemState } from '../../../lib/item-state/item-state.ts';
import { LocalTime } from '../common/LocalTime.tsx';

interface Props {
  id: string;
  state: ItemState & { automatic?: true };
  /** Known once the page runs: the server's HTML shows no time, which would be the build's. */
  now: Date | undefined;
}

/** What happened to an item (in the wording the exports use too), with when and by whom; and its note. */
export function ItemDetails({ id, state, now }: Props) {
  const parts = describeItemState(state);
  const summary =
    parts.length > 0 ? parts.map((part, index) => (typeof part === 'string' ? part : now && <LocalTime key={index} iso={part.at} now={now} />)) : null;
  if (!summary && !state.note) return null;
  return (
    <p id={id} className="item-meta">
      {summary}
      {state.note && (
        <span className="item-note">
          {summary ? ' · ' : ''}Note: {state.note}
        </span>
      )}
    </p>
  );
}
