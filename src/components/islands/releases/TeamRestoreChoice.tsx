import type { RestoreChoice } from '../../../lib/team/restore-in-team.ts';

interface Props {
  choice: RestoreChoice;
  /** False for a read-only token: sharing is not offered. */
  mayShare: boolean;
  onChange: (choice: RestoreChoice) => void;
}

/**
 * In team mode, a restore asks where the restored work goes, and says plainly what happens to runs
 * and incidents the team also has (team builds only).
 */
export function TeamRestoreChoice({ choice, mayShare, onChange }: Props) {
  return (
    <fieldset className="field team-restore-choice">
      <legend>You are working with your team. Restore…</legend>
      <label className="choice">
        <input
          type="radio"
          name="team-restore"
          checked={choice === 'this-browser'}
          onChange={() => onChange('this-browser')}
        />
        <span>
          <strong>Into this browser only.</strong> The team’s runs and incidents stay as the team
          has them. A restored run or incident that the team also has is kept as a separate copy,
          named “(restored copy)”, so the team’s work does not overwrite it and it does not change
          the team’s.
        </span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name="team-restore"
          checked={choice === 'share'}
          disabled={!mayShare}
          onChange={() => onChange('share')}
        />
        <span>
          <strong>Share the restored runs with the team.</strong> Their checklist progress and
          release notes are written into the team’s runs (each item’s history says you restored it);
          incidents the team does not have are shared, and those it has keep the team’s record.
          Everyone sees this at once, and it cannot be undone from here.
          {!mayShare && ' (Your team token is read-only.)'}
        </span>
      </label>
    </fieldset>
  );
}
