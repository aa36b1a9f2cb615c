// What the releases page hands its island: every checklist (with the address of its page) and the
// release notes template, whose draft joins a run's Markdown export.
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import type { RequiredChecklistProps } from '../checklist/checklist-props.ts';

export interface ReleasesIslandProps {
  checklists: RequiredChecklistProps[];
  /** The release notes template: a run's notes draft joins its Markdown export. */
  notes?: { fields: NotesField[]; href: string } | undefined;
}
