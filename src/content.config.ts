import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DocSchema } from './lib/content/doc-schema.ts';
import { RoleSchema } from './lib/roles/roles.ts';

/** Every page of the guide is an MDX file in `content/docs/`; its path is its URL. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/docs' }),
  schema: DocSchema,
});

/** The roles of the release team; checklist owners are found by these names. */
const roles = defineCollection({
  loader: file('content/data/roles.json'),
  schema: RoleSchema,
});

export const collections = { docs, roles };
