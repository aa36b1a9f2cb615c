// The incident's customer impact and its exports (Copy, Download, "Open as GitHub issue"): after the
// steps, so that on a phone the steps come right after the incident bar. Loaded apart, like the header.
import { useId } from 'react';
import { incidentFileName, incidentTitle, type Incident } from '../../../lib/incident/incident.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { GitHubHandOff, GitHubIssueLink } from '../common/GitHubHandOff.tsx';
import { REPO_URL } from '../common/repository-address.ts';

interface Props {
  incident: Incident;
  playbook: Playbook;
  active: boolean;
  onImpact: (customerImpact: boolean) => void;
}

export function IncidentRecord({ incident, playbook, active, onImpact }: Props) {
  const id = useId();
  const title = incidentTitle(incident);
  return (
    <div className="incident-details">
      <fieldset className="incident-impact" disabled={!active}>
        <legend>Are customers affected?</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-impact`}
            checked={incident.customerImpact}
            onChange={() => onImpact(true)}
          />
          Yes, customer-impacting
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-impact`}
            checked={!incident.customerImpact}
            onChange={() => onImpact(false)}
          />
          No
        </label>
      </fieldset>
      <div className="incident-actions">
        <ExportButtons
          label="incident record"
          fileName={incidentFileName(incident)}
          getMarkdown={async () => {
            // The Markdown serialiser loads on first export, not with the page.
            const { exportIncidentMarkdown } =
              await import('../../../lib/incident/incident-markdown.ts');
            return exportIncidentMarkdown(incident, playbook, new Date());
          }}
        />
        {REPO_URL ? (
          <GitHubHandOff action="Open as GitHub issue">
            <GitHubIssueLink
              watch={incident}
              issues={async () => {
                const [{ exportIncidentMarkdown }, { followUpIssues }] = await Promise.all([
                  import('../../../lib/incident/incident-markdown.ts'),
                  import('../../../lib/incident/follow-up-issues.ts'),
                ]);
                return [
                  {
                    title: `Incident: ${title}`,
                    body: exportIncidentMarkdown(incident, playbook, new Date()),
                  },
                  ...followUpIssues(incident),
                ];
              }}
            />
          </GitHubHandOff>
        ) : null}
      </div>
    </div>
  );
}
