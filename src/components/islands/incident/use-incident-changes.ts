// Every change made to incidents from the playbook, in one place: starting one (and starting another),
// ticking, skipping and deciding steps, the timeline, the impact, resolving and reopening, sharing,
// each signed when it is made; which incident is on screen; and where the focus goes after a start.
import { useCallback, useRef, useState } from 'react';
import { addEntry, correctEntry } from '../../../lib/incident/incident-timeline.ts';
import { currentIncident, type Incident, type Incidents } from '../../../lib/incident/incident.ts';
import {
  reopenIncident,
  setCustomerImpact,
  tickStep,
  untickStep,
} from '../../../lib/incident/incident-transitions.ts';
import type { Playbook, PlaybookStep } from '../../../lib/incident/playbook.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import {
  beginIncident,
  shareIncident,
  showIncident,
  updateIncident,
} from '../../../stores/incidents.ts';
import { canWriteToTeam, isShared } from '../../../stores/team.ts';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useSignature } from '../common/use-signature.ts';
import type { IncidentDialog } from './IncidentDialogs.tsx';

interface Options {
  incidents: Incidents;
  playbook: Playbook;
  roles: readonly Role[];
}

export function useIncidentChanges({ incidents, playbook, roles }: Options) {
  const signature = useSignature(roles);
  const [dialog, setDialog] = useState<IncidentDialog>();
  const [problem, setProblem] = useState('');
  const [starting, setStarting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a start the focus goes to the new incident's heading, once its (lazily loaded) header is shown.
  const focusHeading = useRef(false);
  const headerShown = useCallback(() => {
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, []);
  const focusAfterRender = useFocusAfterRender();
  const incident = starting ? undefined : currentIncident(incidents);

  /** Applies a transition to the incident on screen; returns why it could not be applied. */
  function change(transition: (incident: Incident) => Incident): string | undefined {
    if (!incident) return undefined;
    const found = updateIncident(incident.id, transition);
    setProblem(found ?? '');
    return found;
  }

  return {
    /** The incident on screen: the ongoing or last shown one, none while another is being started. */
    incident,
    starting,
    problem,
    dialog,
    closeDialog: () => setDialog(undefined),
    change,
    signature,
    start: (input: Parameters<typeof beginIncident>[0]) => {
      beginIncident(input, signature());
      setStarting(false);
      setProblem('');
      focusHeading.current = true;
    },
    cancelStart: () => setStarting(false),
    heading,
    headerShown,
    /** After an Undo (its button gone), the focus goes to the incident's heading. */
    focusHeading: () => focusAfterRender(heading),
    header: {
      onImpact: (impact: boolean) =>
        change((current) => setCustomerImpact(current, impact, playbook.steps, signature())),
      onResolve: () => setDialog({ kind: 'resolve' }),
      onReopen: () => change((current) => reopenIncident(current, signature())),
    },
    steps: {
      onTick: (step: PlaybookStep, done: boolean) =>
        change((current) => (done ? tickStep : untickStep)(current, step, signature())),
      onSkip: (step: PlaybookStep) => setDialog({ kind: 'skip', step }),
      onRollback: (step: PlaybookStep) => setDialog({ kind: 'rollback', step }),
    },
    timeline: {
      onAdd: (kind: 'note' | 'action', text: string) =>
        change((current) => addEntry(current, kind, text, signature())),
      onEdit: (entry: { id: string }, text: string) =>
        change((current) => correctEntry(current, entry.id, text, signature())),
    },
    list: {
      // A read-only team token follows the team's incidents without changing them.
      mayReopen: (id: string) =>
        !(Boolean(import.meta.env.SYNC_URL) && isShared('incidents', id) && !canWriteToTeam()),
      // Team mode: an incident worked here before joining stays here until it is shared.
      mayShare: import.meta.env.SYNC_URL
        ? (id: string) => canWriteToTeam() && !isShared('incidents', id)
        : undefined,
      onShare: shareIncident,
      onShow: (id: string) => {
        setStarting(false);
        showIncident(id);
      },
      onReopen: (id: string) => {
        setStarting(false);
        setProblem(updateIncident(id, (current) => reopenIncident(current, signature())) ?? '');
      },
      onStartAnother: () => setStarting(true),
    },
  };
}
