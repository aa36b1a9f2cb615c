/**
 * The site's checklists as the sync server knows them: read once at start from the guide's own content (the MDX
 * pages and the roles), the way the build reads them, so that the API for CI names the same checklists and item
 * ids as the pages. A content mistake stops the server with the file and the problem, as it stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildChecklistCatalog,
  type CatalogChecklist,
  pageFromSource,
} from '../lib/checklist/checklist-catalog.ts';
import { RoleSchema } from '../lib/roles/roles.ts';

/** The repository's `content/` folder, beside `src/`. */
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

export function loadChecklistCatalog(contentDir = DEFAULT_CONTENT_DIR): CatalogChecklist[] {
  const roles = RoleSchema.array().parse(
    JSON.parse(readFileSync(join(contentDir, 'data', 'roles.json'), 'utf8')),
  );
  const docsDir = join(contentDir, 'docs');
  const pages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .sort()
    .map((path) => {
      const file = join(docsDir, path);
      return pageFromSource({
        id: relative(docsDir, file)
          .replaceAll('\\', '/')
          .replace(/\.mdx$/, ''),
        file: relative(contentDir, file),
        source: readFileSync(file, 'utf8'),
      });
    });
  return buildChecklistCatalog(pages, roles);
}
