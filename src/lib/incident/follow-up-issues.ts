// Each follow-up action item of an incident can become its own GitHub issue: its text as the title,
// and a body that says where it came from. Text typed during the incident is escaped like any export.
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { formatUtcDateTime } from '../time/format-time.ts';
import { actionItems } from './incident-timeline.ts';
import { incidentTitle, type Incident } from './incident.ts';

/** One issue per follow-up action item that the incident export lists, in the same order. */
export function followUpIssues(incident: Incident): { title: string; body: string }[] {
  const from = oneLine(incidentTitle(incident));
  return actionItems(incident).map((entry) => {
    const by = entry.by && oneLine(entry.by) ? ` by ${oneLine(entry.by)}` : '';
    const words = `Follow-up action item from the incident “${from}”, noted ${formatUtcDateTime(new Date(entry.at))}${by}.`;
    return {
      title: oneLine(entry.text),
      body: toGfmMarkdown({
        type: 'root',
        children: [{ type: 'paragraph', children: [text(words)] }],
      }),
    };
  });
}
