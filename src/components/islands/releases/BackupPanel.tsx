import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { describeRunChanges } from '../../../lib/backup/backup.ts';
import type { DifferenceLabels } from '../../../lib/backup/describe-differences.ts';
import type { RestoreChoice } from '../../../lib/team/restore-in-team.ts';
import { utcDate } from '../../../lib/time/format-time.ts';
import type { DocumentValues } from '../../../stores/backup.ts';
import { deleteKeptAside, keptAsideData, type KeptAside } from '../../../stores/storage.ts';
import { canWriteToTeam } from '../../../stores/team.ts';
import { downloadFile } from '../common/file-actions.ts';
import { usePreloadWhenIdle } from '../common/lazy-view.ts';
import { Modal } from '../common/Modal.tsx';
import { useMounted, useTeamMembership } from '../common/use-hydrated-store.ts';
import type { PendingBackup, RestoreHow } from './RestoreBackupView.tsx';

// The comparison and the merge load once a file is picked (the offline worker keeps the chunk), and
// the dialog opens with its content.
const loadRestoreView = () => import('./RestoreBackupView.tsx');
// The backup itself reads every stored document (incidents among them): it loads when the page is
// idle, apart from the page's first code, and is there by the time a button is pressed.
const loadBackupStore = () => import('../../../stores/backup.ts');
const NOTHING_KEPT: KeptAside[] = [];

interface Props {
  /** How the page names checklist items and release-notes fields in the differences. */
  labels: DifferenceLabels;
  /** The restore's undo (it puts back what was replaced); undefined when it was shared with the team (no undo from here). */
  onRestored: (undo: (() => void) | undefined, message: string) => void;
}

type Pending = PendingBackup & {
  values: DocumentValues;
  loaded: Awaited<ReturnType<typeof loadRestoreView>>;
};

/** Download everything as one JSON file; restore one after checking it and showing what will change. */
export function BackupPanel({ labels, onRestored }: Props) {
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<Pending | undefined>();
  // Read from storage once the page runs (the server has none), and again after a deletion.
  const mounted = useMounted();
  const keptOnLoad = useMemo(() => (mounted ? keptAsideData() : NOTHING_KEPT), [mounted]);
  const [keptAfterDeletion, setKeptAfterDeletion] = useState<KeptAside[]>();
  const kept = keptAfterDeletion ?? keptOnLoad;
  const [said, setSaid] = useState('');
  const teamToken = useTeamMembership().token;
  const inTeam = Boolean(import.meta.env.SYNC_URL) && Boolean(teamToken);
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  usePreloadWhenIdle({ preload: loadBackupStore });

  async function download() {
    const { backupText } = await loadBackupStore();
    downloadFile(
      `release-guide-backup-${utcDate(new Date())}.json`,
      backupText(new Date()),
      'application/json',
    );
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem('');
    if (file.size > 5_000_000) {
      setProblem(
        `${file.name} is too large to be a backup of this site (over 5 MB). Nothing was changed.`,
      );
      return;
    }
    const { readBackupText, releaseWork } = await loadBackupStore();
    const reading = readBackupText(await file.text());
    if (!reading.ok) {
      setProblem(`${reading.message} Nothing was changed.`);
      return;
    }
    let loaded: Pending['loaded'];
    try {
      loaded = await loadRestoreView();
    } catch {
      setProblem(
        'The restore could not load its comparison (the connection may be down). Nothing was changed.',
      );
      return;
    }
    const [here, backup] = [releaseWork(), releaseWork(reading.values)];
    const runs = describeRunChanges(here.releases.runs, backup.releases.runs);
    setPending({
      loaded,
      values: reading.values,
      here,
      backup,
      runs,
      fileName: file.name,
      exportedAt: reading.exportedAt,
      ignored: reading.ignored,
    });
  }

  async function restore(how: RestoreHow, choice: RestoreChoice) {
    if (!pending) return;
    setPending(undefined);
    const { mergedValues, restoreBackup, undoRestore } = await loadBackupStore();
    const undoTo = (previous: DocumentValues) => () => undoRestore(previous);
    const values =
      how === 'merge'
        ? mergedValues(pending.values, pending.loaded.mergeReleaseWork)
        : pending.values;
    setSaid('');
    const done = how === 'merge' ? 'Merged the backup' : 'Restored the backup';
    if (!inTeam) {
      onRestored(undoTo(restoreBackup(values)), `${done}.`);
      return;
    }
    // Team builds only, and only once someone restores while joined: the team's restore rules load then.
    const { restoreBackupInTeam } = await import('../../../stores/team-restore.ts');
    const { previous, copied } = restoreBackupInTeam(values, choice);
    const copies =
      copied.length > 0 ? ` Kept as copies beside the team’s: ${copied.join(', ')}.` : '';
    setSaid(
      choice === 'share'
        ? `${done} and shared its runs with the team.`
        : `${done} into this browser only.${copies}`,
    );
    onRestored(choice === 'share' ? undefined : undoTo(previous), `${done}.`);
  }

  return (
    <section className="backup" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Backup and restore</h2>
      <p>
        A backup holds every release run, checklist state, release notes draft and incident record
        kept in this browser (not who you are). Restore it in another browser to hand over a
        release.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={download}>
          Download backup
        </button>
        <button
          type="button"
          className="button"
          onClick={() => fileInput.current?.click()}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
        >
          Restore from backup…
        </button>
        <input
          ref={fileInput}
          id={inputId}
          hidden
          type="file"
          accept="application/json,.json"
          onChange={choose}
        />
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
          <p>
            This data could not be read when it was loaded. It is kept here untouched so that
            nothing is lost.
          </p>
          <ul>
            {kept.map((entry) => (
              <li key={entry.key}>
                <code>{entry.documentKey}</code>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => downloadFile('kept-aside.json', entry.raw, 'application/json')}
                >
                  Download
                </button>{' '}
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => {
                    deleteKeptAside(entry.key);
                    setKeptAfterDeletion(keptAsideData());
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Modal
        title="Restore this backup?"
        open={pending !== undefined}
        onClose={() => setPending(undefined)}
        describedBy={`${inputId}-summary`}
      >
        {pending && (
          <pending.loaded.RestoreBackupView
            pending={pending}
            labels={labels}
            inTeam={inTeam}
            mayShare={inTeam && canWriteToTeam()}
            summaryId={`${inputId}-summary`}
            onRestore={restore}
            onCancel={() => setPending(undefined)}
          />
        )}
      </Modal>
    </section>
  );
}
