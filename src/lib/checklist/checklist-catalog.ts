/**
 * Every checklist of the site, read from the `<Checklist>` blocks of the MDX pages: item ids, owners, `requires`
 * and `waits`. The build reads its pages through it, and so does the sync server's API for CI (from the MDX
 * text), so that there is no second list of checklists to keep in step.
 */
import type { Role } from '../roles/roles.ts';
import { SECTIONS, type SectionId } from '../content/sections.ts';
import { docRoute, readingOrder } from '../navigation/sidebar.ts';
import type { ChecklistItem } from './checklist-item.ts';
import { parseWaits, type ChecklistOrder } from './checklist-order.ts';
import { extractChecklistFromMarkdown, findComponentBlocks } from './extract-checklist.ts';

/** One MDX page: its content id (`guide/deployment`), the file (for messages) and its source text. */
export interface PageSource {
  id: string;
  file: string;
  source: string;
}

export interface CatalogChecklist {
  id: string;
  title: string;
  /** The page's route, without the base path. */
  route: string;
  /** The MDX file, for messages. */
  file: string;
  /** The roles for items that name none, as the page writes them. */
  ownerLine?: string;
  items: ChecklistItem[];
  /** Another checklist that must be complete first. */
  requires?: string;
  /** What items wait for, beyond the required checklist. */
  waits?: ChecklistOrder;
}

interface Frontmatter {
  title: string;
  section?: SectionId;
  order: number;
  body: string;
}

const unquote = (text: string) => text.trim().replace(/^(['"])(.*)\1$/, '$2');

/**
 * The frontmatter fields the checklists need (title, section, order) and the body after it. The build checks the
 * whole frontmatter; this reads the plain `key: value` lines the pages write for those three.
 */
export function readFrontmatter(source: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const fields = new Map<string, string>();
  for (const line of (match?.[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
    if (field) fields.set(field[1]!, unquote(field[2]!));
  }
  const section = SECTIONS.find(({ id }) => id === fields.get('section'))?.id;
  const order = Number(fields.get('order') ?? 0);
  return {
    title: fields.get('title') ?? '',
    ...(section ? { section } : {}),
    order: Number.isFinite(order) ? order : 0,
    body: match ? source.slice(match[0].length) : source,
  };
}

/** A page as the build's content collection gives it: its fields checked, the body after the frontmatter. */
export interface ChecklistPage {
  id: string;
  /** The MDX file, for messages. */
  file: string;
  title: string;
  section?: SectionId;
  order: number;
  body: string;
}

/** A page read from its MDX text, for code outside the build. */
export const pageFromSource = ({ id, file, source }: PageSource): ChecklistPage => ({
  id,
  file,
  ...readFrontmatter(source),
});

/**
 * The checklists of the given pages, in the site's reading order. Throws an Error naming the file and the problem
 * on a content mistake, which stops the build (and the sync server) with it.
 */
export function buildChecklistCatalog(
  pages: readonly ChecklistPage[],
  roles: readonly Role[],
): CatalogChecklist[] {
  const inReadingOrder = [
    ...pages.filter((page) => page.section === undefined),
    ...readingOrder(pages),
  ];
  const found: { checklist: CatalogChecklist; waits?: string }[] = [];
  for (const page of inReadingOrder) {
    for (const block of findComponentBlocks(page.body, 'Checklist')) {
      const id = block.attributes.id;
      if (!id)
        throw new Error(
          `${page.file}: a <Checklist> has no id. Write <Checklist id="a-short-name">.`,
        );
      const earlier = found.find(({ checklist }) => checklist.id === id);
      if (earlier)
        throw new Error(
          `${page.file}: the checklist id "${id}" is already used in ${earlier.checklist.file}. Each checklist needs its own id.`,
        );
      let extracted;
      try {
        extracted = extractChecklistFromMarkdown(block.body, roles);
      } catch (error) {
        throw new Error(`${page.file}: checklist "${id}" ${(error as Error).message}`);
      }
      const { requires, waits, title } = block.attributes;
      found.push({
        ...(waits ? { waits } : {}),
        checklist: {
          id,
          title: title ?? page.title,
          route: docRoute(page.id),
          file: page.file,
          ...extracted,
          ...(requires ? { requires } : {}),
        },
      });
    }
  }
  const ids = found.map(({ checklist }) => checklist.id);
  return found.map(({ checklist, waits }) => {
    if (checklist.requires && !ids.includes(checklist.requires)) {
      const known = ids.map((id) => `"${id}"`).join(', ');
      throw new Error(
        `${checklist.file}: checklist "${checklist.id}" requires an unknown checklist id "${checklist.requires}". Known ids: ${known}.`,
      );
    }
    if (!waits) return checklist;
    try {
      const waited = checklist.requires ? [checklist.requires] : [];
      return { ...checklist, waits: parseWaits(waits, checklist.items, waited) };
    } catch (error) {
      throw new Error(`${checklist.file}: checklist "${checklist.id}" ${(error as Error).message}`);
    }
  });
}
