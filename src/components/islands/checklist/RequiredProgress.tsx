import {
  checklistProgress,
  describeProgress,
  type Checklists,
} from '../../../lib/checklist/checklist-state.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import type { RequiredChecklistProps } from './checklist-props.ts';

interface Props {
  requires: RequiredChecklistProps;
  run: ReleaseRun;
  allStates: Checklists;
}

/** Where the checklist this one requires stands in the run: complete, or what is still open, with a link to it. */
export function RequiredProgress({ requires, run, allStates }: Props) {
  const progress = checklistProgress(requires.items, allStates[run.id]?.[requires.id], run);
  return (
    <p className={`requires ${progress.complete ? 'requires-complete' : 'requires-open'}`}>
      <a href={requires.href}>{requires.title}</a>:{' '}
      {progress.complete
        ? `complete (${describeProgress(progress)}).`
        : `not complete yet: ${describeProgress(progress)}, ${progress.open} open.`}
    </p>
  );
}
