import { describe, expect, it } from 'vitest';
import { descendants, htmlTree, isList, isOwnerLine, markdownTree, ownWords, words } from '../../../src/lib/content/html-tree.ts';

const tagNames = (html: string) => [...descendants(htmlTree(html))].map((element) => element.tagName);

describe('the HTML tree of a writer’s list', () => {
  it('walks every element in document order', () => {
    expect(tagNames('<p><em>a</em></p><ul><li>b<ul><li>c</li></ul></li></ul>')).toEqual(['p', 'em', 'ul', 'li', 'ul', 'li']);
  });

  it('reads the same tree from rendered HTML and from Markdown', () => {
    const fromMarkdown = [...descendants(markdownTree('_Owner_\n\n- [ ] One\n- Two'))].map((element) => element.tagName);
    expect(fromMarkdown).toEqual(['p', 'em', 'ul', 'li', 'input', 'li']);
  });

  it('reads an item’s own words, without its nested list or its checkbox, white space folded', () => {
    const [item] = [...descendants(htmlTree('<ul><li><input type="checkbox"> If it  fails:\n<ul><li>Roll back</li></ul></li></ul>'))].filter(
      (element) => element.tagName === 'li',
    );
    expect(ownWords(item!)).toBe('If it fails:');
    expect(words(item!)).toBe('If it fails: Roll back');
  });

  it('knows a list', () => {
    const elements = [...descendants(htmlTree('<ul></ul><ol></ol><p></p>'))];
    expect(elements.map(isList)).toEqual([true, true, false]);
  });
});

describe('isOwnerLine', () => {
  const paragraph = (html: string) => [...descendants(htmlTree(html))][0]!;

  it('is a paragraph of emphasis alone', () => {
    expect(isOwnerLine(paragraph('<p><em>Release Manager coordinates</em></p>'))).toBe(true);
    expect(isOwnerLine(paragraph('<p> <em>Release Manager</em> <em>PM</em> </p>'))).toBe(true);
  });

  it('is not a paragraph with other words, an empty paragraph, or emphasis elsewhere', () => {
    expect(isOwnerLine(paragraph('<p>Owners: <em>PM</em></p>'))).toBe(false);
    expect(isOwnerLine(paragraph('<p> </p>'))).toBe(false);
    expect(isOwnerLine(paragraph('<p><strong>PM</strong></p>'))).toBe(false);
    expect(isOwnerLine(paragraph('<div><em>PM</em></div>'))).toBe(false);
  });
});
