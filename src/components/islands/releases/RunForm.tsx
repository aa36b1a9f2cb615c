import { useId, useState, type SubmitEvent } from 'react';
import {
  RELEASE_TYPES,
  runInputProblems,
  type ReleaseRun,
  type ReleaseType,
  type RunInput,
} from '../../../lib/releases/release-run.ts';
import { FormButtons } from '../common/FormButtons.tsx';

interface Props {
  /** The run being edited; a new run when absent. */
  run?: ReleaseRun | undefined;
  others: readonly ReleaseRun[];
  onSubmit: (input: RunInput) => void;
  onCancel: () => void;
}

/** The fields of a release run, validated as they are submitted, with messages tied to their fields. */
export function RunForm({ run, others, onSubmit, onCancel }: Props) {
  const [version, setVersion] = useState(run?.version ?? '');
  const [name, setName] = useState(run?.name ?? '');
  const [type, setType] = useState<ReleaseType>(run?.type ?? 'minor');
  const [customerFacing, setCustomerFacing] = useState(run?.customerFacing ?? true);
  const [problems, setProblems] = useState<ReturnType<typeof runInputProblems>>({});
  const id = useId();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const input = { version, name, type, customerFacing };
    const found = runInputProblems(
      input,
      others.filter((other) => other.id !== run?.id),
    );
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(input);
    else document.getElementById(`${id}-version`)?.focus();
  }

  return (
    <form className="run-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-version`}>Version</label>
        <input
          id={`${id}-version`}
          value={version}
          onChange={(event) => setVersion(event.target.value)}
          placeholder="2.4.0"
          autoComplete="off"
          required
          data-autofocus
          aria-invalid={problems.version ? true : undefined}
          aria-describedby={problems.version ? `${id}-version-problem` : `${id}-version-hint`}
        />
        {problems.version ? (
          <p id={`${id}-version-problem`} className="field-problem">
            {problems.version}
          </p>
        ) : (
          <p id={`${id}-version-hint`} className="field-hint">
            Semantic version: MAJOR.MINOR.PATCH, such as 2.4.0 or 3.0.0-rc.1.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name (optional)</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-problem` : undefined}
        />
        {problems.name && (
          <p id={`${id}-name-problem`} className="field-problem">
            {problems.name}
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend>Release type</legend>
        {RELEASE_TYPES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-type`}
              value={option}
              checked={type === option}
              onChange={() => setType(option)}
            />
            {option[0]!.toUpperCase() + option.slice(1)}
          </label>
        ))}
      </fieldset>
      {/* A choice, not a field: a field lays out its children in a column, which put the box above its words. */}
      <label className="choice">
        <input
          type="checkbox"
          checked={customerFacing}
          onChange={(event) => setCustomerFacing(event.target.checked)}
        />
        Customer-facing release
      </label>
      <div className="form-actions">
        <FormButtons
          submitLabel={run ? 'Save changes' : 'Create release run'}
          onCancel={onCancel}
        />
      </div>
    </form>
  );
}
