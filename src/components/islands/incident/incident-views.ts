// The parts of incident mode that load apart from the playbook's first code, one statement each; the
// island preloads them when the page is idle.
import { lazyView } from '../common/lazy-view.ts';

// The header, the timeline and the list of past incidents show only once there is an incident: their
// code loads apart, as soon as the page is idle, which keeps the playbook's first load in budget.
export const IncidentHeader = lazyView(() =>
  import('./IncidentHeader.tsx').then((module) => module.IncidentHeader),
);
export const IncidentRecord = lazyView(() =>
  import('./IncidentHeader.tsx').then((module) => module.IncidentRecord),
);
export const IncidentTimeline = lazyView(() =>
  import('./IncidentTimeline.tsx').then((module) => module.IncidentTimeline),
);
export const IncidentList = lazyView(() =>
  import('./IncidentList.tsx').then((module) => module.IncidentList),
);
// The dialogs and reminders of an ongoing incident, likewise: mounted with the incident, so a
// dialog's field is there the moment it opens.
export const IncidentDialogs = lazyView(() =>
  import('./IncidentDialogs.tsx').then((module) => module.IncidentDialogs),
);
export const IncidentReminders = lazyView(() =>
  import('./IncidentReminders.tsx').then((module) => module.IncidentReminders),
);
// A shared step's history (team builds only, where the checklists load it too): loaded apart, so that
// the playbook's first load does not carry it.
export const StepHistory = import.meta.env.SYNC_URL
  ? lazyView(() => import('../common/ItemHistory.tsx').then((module) => module.ItemHistory))
  : undefined;
