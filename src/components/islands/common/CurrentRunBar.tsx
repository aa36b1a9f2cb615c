import { useEffect, useId, useState } from 'react';
import { currentRun, describeRun, isMadeUpRun, NO_RUNS } from '../../../lib/releases/release-run.ts';
import { withBase } from '../../../lib/site/base-path.ts';
import { $releases, createReleaseRun, keepLegacyDefaultRun, switchRun, updateReleaseRun } from '../../../stores/releases.ts';
import { RunForm } from '../releases/RunForm.tsx';
import { Modal } from './Modal.tsx';
import { useHydratedStore } from './use-hydrated-store.ts';

/**
 * The release run that this page's checklists and notes apply to: shown, switched, created, edited.
 * Before any run exists it says so and offers to start one here, rather than inventing a version.
 */
export function CurrentRunBar() {
  const releases = useHydratedStore($releases, NO_RUNS);
  const run = currentRun(releases);
  const [dialog, setDialog] = useState<'new' | 'edit' | undefined>();
  const switchId = useId();
  useEffect(keepLegacyDefaultRun, []);

  return (
    <div className={`run-bar${run ? '' : ' run-bar-none'}`}>
      {run ? (
        <p className="run-bar-current">
          <span className="run-bar-label">Current run</span> <strong>{describeRun(run)}</strong>
          {isMadeUpRun(run) && <span className="field-hint"> · 0.1.0 was set by an earlier version of this guide: edit the run to give the real version.</span>}
        </p>
      ) : (
        <p className="run-bar-current">
          <strong>No release run yet.</strong> <span className="run-bar-label">Start one to tick, sign off and write notes for a release.</span>
        </p>
      )}
      <div className="run-bar-actions">
        {releases.runs.length > 1 && run && (
          <>
            <label htmlFor={switchId} className="visually-hidden">
              Switch release run
            </label>
            <select id={switchId} value={run.id} onChange={(event) => switchRun(event.target.value)}>
              {releases.runs.map((option) => (
                <option key={option.id} value={option.id}>
                  {describeRun(option)}
                </option>
              ))}
            </select>
          </>
        )}
        {run && (
          <button type="button" className="button button-small" onClick={() => setDialog('edit')}>
            Edit run
          </button>
        )}
        <button type="button" className={`button button-small${run ? '' : ' button-primary'}`} onClick={() => setDialog('new')}>
          {run ? 'New run' : 'Start a release run'}
        </button>
        <a className="run-bar-link" href={withBase(import.meta.env.BASE_URL, '/releases/')}>
          All runs
        </a>
      </div>
      <Modal
        title={dialog === 'edit' ? 'Edit release run' : 'New release run'}
        open={dialog !== undefined}
        onClose={() => setDialog(undefined)}
      >
        <RunForm
          run={dialog === 'edit' ? run : undefined}
          others={releases.runs}
          onCancel={() => setDialog(undefined)}
          onSubmit={(input) => {
            if (dialog === 'edit' && run) updateReleaseRun(run.id, input);
            else createReleaseRun(input);
            setDialog(undefined);
          }}
        />
      </Modal>
    </div>
  );
}
