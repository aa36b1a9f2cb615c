import { useState, type SubmitEvent } from 'react';
import { type Incident, RESOLUTION_MAX } from '../../../lib/incident/incident.ts';
import { isRequired, stepState } from '../../../lib/incident/incident-transitions.ts';
import { resolutionProblem } from '../../../lib/incident/incident-decisions.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { FormButtons } from '../common/FormButtons.tsx';
import { Modal } from '../common/Modal.tsx';
import { DialogField } from './DialogField.tsx';

interface Props {
  open: boolean;
  incident: Incident;
  playbook: Playbook;
  /** Returns why it could not be resolved, or undefined. */
  onResolve: (summary: string) => string | undefined;
  onCancel: () => void;
}

/**
 * Resolve asks first: it lists the steps still open (neither done nor N/A, nor decided) and takes
 * a one-line summary of how it was resolved, which the record, the team and the export keep.
 */
export function ResolveDialog({ open, incident, playbook, onResolve, onCancel }: Props) {
  return (
    <Modal title="Resolve incident" open={open} onClose={onCancel}>
      <ResolveForm
        incident={incident}
        playbook={playbook}
        onResolve={onResolve}
        onCancel={onCancel}
      />
    </Modal>
  );
}

function ResolveForm({ incident, playbook, onResolve, onCancel }: Omit<Props, 'open'>) {
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<string>();
  const openSteps = playbook.steps.filter((step) => stepState(incident, step).status === 'open');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = resolutionProblem(summary) ?? onResolve(summary);
    setProblem(found);
  }

  return (
    <form onSubmit={submit} noValidate className="resolve-form">
      {openSteps.length === 0 ? (
        <p>Every step is done or decided.</p>
      ) : (
        <div className="resolve-open-steps">
          <p>
            <strong>
              {openSteps.length === 1 ? '1 step is' : `${openSteps.length} steps are`} still open.
            </strong>{' '}
            Resolve anyway, or cancel and finish {openSteps.length === 1 ? 'it' : 'them'} first:
          </p>
          <ul>
            {openSteps.map((step) => (
              <li key={step.id}>
                {step.text}
                {isRequired(step, incident) && (
                  <span className="tag tag-required">Required: customers are affected</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <DialogField
        label="How was it resolved? (one line)"
        hint="Kept with the incident, shown to the team and written to the export."
        value={summary}
        onChange={setSummary}
        problem={problem}
        maxLength={RESOLUTION_MAX}
        focusOnOpen
      />
      <div className="form-actions">
        <FormButtons
          submitLabel={openSteps.length > 0 ? 'Resolve anyway' : 'Resolve incident'}
          onCancel={onCancel}
        />
      </div>
    </form>
  );
}
