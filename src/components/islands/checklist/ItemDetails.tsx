import {
  describeItemState,
  describeNote,
  type DescriptionPart,
} from '../../../lib/item-state/describe.ts';
import type { ItemState } from '../../../lib/item-state/item-state.ts';
import { LocalTime } from '../common/LocalTime.tsx';

interface Props {
  id: string;
  state: ItemState & { automatic?: true };
  /** Known once the page runs: the server's HTML shows no time, which would be the build's. */
  now: Date | undefined;
}

/** Words with their times in the reader's time zone; no time before the page runs (it would be the build's "now"). */
function withTimes(parts: DescriptionPart[], now: Date | undefined) {
  return parts.map((part, index) =>
    typeof part === 'string' ? part : now && <LocalTime key={index} iso={part.at} now={now} />,
  );
}

/** What happened to an item (in the wording the exports use too), with when and by whom; and its note, with whose it is. */
export function ItemDetails({ id, state, now }: Props) {
  const parts = describeItemState(state);
  const note = describeNote(state);
  if (parts.length === 0 && note.length === 0) return null;
  return (
    <p id={id} className="item-meta">
      {withTimes(parts, now)}
      {note.length > 0 && (
        <span className="item-note">
          {parts.length > 0 ? ' · ' : ''}
          {withTimes(note, now)}
        </span>
      )}
    </p>
  );
}
