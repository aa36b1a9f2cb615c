import { Suspense, useId, useState } from 'react';
import { currentRun, describeRun, NO_RUNS } from '../../../lib/releases/release-run.ts';
import { withBase } from '../../../lib/site/base-path.ts';
import {
  $releases,
  createReleaseRun,
  switchRun,
  updateReleaseRun,
} from '../../../stores/releases.ts';
import { Modal } from './Modal.tsx';
import { lazyView, usePreloadWhenIdle } from './lazy-view.ts';
import { useHydratedStore, useMounted } from './use-hydrated-store.ts';

const RELEASES_PAGE = withBase(import.meta.env.BASE_URL, '/releases/');

// The run form loads when the page is idle, apart from its first code; its buttons wait for it, so
// the Version field is there the moment the dialog opens.
const RunForm = lazyView(() => import('../releases/RunForm.tsx').then((module) => module.RunForm));

/**
 * The release run that this page's checklists and notes apply to: shown, switched, created, edited.
 * Before any run exists it says so and offers to start one here, rather than inventing a version.
 */
export function CurrentRunBar() {
  const releases = useHydratedStore($releases, NO_RUNS);
  const run = currentRun(releases);
  const [dialog, setDialog] = useState<'new' | 'edit' | undefined>();
  const switchId = useId();
  // Also false while hydrating, as in the server's HTML, even when another island loaded the form first.
  const [formLoaded, mounted] = [usePreloadWhenIdle(RunForm), useMounted()];
  const formReady = formLoaded && mounted;

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
            <select
              id={switchId}
              value={run.id}
              onChange={(event) => switchRun(event.target.value)}
            >
              {releases.runs.map((option) => (
                <option key={option.id} value={option.id}>
                  {describeRun(option)}
                </option>
              ))}
            </select>
          </>
        )}
        {run && (
          <button
            type="button"
            className="button button-small"
            disabled={!formReady}
            onClick={() => setDialog('edit')}
          >
            Edit run
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          disabled={!formReady}
          onClick={() => setDialog('new')}
        >
          {run ? 'New run' : 'Start a release run'}
        </button>
        <a className="run-bar-link" href={RELEASES_PAGE}>
          All runs
        </a>
      </div>
      <Modal
        title={dialog === 'edit' ? 'Edit release run' : 'New release run'}
        open={dialog !== undefined}
        onClose={() => setDialog(undefined)}
      >
        <Suspense fallback={null}>
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
        </Suspense>
      </Modal>
    </div>
  );
}
