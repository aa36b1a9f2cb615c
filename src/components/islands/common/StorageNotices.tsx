import { $storageProblems, type StorageProblem } from '../../../stores/storage.ts';
import { downloadFile } from './file-actions.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

const NONE: StorageProblem[] = [];

/** Tells the reader when saved data could not be read (and was kept aside) or cannot be saved. */
export function StorageNotices() {
  const problems = useHydratedStore($storageProblems, NONE);
  const writeFailure = problems.find((problem) => problem.kind === 'write-failed');
  const quarantined = problems.filter(
    (problem): problem is Extract<StorageProblem, { kind: 'quarantined' }> =>
      problem.kind === 'quarantined',
  );
  return (
    <div className="storage-notices" role="status">
      {quarantined.map((problem) => (
        <div className="notice notice-warning" key={`${problem.key}-${problem.keptAt ?? 'held'}`}>
          <p>
            <strong>Some saved data could not be read.</strong> {problem.reason}{' '}
            {problem.keptAt
              ? 'It has been kept aside, untouched, and this page started afresh.'
              : 'It is left untouched in storage; changes on this page are kept in this tab only.'}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadFile(
                `unreadable-${problem.key.replace(/[^a-z0-9]+/gi, '-')}.json`,
                problem.raw,
                'application/json',
              )
            }
          >
            Download the unreadable data
          </button>
        </div>
      ))}
      {writeFailure && (
        <div className="notice notice-warning">
          <p>
            <strong>Changes are not being saved.</strong> {writeFailure.message} They are kept in
            this tab until it is closed: download a Markdown export or a backup to keep them.
          </p>
        </div>
      )}
    </div>
  );
}
