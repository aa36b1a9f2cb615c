import { useId, useState, type SubmitEvent } from 'react';
import { TITLE_MAX } from '../../../lib/incident/incident.ts';
import type { IncidentInput } from '../../../lib/incident/incident-transitions.ts';
import { describeRun, type Releases } from '../../../lib/releases/release-run.ts';
import { FormButtons } from '../common/FormButtons.tsx';
import { KeptWhere } from '../common/KeptWhere.tsx';

const LOCAL_WORDS =
  'The clock starts when you press the button. Everything is kept in this browser only.';

interface Props {
  releases: Releases;
  disabled: boolean;
  onStart: (input: IncidentInput) => void;
  /** Back to the incident on screen, when there is one. */
  onCancel?: (() => void) | undefined;
}

/** Start an incident: one button, with an optional title, the customer impact and a linked release. */
export function IncidentStart({ releases, disabled, onStart, onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [customerImpact, setCustomerImpact] = useState(true);
  // Undefined until chosen: the current release run, the likeliest cause, is preselected.
  const [releaseId, setReleaseId] = useState<string | undefined>();
  const preselected =
    releases.runs.find((run) => run.id === releases.currentId) ?? releases.runs.at(-1);
  const chosenId = releaseId ?? preselected?.id ?? '';

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const run = releases.runs.find((candidate) => candidate.id === chosenId);
    onStart({
      title,
      customerImpact,
      release: run && { id: run.id, description: describeRun(run) },
    });
  }

  return (
    <form className="incident-start" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Start an incident</h2>
      <p className="field-hint">
        {import.meta.env.SYNC_URL ? (
          <KeptWhere
            local={LOCAL_WORDS}
            team="The clock starts when you press the button. It is shared with your team as you go, and kept in this browser too, for working offline."
          />
        ) : (
          LOCAL_WORDS
        )}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title (optional)</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={TITLE_MAX}
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>Are customers affected?</legend>
        <div>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-impact`}
              checked={customerImpact}
              onChange={() => setCustomerImpact(true)}
            />
            Yes, customer-impacting
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-impact`}
              checked={!customerImpact}
              onChange={() => setCustomerImpact(false)}
            />
            No
          </label>
        </div>
        <p className="field-hint">
          Customer Success steps are required while customers are affected. You can change this
          later.
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-release`}>Linked release run (optional)</label>
        <select
          id={`${id}-release`}
          value={chosenId}
          onChange={(event) => setReleaseId(event.target.value)}
        >
          <option value="">None</option>
          {releases.runs.map((run) => (
            <option key={run.id} value={run.id}>
              {describeRun(run)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <FormButtons
          submitLabel="Start incident"
          submitClassName="button button-start"
          disabled={disabled}
          onCancel={onCancel}
        />
      </div>
    </form>
  );
}
