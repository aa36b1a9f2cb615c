// Every checklist of the site, read from the MDX sources at build time. Pages that need
// checklists they do not contain (the deployment checklist's pre-release status, /releases/,
// /roles/) use this registry; `<Checklist>` checks its own slot against it.
import { getCollection } from 'astro:content';
import {
  buildChecklistCatalog,
  type CatalogChecklist,
} from '../lib/checklist/checklist-catalog.ts';
import { getRoles } from './roles.ts';

export type ChecklistDefinition = CatalogChecklist;

let registry: Promise<Map<string, ChecklistDefinition>> | undefined;

async function readRegistry(): Promise<Map<string, ChecklistDefinition>> {
  const pages = (await getCollection('docs')).map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/docs/${entry.id}.mdx`,
    title: entry.data.title,
    ...(entry.data.section ? { section: entry.data.section } : {}),
    order: entry.data.order,
    body: entry.body ?? '',
  }));
  const checklists = buildChecklistCatalog(pages, await getRoles());
  return new Map(checklists.map((checklist) => [checklist.id, checklist]));
}

/** All checklists by id, read once per build. Throws with the file and the problem on a content mistake. */
export function getChecklists(): Promise<Map<string, ChecklistDefinition>> {
  registry ??= readRegistry();
  return registry;
}
