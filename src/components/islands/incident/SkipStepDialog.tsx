import type { PlaybookStep } from '../../../lib/incident/playbook.ts';
import { ItemTextForm } from '../common/ItemTextForm.tsx';
import { Modal } from '../common/Modal.tsx';

interface Props {
  /** The step being skipped; the dialog is closed without one. */
  step: PlaybookStep | undefined;
  onSkip: (step: PlaybookStep, reason: string) => void;
  onCancel: () => void;
}

/**
 * Asks why a step is skipped: "not needed" for a decision, N/A for a step that may not apply. Its
 * code is fetched when the page is idle and mounted with the incident, never on first open, so
 * what is typed at once is kept.
 */
export function SkipStepDialog({ step, onSkip, onCancel }: Props) {
  return (
    <Modal
      title={step?.decision ? 'Not needed' : 'Not applicable'}
      open={step !== undefined}
      onClose={onCancel}
    >
      {step && (
        <ItemTextForm
          item={step}
          label={step.decision ? 'Why is it not needed?' : 'Why does this step not apply?'}
          initial={step.decision ? '' : 'No customer is affected'}
          required
          maxLength={2000}
          multiline={false}
          submitLabel={step.decision ? 'Not needed' : 'Mark N/A'}
          onCancel={onCancel}
          onSubmit={(reason) => onSkip(step, reason)}
        />
      )}
    </Modal>
  );
}
