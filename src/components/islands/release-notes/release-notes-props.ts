// What an Astro page hands the release-notes island: the template's fields, as the content defines them.
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';

export interface ReleaseNotesIslandProps {
  fields: NotesField[];
}
