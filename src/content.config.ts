import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocSchema } from './lib/content/doc-schema.ts';

/** Every page of the guide is an MDX file in `content/docs/`; its path is its URL. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/docs' }),
  schema: DocSchema,
});

export const collections = { docs };
