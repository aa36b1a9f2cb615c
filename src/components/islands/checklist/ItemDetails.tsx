import type { ItemState } from '../../../lib/checklist/checklist-state.ts';
import { LocalTime } from '../shared/LocalTime.tsx';

interface Props {
  id: string;
  state: ItemState & { automatic?: true };
  /** Known once the page runs: the server's HTML shows no time, which would be the build's. */
  now: Date | undefined;
}

/** What happened to an item: done, N/A and why, or reopened, with when and by whom; and its note. */
export function ItemDetails({ id, state, now }: Props) {
  const when = state.at && now && <LocalTime iso={state.at} now={now} />;
  const by = state.by ? ` by ${state.by}` : '';
  let summary = null;
  if (state.status === 'done')
    summary = (
      <>
        Done {when}
        {by}
      </>
    );
  else if (state.status === 'na')
    summary = (
      <>
        N/A: {state.reason}
        {state.automatic ? '' : by}
      </>
    );
  else if (state.at)
    summary = (
      <>
        Reopened {when}
        {by}
      </>
    );
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
