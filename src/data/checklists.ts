// Every checklist of the site, read from the MDX sources at build time. Pages that need
// checklists they do not contain (the deployment checklist's pre-release status, /releases/,
// /roles/) use this registry; `<Checklist>` checks its own slot against it.
import { getCollection } from 'astro:content';
import {
  extractChecklistFromMarkdown,
  findComponentBlocks,
} from '../lib/checklist/extract-checklist.ts';
import type { ChecklistItem } from '../lib/checklist/checklist-item.ts';
import { docRoute, readingOrder } from '../lib/navigation/sidebar.ts';
import { getRoles } from './roles.ts';

export interface ChecklistDefinition {
  id: string;
  title: string;
  /** The page's route, without the base path. */
  route: string;
  /** The MDX file, for error messages. */
  file: string;
  ownerLine?: string;
  items: ChecklistItem[];
  /** Another checklist that must be complete first. */
  requires?: string;
}

let registry: Promise<Map<string, ChecklistDefinition>> | undefined;

async function readRegistry(): Promise<Map<string, ChecklistDefinition>> {
  const roles = await getRoles();
  const definitions = new Map<string, ChecklistDefinition>();
  const entries = await getCollection('docs');
  const pages = entries.map((entry) => ({ ...entry.data, id: entry.id, entry }));
  const inReadingOrder = [
    ...pages.filter((page) => page.section === undefined),
    ...readingOrder(pages),
  ];
  for (const { entry } of inReadingOrder) {
    const file = entry.filePath ?? `content/docs/${entry.id}.mdx`;
    for (const block of findComponentBlocks(entry.body ?? '', 'Checklist')) {
      const id = block.attributes.id;
      if (!id)
        throw new Error(`${file}: a <Checklist> has no id. Write <Checklist id="a-short-name">.`);
      const earlier = definitions.get(id);
      if (earlier)
        throw new Error(
          `${file}: the checklist id "${id}" is already used in ${earlier.file}. Each checklist needs its own id.`,
        );
      let extracted;
      try {
        extracted = extractChecklistFromMarkdown(block.body, roles);
      } catch (error) {
        throw new Error(`${file}: checklist "${id}" ${(error as Error).message}`);
      }
      definitions.set(id, {
        id,
        title: block.attributes.title ?? entry.data.title,
        route: docRoute(entry.id),
        file,
        ...extracted,
        ...(block.attributes.requires ? { requires: block.attributes.requires } : {}),
      });
    }
  }
  for (const definition of definitions.values()) {
    if (definition.requires && !definitions.has(definition.requires)) {
      const known = [...definitions.keys()].map((id) => `"${id}"`).join(', ');
      throw new Error(
        `${definition.file}: checklist "${definition.id}" requires an unknown checklist id "${definition.requires}". Known ids: ${known}.`,
      );
    }
  }
  return definitions;
}

/** All checklists by id, read once per build. Throws with the file and the problem on a content mistake. */
export function getChecklists(): Promise<Map<string, ChecklistDefinition>> {
  registry ??= readRegistry();
  return registry;
}
