// "Open as GitHub issue" for an export (a checklist, an incident record and each of its follow-ups):
// the repository's new-issue form with the title and the exported Markdown filled in. Loaded when the
// reader asks for it (GitHubHandOff).
import { newIssueUrl } from '../../../lib/release-notes/changes/repository-links.ts';
import { GitHubFormLinks } from './GitHubFormLinks.tsx';
import { REPO_URL } from './repository-address.ts';

export interface IssueDraft {
  title: string;
  /** Markdown. */
  body: string;
}

interface Props {
  /** The issues to offer, first the export itself; the exporter loads on first use. */
  issues: () => Promise<IssueDraft[]>;
  /** What the issues are made from: they are made again when it changes. */
  watch: unknown;
}

export default function GitHubIssueLink({ issues, watch }: Props) {
  return (
    <GitHubFormLinks
      action="Open as GitHub issue"
      watch={watch}
      prepare={async () =>
        (await issues()).map(({ title, body }) => ({
          label: `New issue: ${title}`,
          link: newIssueUrl(REPO_URL, { title, body }),
          short: newIssueUrl(REPO_URL, { title }),
          body,
        }))
      }
    />
  );
}
