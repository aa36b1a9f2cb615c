import { extractPlaybookFromHtml } from '../../../src/lib/incident/extract-playbook.ts';
import { ROLES } from '../fixtures.ts';

/** The playbook as `<Playbook>` receives it: the MDX list of content/docs/playbook/rollback.mdx, rendered. */
export const PLAYBOOK_HTML = `<ul>
<li>If a deployment fails or causes a critical issue:
<ul>
<li>Trigger incident response and notify on-call (Release Manager coordinates)</li>
<li>Notify Customer Success immediately for customer-impacting issues</li>
<li>Rollback to last known-good release if necessary (Release Manager executes)</li>
<li>Triage root cause and capture action items (PM facilitates, Scrum Master tracks follow-ups)</li>
<li>Update customers on status and resolution (Customer Success communicates)</li>
</ul>
</li>
</ul>`;

export const PLAYBOOK = extractPlaybookFromHtml(PLAYBOOK_HTML, ROLES);

export const [TRIGGER_STEP, NOTIFY_CS, ROLLBACK, TRIAGE, UPDATE_CUSTOMERS] = PLAYBOOK.steps as [
  (typeof PLAYBOOK.steps)[number],
  (typeof PLAYBOOK.steps)[number],
  (typeof PLAYBOOK.steps)[number],
  (typeof PLAYBOOK.steps)[number],
  (typeof PLAYBOOK.steps)[number],
];

/** A signature at a given UTC time of 2026-11-26. */
export const at = (time: string, by?: string) => ({ at: `2026-11-26T${time}.000Z`, ...(by ? { by } : {}) });
