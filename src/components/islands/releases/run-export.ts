// A release run's Markdown, as "Download Markdown" gives it: every checklist's state in the run and
// its release notes draft. This module and the serialisers load on first download (the island
// imports it then), apart from the page's first code.
import { withRunVersion } from '../../../lib/release-notes/notes-run-version.ts';
import type { Checklists } from '../../../lib/checklist/checklist-state.ts';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import { type ReleaseNotesDrafts } from '../../../lib/release-notes/release-notes-draft.ts';
import { releaseNotesNodes } from '../../../lib/release-notes/release-notes-markdown.ts';
import { exportRunMarkdown } from '../../../lib/releases/run-markdown.ts';
import type { ReleaseRun } from '../../../lib/releases/release-run.ts';
import { downloadFile } from '../common/file-actions.ts';
import { sharedRunHistory } from '../common/shared-run-history.ts';
import type { ReleasesIslandProps } from './releases-props.ts';

/** Downloads the run's Markdown; a shared run's carries each item's sign-off history, a local run's none. */
export function downloadRunMarkdown(
  run: ReleaseRun,
  { checklists, notes }: ReleasesIslandProps,
  states: Checklists,
  drafts: ReleaseNotesDrafts,
): void {
  const draft = drafts[run.id];
  const notesSections =
    notes && draft
      ? releaseNotesNodes(notes.fields, withRunVersion(notes.fields, draft, run), 2)
      : [];
  const exports = checklists.map((checklist) => ({
    title: checklist.title,
    items: checklist.items,
    states: states[run.id]?.[checklist.id],
    history: sharedRunHistory(run.id, checklist),
  }));
  downloadFile(
    markdownFileName('release', run.version, run.name ?? ''),
    exportRunMarkdown(run, exports, new Date(), notesSections),
  );
}
