/**
 * The sections of the sidebar, in reading order. A page belongs to exactly one.
 * Kept apart from the zod schema so that browser code (the search filter) can use it without zod.
 */
export const SECTIONS = [
  { id: 'guide', label: 'Guide' },
  { id: 'playbook', label: 'Playbook' },
  { id: 'templates', label: 'Templates' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The label of a section (`guide` → `Guide`), or undefined for a page outside the sections. */
export function sectionLabel(id: string | undefined): string | undefined {
  return SECTIONS.find((section) => section.id === id)?.label;
}
