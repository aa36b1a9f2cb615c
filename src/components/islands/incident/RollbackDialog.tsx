import { useState, type SubmitEvent } from 'react';
import { type Rollback, ROLLBACK_VERSION_MAX } from '../../../lib/incident/incident.ts';
import { rollbackProblem } from '../../../lib/incident/incident-decisions.ts';
import type { PlaybookStep } from '../../../lib/incident/playbook.ts';
import { FormButtons } from '../common/FormButtons.tsx';
import { Modal } from '../common/Modal.tsx';
import { DialogField } from './DialogField.tsx';

interface Props {
  /** The rollback decision being taken; the dialog is closed without one. */
  step: PlaybookStep | undefined;
  /** The linked run's previous version, when the browser knows it: the likely target. */
  previousVersion: string | undefined;
  onRollback: (step: PlaybookStep, rollback: Rollback) => string | undefined;
  onCancel: () => void;
}

/** "Rolled back" says what happened: the version production went back to, and why. */
export function RollbackDialog({ step, previousVersion, onRollback, onCancel }: Props) {
  return (
    <Modal title="Rolled back" open={step !== undefined} onClose={onCancel}>
      {step && (
        <RollbackForm
          step={step}
          previousVersion={previousVersion}
          onRollback={onRollback}
          onCancel={onCancel}
        />
      )}
    </Modal>
  );
}

function RollbackForm({
  step,
  previousVersion,
  onRollback,
  onCancel,
}: Omit<Props, 'step'> & { step: PlaybookStep }) {
  const [version, setVersion] = useState(previousVersion ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{
    version?: string | undefined;
    reason?: string | undefined;
  }>({});

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const rollback = { version, reason };
    const versionProblem = rollbackProblem({ version, reason: '-' });
    const reasonProblem = rollbackProblem({ version: '-', reason });
    if (versionProblem || reasonProblem) {
      setProblems({ version: versionProblem, reason: reasonProblem });
      return;
    }
    setProblems({ reason: onRollback(step, rollback) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <p className="modal-item">{step.text}</p>
      <DialogField
        label="Version rolled back to"
        hint={
          previousVersion
            ? 'The linked release’s previous version: change it if production went elsewhere.'
            : undefined
        }
        value={version}
        onChange={setVersion}
        problem={problems.version}
        maxLength={ROLLBACK_VERSION_MAX}
        focusOnOpen={!previousVersion}
      />
      <DialogField
        label="Why was it rolled back?"
        value={reason}
        onChange={setReason}
        problem={problems.reason}
        maxLength={2000}
        focusOnOpen={Boolean(previousVersion)}
      />
      <div className="form-actions">
        <FormButtons submitLabel="Rolled back" onCancel={onCancel} />
      </div>
    </form>
  );
}
