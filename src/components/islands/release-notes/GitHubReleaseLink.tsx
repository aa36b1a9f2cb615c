// "Create GitHub release": the repository's new-release form with the tag, the title and the notes
// (the exported Markdown, exactly) filled in. Shown only when the site is built with REPO_URL.
import { newReleaseUrl, textWithRefLinks } from '../../../lib/release-notes/changes/repository-links.ts';
import { notesVersion, type ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { oneLine } from '../../../lib/markdown/markdown-text.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { GitHubFormLinks } from '../shared/GitHubFormLinks.tsx';
import { REPO_URL } from '../shared/repository-address.ts';

/** "#123" in the notes as a link to the pull request: for the preview and the export alike. */
export const linkRefs = (value: string) => textWithRefLinks(value, REPO_URL);

/** The notes as exported (the Markdown serialiser loads on first use, not with the page). */
export async function notesMarkdown(fields: readonly NotesField[], draft: ReleaseNotesDraft): Promise<string> {
  const { exportReleaseNotesMarkdown } = await import('../../../lib/release-notes/export-release-notes-markdown.ts');
  return exportReleaseNotesMarkdown(fields, draft, REPO_URL ? linkRefs : undefined);
}

interface Props {
  fields: readonly NotesField[];
  draft: ReleaseNotesDraft;
  run: Pick<ReleaseRun, 'version'>;
}

export function GitHubReleaseLink({ fields, draft, run }: Props) {
  return (
    <GitHubFormLinks
      action="Create GitHub release"
      watch={draft}
      prepare={async () => {
        const body = await notesMarkdown(fields, draft);
        const version = notesVersion(fields, draft, run);
        const release = fields.find((field) => field.purpose === 'release');
        const form = { tag: `v${version}`, title: (release && oneLine(draft[release.id] ?? '')) || version, prerelease: version.includes('-') };
        return [{ label: 'Open the release form on GitHub', link: newReleaseUrl(REPO_URL, { ...form, body }), short: newReleaseUrl(REPO_URL, form), body }];
      }}
    />
  );
}
