/** The frontmatter every page needs, checked at build time so that a mistake fails the build with the file and the field. */
import { z } from 'zod';
import { SECTIONS, type SectionId } from './sections.ts';

const sectionIds = SECTIONS.map((section) => section.id) as [SectionId, ...SectionId[]];

/** Frontmatter of every page in `content/docs/`. */
export const DocSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    description: z
      .string()
      .trim()
      .min(20, 'description must be a sentence of at least 20 characters (it is the page summary for search engines)')
      .max(200, 'description must be at most 200 characters'),
    section: z.enum(sectionIds).optional(),
    order: z.number().int().nonnegative().default(0),
    sidebarLabel: z.string().trim().min(1).optional(),
    /**
     * Other words people search for this page with ("roll back", "outage"): indexed for search, never shown.
     * Search finds the words of a page; someone under stress types their own.
     */
    synonyms: z
      .array(z.string().trim().min(1, 'a synonym must not be empty').max(60, 'a synonym must be at most 60 characters'))
      .max(40, 'at most 40 synonyms: more words than that dilute the results')
      .optional(),
  })
  .strict();

export type DocFrontmatter = z.infer<typeof DocSchema>;
