// The project's own source read as a graph of modules, for the architecture test: each file's imports
// (static, `export … from`, and `import()`), resolved to the files they name, and its syntax tree for
// the rules about what a module may call. TypeScript's own parser reads it, so comments and strings
// are never mistaken for code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface SourceModule {
  /** The path from the project root, with forward slashes (`src/stores/team.ts`). */
  path: string;
  /** Every import specifier as written, relative or not. */
  specifiers: string[];
  /** The project files it imports, as paths from the project root. */
  imports: string[];
  /** The script's syntax tree (an `.astro` file's frontmatter and scripts are read as one script). */
  tree: ts.SourceFile;
}

const SOURCE_FILE = /\.(ts|tsx|mjs|js|astro)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** The code of an `.astro` file: its frontmatter and the bodies of its `<script>` tags. */
function astroCode(text: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [target, `${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
  const found = candidates.find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  return found && relative(root, found).split('\\').join('/');
}

/** Every source module under `folder` (a path from `root`). */
export function readSourceGraph(root: string, folder = 'src'): SourceModule[] {
  return filesUnder(join(root, folder)).map((file) => {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? astroCode(text) : text;
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
    const specifiers = ts
      .preProcessFile(code, true, true)
      .importedFiles.map((imported) => imported.fileName);
    const imports = specifiers.flatMap((specifier) => resolveImport(root, file, specifier) ?? []);
    return { path: relative(root, file).split('\\').join('/'), specifiers, imports, tree };
  });
}

/** Each import circle, as the list of modules that form it (Tarjan's strongly connected components). */
export function importCircles(modules: readonly SourceModule[]): string[][] {
  const edges = new Map(modules.map((module) => [module.path, module.imports]));
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (path: string) => {
    index.set(path, index.size);
    lowest.set(path, index.get(path)!);
    stack.push(path);
    onStack.add(path);
    for (const next of edges.get(path) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(path, Math.min(lowest.get(path)!, lowest.get(next)!));
      } else if (onStack.has(next)) lowest.set(path, Math.min(lowest.get(path)!, index.get(next)!));
    }
    if (lowest.get(path) !== index.get(path)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== path);
    if (component.length > 1 || (edges.get(path) ?? []).includes(path))
      circles.push(component.sort());
  };
  for (const path of edges.keys()) if (!index.has(path)) visit(path);
  return circles;
}

/** Every node of the tree for which `found` returns a description, as `path:line description`. */
export function findInTree(
  module: SourceModule,
  found: (node: ts.Node) => string | undefined,
): string[] {
  const hits: string[] = [];
  const walk = (node: ts.Node) => {
    const description = found(node);
    if (description) {
      const line = module.tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      hits.push(`${module.path}:${line} ${description}`);
    }
    node.forEachChild(walk);
  };
  walk(module.tree);
  return hits;
}
