// "Create GitHub release": the repository's new-release form with the tag, the title and the notes
// (the exported Markdown, exactly) filled in. Loaded when the writer asks for it (GitHubHandOff).
import { newReleaseUrl } from '../../../lib/release-notes/changes/repository-links.ts';
import {
  notesVersion,
  type ReleaseNotesDraft,
} from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { oneLine } from '../../../lib/markdown/markdown-text.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { GitHubFormLinks } from '../common/GitHubFormLinks.tsx';
import { REPO_URL } from '../common/repository-address.ts';

interface Props {
  fields: readonly NotesField[];
  draft: ReleaseNotesDraft;
  run: Pick<ReleaseRun, 'version'>;
  /** The notes as exported (given by the island, so that this chunk needs nothing from it). */
  getMarkdown: () => Promise<string>;
}

export default function GitHubReleaseLink({ fields, draft, run, getMarkdown }: Props) {
  return (
    <GitHubFormLinks
      action="Create GitHub release"
      watch={draft}
      openAtOnce
      prepare={async () => {
        const body = await getMarkdown();
        const version = notesVersion(fields, draft, run);
        const release = fields.find((field) => field.purpose === 'release');
        const form = {
          tag: `v${version}`,
          title: (release && oneLine(draft[release.id] ?? '')) || version,
          prerelease: version.includes('-'),
        };
        return [
          {
            label: 'Open the release form on GitHub',
            link: newReleaseUrl(REPO_URL, { ...form, body }),
            short: newReleaseUrl(REPO_URL, form),
            body,
          },
        ];
      }}
    />
  );
}
