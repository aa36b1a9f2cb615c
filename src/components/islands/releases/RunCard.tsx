import {
  checklistProgress,
  describeProgress,
  type Checklists,
} from '../../../lib/checklist/checklist-state.ts';
import type { ReleaseNotesDrafts } from '../../../lib/release-notes/release-notes-draft.ts';
import { describeRun, type ReleaseRun } from '../../../lib/releases/release-run.ts';
import { switchRun } from '../../../stores/releases.ts';
import type { ReleasesIslandProps } from './releases-props.ts';
import { ShareRunButton } from './ShareRunButton.tsx';

interface Props extends ReleasesIslandProps {
  run: ReleaseRun;
  current: boolean;
  states: Checklists;
  drafts: ReleaseNotesDrafts;
  onEdit: () => void;
  onDownload: () => void;
  onDelete: () => void;
}

/** One release run: its progress in each checklist and its notes, and what can be done with it. */
export function RunCard({ run, current, checklists, notes, states, drafts, ...actions }: Props) {
  return (
    <li
      className={`run-card${current ? ' is-current' : ''}`}
      aria-current={current ? 'true' : undefined}
    >
      <h2 className="run-title">
        {describeRun(run)}
        {current && <span className="run-current-badge">Current</span>}
      </h2>
      <ul className="run-progress">
        {checklists.map((checklist) => (
          <li key={checklist.id}>
            <a href={checklist.href}>{checklist.title}</a>:{' '}
            {describeProgress(
              checklistProgress(checklist.items, states[run.id]?.[checklist.id], run),
            )}
          </li>
        ))}
        {notes && (
          <li>
            <a href={notes.href}>Release notes</a>: {drafts[run.id] ? 'draft saved' : 'not started'}
          </li>
        )}
      </ul>
      <div className="run-actions">
        {!current && (
          <button
            type="button"
            className="button button-small"
            onClick={() => switchRun(run.id)}
            aria-label={`Make current: ${describeRun(run)}`}
          >
            Make current
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={actions.onEdit}
          aria-label={`Edit: ${describeRun(run)}`}
        >
          Edit
        </button>
        {import.meta.env.SYNC_URL && <ShareRunButton run={run} />}
        <button
          type="button"
          className="button button-small"
          onClick={actions.onDownload}
          aria-label={`Download Markdown: ${describeRun(run)}`}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={actions.onDelete}
          aria-label={`Delete: ${describeRun(run)}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
