// The release-notes template, read from the MDX source of the page that holds the one
// <ReleaseNotesGenerator> at build time. Pages other than the template's (the whole-run export
// on /releases/) use it; <ReleaseNotesGenerator> checks its own slot against it.
import { getCollection } from 'astro:content';
import { findComponentBlocks } from '../lib/checklist/extract-checklist.ts';
import {
  templateFromMarkdown,
  type ReleaseNotesTemplate,
} from '../lib/release-notes/release-notes-template.ts';
import { docRoute } from '../lib/navigation/sidebar.ts';

export interface ReleaseNotesTemplateDefinition extends ReleaseNotesTemplate {
  /** The page's route, without the base path. */
  route: string;
  /** The MDX file, for error messages. */
  file: string;
}

let registry: Promise<ReleaseNotesTemplateDefinition | undefined> | undefined;

async function readTemplate(): Promise<ReleaseNotesTemplateDefinition | undefined> {
  let found: ReleaseNotesTemplateDefinition | undefined;
  for (const entry of await getCollection('docs')) {
    const file = entry.filePath ?? `content/docs/${entry.id}.mdx`;
    for (const block of findComponentBlocks(entry.body ?? '', 'ReleaseNotesGenerator')) {
      if (found) {
        throw new Error(
          `${file}: a second <ReleaseNotesGenerator> (the first is in ${found.file}). A run has one set of release notes, so the site has one template.`,
        );
      }
      try {
        found = {
          ...templateFromMarkdown(block.body, block.attributes.kinds),
          route: docRoute(entry.id),
          file,
        };
      } catch (error) {
        throw new Error(`${file}: the release notes template ${(error as Error).message}`);
      }
    }
  }
  return found;
}

/** The release notes template, read once per build; undefined when no page has one. */
export function getReleaseNotesTemplate(): Promise<ReleaseNotesTemplateDefinition | undefined> {
  registry ??= readTemplate();
  return registry;
}
