import { useMemo, useState } from 'react';
import { compareWithBackup } from '../../../lib/backup/backup-diff.ts';
import {
  describeDifferences,
  type DifferenceLabels,
} from '../../../lib/backup/describe-differences.ts';
import type { ReleaseWork } from '../../../lib/backup/release-work.ts';
import type { RestoreChoice } from '../../../lib/team/restore-in-team.ts';
import { formatUtc } from '../../../lib/time/format-time.ts';
import { formatLocalTime } from '../../../lib/time/local-time.ts';
import { FormButtons } from '../common/FormButtons.tsx';
import { TeamRestoreChoice } from './TeamRestoreChoice.tsx';

// The merge comes with the dialog: the page hands it to the store's merge verb at the restore.
export { mergeReleaseWork } from '../../../lib/backup/merge-backup.ts';

export type RestoreHow = 'merge' | 'replace';

/**
 * A backup that was read and checked, with both sides of the comparison as they were when it was
 * picked. The page reads them from its stores, so that this chunk imports nothing from the page's.
 */
export interface PendingBackup {
  fileName: string;
  exportedAt?: string | undefined;
  ignored: string[];
  here: ReleaseWork;
  backup: ReleaseWork;
  /** The runs a replace adds, replaces and removes, by version. */
  runs: { added: string[]; replaced: string[]; removed: string[] };
}

interface Props {
  pending: PendingBackup;
  labels: DifferenceLabels;
  /** Joined to a team: the restore also asks where it goes. */
  inTeam: boolean;
  mayShare: boolean;
  /** The id the dialog reads out as its description. */
  summaryId: string;
  onRestore: (how: RestoreHow, choice: RestoreChoice) => void;
  onCancel: () => void;
}

/**
 * The restore dialog's content, loaded once a file is picked: what differs between this browser's
 * work and the backup, item by item, then Merge (newest change per item wins) or Replace.
 */
export function RestoreBackupView({
  pending,
  labels,
  inTeam,
  mayShare,
  summaryId,
  onRestore,
  onCancel,
}: Props) {
  const [how, setHow] = useState<RestoreHow>('replace');
  const [choice, setChoice] = useState<RestoreChoice>('this-browser');
  const lines = useMemo(() => {
    const now = new Date();
    return describeDifferences(
      compareWithBackup(pending.here, pending.backup),
      pending.here,
      pending.backup,
      labels,
      (iso) => formatLocalTime(iso, now),
    );
  }, [pending, labels]);
  const { runs } = pending;
  const dropped = lines.filter((line) => line.replaceLoses).length;
  const sharing = inTeam && choice === 'share';

  return (
    <>
      <p id={summaryId}>
        <strong>{pending.fileName}</strong>
        {pending.exportedAt ? `, made ${formatUtc(pending.exportedAt)}` : ''}
        {lines.length === 0
          ? ', holds the same release work as this browser: restoring it changes nothing.'
          : `, differs from the release work in this browser in ${lines.length === 1 ? '1 place' : `${lines.length} places`}${dropped > 0 ? ` (${dropped} marked “only here or newer here”)` : ''}:`}
      </p>
      {lines.length > 0 && (
        <ul
          className="backup-differences"
          // The list scrolls within the dialog: focusable, so that it scrolls from the keyboard in
          // browsers that do not make a scroll container focusable by themselves (the rule's own
          // advice for a scroll container).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-label="Differences between this browser and the backup"
        >
          {lines.map((line, index) => (
            <li key={index} className={line.replaceLoses ? 'is-newer-here' : undefined}>
              {line.text}
              <span className="backup-difference-outcome">
                Merge {line.merge}
                {line.replaceLoses && <strong> · only here or newer here: Replace drops it</strong>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pending.ignored.length > 0 && (
        <p>Parts this site does not know are left out: {pending.ignored.join(', ')}.</p>
      )}
      {/* A form, so that Enter on the chosen way restores, as keyboard users expect of a choice. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onRestore(how, choice);
        }}
      >
        <fieldset className="field restore-how">
          <legend>How to restore</legend>
          <label className="choice">
            <input
              type="radio"
              name="restore-how"
              checked={how === 'merge'}
              onChange={() => setHow('merge')}
            />
            <span>
              <strong>Merge.</strong> The newest change of each item wins, from either side; runs,
              incidents and timeline entries that only one side has are all kept. A run’s details
              and release-notes text that differ keep this browser’s words.
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="restore-how"
              checked={how === 'replace'}
              onChange={() => setHow('replace')}
            />
            <span>
              <strong>Replace.</strong> The release runs, checklist progress, release notes drafts
              and incident records kept in this browser become the backup’s
              {[
                runs.added.length > 0 ? `Adds ${runs.added.join(', ')}` : '',
                runs.replaced.length > 0 ? `Replaces ${runs.replaced.join(', ')}` : '',
                runs.removed.length > 0 ? `Removes ${runs.removed.join(', ')}` : '',
                pending.backup.releases.runs.length === 0 ? 'Holds no release runs' : '',
              ]
                .filter(Boolean)
                .map((part, index) => `${index === 0 ? ': ' : '; '}${part}`)
                .join('')}
              .
            </span>
          </label>
        </fieldset>
        {inTeam && <TeamRestoreChoice choice={choice} mayShare={mayShare} onChange={setChoice} />}
        <p>
          {sharing
            ? 'Only the copy in this browser could be undone: the team keeps what is shared.'
            : 'You can undo this right after.'}
        </p>
        <div className="form-actions">
          <FormButtons submitLabel="Restore" onCancel={onCancel} />
        </div>
      </form>
    </>
  );
}
