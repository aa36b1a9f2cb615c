// The layering rules of the README, checked on the source itself, so that they stay true:
// lib <- stores <- team <- islands, no import circle, islands render and dispatch, and each stored
// document is written by its own store only.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  findInTree,
  importCircles,
  readSourceGraph,
  type SourceModule,
} from '../support/source-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const modules = readSourceGraph(ROOT);
const under = (folder: string) => modules.filter((module) => module.path.startsWith(folder));

const BROWSER_STORAGE = new Set(['localStorage', 'sessionStorage', 'indexedDB']);
const BROWSER_GLOBALS = new Set(['window', 'document', 'navigator']);

/** A call of `.set(…)` or `.setKey(…)`: how a nanostore is written. */
function storeWrite(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
  const name = node.expression.name.text;
  return name === 'set' || name === 'setKey' ? `calls .${name}()` : undefined;
}

function storageUse(node: ts.Node): string | undefined {
  return ts.isIdentifier(node) && BROWSER_STORAGE.has(node.text) ? `uses ${node.text}` : undefined;
}

/** Names a module declares itself (a parameter or variable called `document` is not the page's). */
function declaredNames(module: SourceModule): Set<string> {
  const names = new Set<string>();
  findInTree(module, (node) => {
    if (
      (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    return undefined;
  });
  return names;
}

/** The page itself: `window`, `document` or `navigator` used as globals. */
function domUse(module: SourceModule): string[] {
  const declared = declaredNames(module);
  return findInTree(module, (node) => {
    if (!ts.isIdentifier(node) || !BROWSER_GLOBALS.has(node.text) || declared.has(node.text))
      return;
    const parent = node.parent;
    const isPropertyName =
      (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) &&
      parent.name === node;
    return isPropertyName ? undefined : `uses ${node.text}`;
  });
}

describe('the architecture', () => {
  it('reads the whole source', () => {
    expect(modules.length).toBeGreaterThan(200);
    expect(under('src/lib/').length).toBeGreaterThan(50);
    expect(under('src/components/islands/').length).toBeGreaterThan(20);
  });

  it('has no import circle, static or dynamic', () => {
    expect(importCircles(modules)).toEqual([]);
  });

  it('keeps lib pure: no React, Astro or nanostores, no DOM or storage, nothing from the layers above', () => {
    const framework =
      /^(react|react-dom|astro|nanostores)(\/|$)|^(astro:|@nanostores\/|@astrojs\/)/;
    const found = under('src/lib/').flatMap((module) => [
      ...module.specifiers
        .filter((specifier) => framework.test(specifier))
        .map((specifier) => `${module.path} imports ${specifier}`),
      ...module.imports
        .filter((path) => !path.startsWith('src/lib/'))
        .map((path) => `${module.path} imports ${path}`),
      ...findInTree(module, storageUse),
      ...domUse(module),
    ]);
    expect(found).toEqual([]);
  });

  it('keeps stores below the team folder and the islands', () => {
    const found = under('src/stores/').flatMap((module) =>
      module.imports
        .filter((path) => path.startsWith('src/team/') || path.startsWith('src/components/'))
        .map((path) => `${module.path} imports ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('keeps the team folder below the islands', () => {
    const found = under('src/team/').flatMap((module) =>
      module.imports
        .filter((path) => path.startsWith('src/components/'))
        .map((path) => `${module.path} imports ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('lets islands render and dispatch: they never write a store or touch browser storage', () => {
    const found = under('src/components/islands/').flatMap((module) => [
      ...findInTree(module, storeWrite),
      ...findInTree(module, storageUse),
    ]);
    expect(found).toEqual([]);
  });

  it('writes each stored document from its own store only', () => {
    // `export const releasesDocument = persistentDocument(…)` makes `releasesDocument` src/stores/releases.ts's own.
    const owners = new Map<string, string>();
    for (const module of under('src/')) {
      findInTree(module, (node) => {
        if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name)) return;
        if (!/Document$/.test(node.name.text) || !node.initializer) return;
        if (/persistentDocument\(/.test(node.initializer.getText()))
          owners.set(node.name.text, module.path);
        return undefined;
      });
    }
    expect([...owners.keys()]).toContain('releasesDocument');
    const found = under('src/').flatMap((module) =>
      findInTree(module, (node) => {
        if (!storeWrite(node)) return;
        const target = ((node as ts.CallExpression).expression as ts.PropertyAccessExpression)
          .expression;
        const document = /^(\w+Document)\.store$/.exec(target.getText())?.[1];
        const owner = document && owners.get(document);
        return owner && owner !== module.path ? `writes ${document}, owned by ${owner}` : undefined;
      }),
    );
    expect(found).toEqual([]);
  });
});
