import { useId, useState } from 'react';
import { currentRun, describeRun, NO_RUNS } from '../../../lib/releases/release-run.ts';
import { withBase } from '../../../lib/site/base-path.ts';
import { $releases, createReleaseRun, switchRun, updateReleaseRun } from '../../../stores/releases.ts';
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

  return (
    <div className="run-bar">
      <p className="run-bar-current">
        {run ? (
          <>
            <span className="run-bar-label">Current run</span> <strong>{describeRun(run)}</strong>
          </>
        ) : (
          <strong>No release run yet.</strong>
        )}
      </p>
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
        <button type="button" className="button button-small" onClick={() => setDialog('new')}>
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
