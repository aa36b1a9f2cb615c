// The components writers can use in any MDX page without importing them.
import Checklist from './Checklist.astro';
import KeptHere from './KeptHere.astro';
import Playbook from './Playbook.astro';
import ReleaseNotesGenerator from './ReleaseNotesGenerator.astro';

export const mdxComponents = { Checklist, KeptHere, Playbook, ReleaseNotesGenerator };
