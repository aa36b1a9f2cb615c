import { useId } from 'react';
import { describeProgress, type Progress } from '../../../lib/checklist/checklist-state.ts';
import {
  describeRoleFilter,
  type Owned,
  type RoleFilterResult,
} from '../../../lib/roles/role-filter.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { NoRoleHint } from './NoRoleHint.tsx';

interface Props {
  progress: Progress;
  /** The reader's role, when they gave one: the items can then be narrowed to theirs. */
  myRole: Role | undefined;
  onlyMine: boolean;
  /** What the filter shows and hides, said under it ("3 of 8 shown · 5 hidden"). */
  filtered: RoleFilterResult<Owned>;
  onOnlyMineChange: (onlyMine: boolean) => void;
}

/** How far the checklist is ("5 of 8 done · 1 N/A"), announced as it changes, and the "only my items" filter. */
export function ChecklistProgress({
  progress,
  myRole,
  onlyMine,
  filtered,
  onOnlyMineChange,
}: Props) {
  const id = useId();
  return (
    <div className="checklist-progress needs-js" data-pagefind-ignore>
      <p id={`${id}-progress`} aria-live="polite">
        {describeProgress(progress)}
      </p>
      <progress
        max={progress.total}
        value={progress.done + progress.na}
        aria-labelledby={`${id}-progress`}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={onlyMine && myRole !== undefined}
          disabled={!myRole}
          onChange={(event) => onOnlyMineChange(event.target.checked)}
          aria-describedby={myRole ? undefined : `${id}-mine-hint`}
        />
        Show only my items{myRole ? ` (${myRole.name})` : ''}
      </label>
      <p className="field-hint role-filter-count" aria-live="polite">
        {describeRoleFilter(filtered, onlyMine ? myRole?.name : undefined)}
      </p>
      {!myRole && (
        <span id={`${id}-mine-hint`} className="field-hint">
          {import.meta.env.SYNC_URL ? <NoRoleHint /> : 'Choose your role above to filter.'}
        </span>
      )}
    </div>
  );
}
