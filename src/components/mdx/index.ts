// The components writers can use in any MDX page without importing them.
import Checklist from './Checklist.astro';
import ReleaseNotesGenerator from './ReleaseNotesGenerator.astro';

export const mdxComponents = { Checklist, ReleaseNotesGenerator };
