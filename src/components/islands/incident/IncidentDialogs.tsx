import { useRef, useState } from 'react';
import type { Signature } from '../../../lib/item-state/item-state.ts';
import type { Incident } from '../../../lib/incident/incident.ts';
import { reopenIncident, skipStep } from '../../../lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../lib/incident/incident-decisions.ts';
import type { Playbook, PlaybookStep } from '../../../lib/incident/playbook.ts';
import { previousRunVersion } from '../../../lib/releases/next-version.ts';
import type { Releases } from '../../../lib/releases/release-run.ts';
import { UndoBar } from '../common/UndoBar.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { ResolveDialog } from './ResolveDialog.tsx';
import { RollbackDialog } from './RollbackDialog.tsx';
import { SkipStepDialog } from './SkipStepDialog.tsx';

/** The dialog open over an incident: why a step is skipped, what the rollback did, or resolving. */
export type IncidentDialog =
  { kind: 'skip' | 'rollback'; step: PlaybookStep } | { kind: 'resolve' } | undefined;

interface Props {
  dialog: IncidentDialog;
  incident: Incident;
  playbook: Playbook;
  releases: Releases;
  /** Apply a transition to the incident on screen; returns why it could not be applied. */
  change: (transition: (incident: Incident) => Incident) => string | undefined;
  signature: () => Signature;
  onClose: () => void;
  /** After Undo, where the focus should go (the Undo button is gone). */
  onUndone: () => void;
}

/**
 * The dialogs of an ongoing incident and the undo of a resolve. They load apart from the page,
 * as soon as it is idle and mount with the incident, so each field is there the moment its
 * dialog opens.
 */
export function IncidentDialogs({
  dialog,
  incident,
  playbook,
  releases,
  change,
  signature,
  onClose,
  onUndone,
}: Props) {
  // The resolve that Undo takes back, by its time: gone once the incident is reopened or resolved again.
  const [undoFor, setUndoFor] = useState<string>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const linkedRun = releases.runs.find((run) => run.id === incident.releaseId);
  const previousVersion = linkedRun && previousRunVersion(releases.runs, linkedRun);

  function resolve(summary: string): string | undefined {
    const signed = signature();
    const problem = change((current) => resolveIncident(current, summary, signed));
    if (problem) return problem;
    setUndoFor(signed.at);
    onClose();
    focusAfterRender(undoButton);
    return undefined;
  }

  const closeUnless = (problem: string | undefined) => {
    if (!problem) onClose();
    return problem;
  };

  return (
    <>
      <UndoBar
        message={
          undoFor && incident.resolvedAt === undoFor
            ? `Incident resolved: ${incident.resolution ?? ''}`
            : undefined
        }
        undoButton={undoButton}
        onUndo={() => {
          change((current) => reopenIncident(current, signature(), true));
          setUndoFor(undefined);
          onUndone();
        }}
      />
      <ResolveDialog
        open={dialog?.kind === 'resolve'}
        incident={incident}
        playbook={playbook}
        onResolve={resolve}
        onCancel={onClose}
      />
      <RollbackDialog
        step={dialog?.kind === 'rollback' ? dialog.step : undefined}
        previousVersion={previousVersion}
        onRollback={(step, rollback) =>
          closeUnless(change((current) => decideRollback(current, step, rollback, signature())))
        }
        onCancel={onClose}
      />
      <SkipStepDialog
        step={dialog?.kind === 'skip' ? dialog.step : undefined}
        onCancel={onClose}
        onSkip={(step, reason) =>
          closeUnless(change((current) => skipStep(current, step, reason, signature())))
        }
      />
    </>
  );
}
