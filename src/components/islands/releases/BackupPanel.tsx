import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describeRunChanges } from '../../../lib/backup/backup.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { formatUtc, utcDate } from '../../../lib/time/format-time.ts';
import { backupText, readBackupText, restoreBackup, runsInBackup, type DocumentValues } from '../../../stores/backup.ts';
import { deleteKeptAside, keptAsideData, type KeptAside } from '../../../stores/storage.ts';
import { downloadFile } from '../common/file-actions.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import type { RestoreChoice } from '../../../lib/team/restore-in-team.ts';
import type { TeamMembership } from '../../../lib/team-sync/team-membership.ts';
import { $teamMembership, canWriteToTeam } from '../../../stores/team.ts';
import { useHydratedStore } from '../common/use-hydrated-store.ts';
import { TeamRestoreChoice } from './TeamRestoreChoice.tsx';

const NOT_IN_A_TEAM: TeamMembership = { runs: [], incidents: [] };

interface Props {
  runs: ReleaseRun[];
  /** What the restore replaced, for undo; undefined when it was shared with the team (no undo from here). */
  onRestored: (previous: DocumentValues | undefined) => void;
}

type Pending = { values: DocumentValues; fileName: string; exportedAt?: string | undefined; ignored: string[] };

/** Download everything as one JSON file; restore one after checking it and saying what will change. */
export function BackupPanel({ runs, onRestored }: Props) {
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<Pending | undefined>();
  const [kept, setKept] = useState<KeptAside[]>([]);
  const [choice, setChoice] = useState<RestoreChoice>('this-browser');
  const [said, setSaid] = useState('');
  // A build-time constant: the same hooks run on every render of a given build.
  const inTeam = import.meta.env.SYNC_URL ? Boolean(useHydratedStore($teamMembership, NOT_IN_A_TEAM).token) : false;
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => setKept(keptAsideData()), []);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem('');
    if (file.size > 5_000_000) {
      setProblem(`${file.name} is too large to be a backup of this site (over 5 MB). Nothing was changed.`);
      return;
    }
    const reading = readBackupText(await file.text());
    if (!reading.ok) setProblem(`${reading.message} Nothing was changed.`);
    else setPending({ values: reading.values, fileName: file.name, exportedAt: reading.exportedAt, ignored: reading.ignored });
  }

  async function restore() {
    if (!pending) return;
    setPending(undefined);
    setSaid('');
    if (!inTeam) {
      onRestored(restoreBackup(pending.values));
      return;
    }
    // Team builds only, and only once someone restores while joined: the team's restore rules load then.
    const { restoreBackupInTeam } = await import('../../../stores/team-restore.ts');
    const { previous, copied } = restoreBackupInTeam(pending.values, choice);
    const copies = copied.length > 0 ? ` Kept as copies beside the team’s: ${copied.join(', ')}.` : '';
    setSaid(choice === 'share' ? 'Restored the backup and shared its runs with the team.' : `Restored the backup into this browser only.${copies}`);
    onRestored(choice === 'share' ? undefined : previous);
  }

  const restoredRuns = pending ? runsInBackup(pending.values) : [];
  const changes = describeRunChanges(runs, restoredRuns);

  return (
    <section className="backup" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Backup and restore</h2>
      <p>
        A backup holds every release run, checklist state, release notes draft and incident record kept in this browser (not who you are). Restore it in another browser to hand
        over a release.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => downloadFile(`release-guide-backup-${utcDate(new Date())}.json`, backupText(new Date()), 'application/json')}>
          Download backup
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} aria-describedby={problem ? `${inputId}-problem` : undefined}>
          Restore from backup…
        </button>
        <input ref={fileInput} id={inputId} hidden type="file" accept="application/json,.json" onChange={choose} />
      </div>
      <p id={`${inputId}-problem`} className="field-problem" role="alert">
        {problem}
      </p>
      {said && (
        <p className="backup-restored" role="status">
          {said}
        </p>
      )}
      {kept.length > 0 && (
        <div className="kept-aside">
          <h3>Data kept aside</h3>
          <p>This data could not be read when it was loaded. It is kept here untouched so that nothing is lost.</p>
          <ul>
            {kept.map((entry) => (
              <li key={entry.key}>
                <code>{entry.documentKey}</code>{' '}
                <button type="button" className="button button-small" onClick={() => downloadFile('kept-aside.json', entry.raw, 'application/json')}>
                  Download
                </button>{' '}
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => {
                    deleteKeptAside(entry.key);
                    setKept(keptAsideData());
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        title="Restore this backup?"
        open={pending !== undefined}
        confirmLabel="Restore"
        tone="primary"
        onConfirm={restore}
        onCancel={() => setPending(undefined)}
      >
        {pending && (
          <>
            <p>
              <strong>{pending.fileName}</strong>
              {pending.exportedAt ? `, made ${formatUtc(pending.exportedAt)}` : ''}, replaces the release runs,
              checklist progress, release notes drafts and incident records kept in this browser with its own:
            </p>
            <ul>
              {changes.added.length > 0 && <li>Adds {changes.added.join(', ')}</li>}
              {changes.replaced.length > 0 && <li>Replaces {changes.replaced.join(', ')}</li>}
              {changes.removed.length > 0 && <li>Removes {changes.removed.join(', ')}</li>}
              {restoredRuns.length === 0 && <li>Holds no release runs</li>}
            </ul>
            {pending.ignored.length > 0 && <p>Parts this site does not know are left out: {pending.ignored.join(', ')}.</p>}
            {inTeam && <TeamRestoreChoice choice={choice} mayShare={canWriteToTeam()} onChange={setChoice} />}
            <p>{inTeam && choice === 'share' ? 'Only the copy in this browser could be undone: the team keeps what is shared.' : 'You can undo this right after.'}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
