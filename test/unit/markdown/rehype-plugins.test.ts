import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { headingAnchorContent } from '../../../src/lib/markdown/heading-anchor.ts';
import { rehypeBaseLinks } from '../../../src/lib/markdown/rehype-base-links.ts';
import { rehypeTaskListLabels } from '../../../src/lib/markdown/rehype-task-list-labels.ts';

const link = (href: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [],
});

describe('rehypeBaseLinks', () => {
  it('prefixes root-relative links with the base and leaves the rest alone', () => {
    const links = [
      link('/guide/'),
      link('https://example.com/'),
      link('#purpose'),
      link('../deployment/'),
    ];
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: links }],
    };
    rehypeBaseLinks({ base: '/release-guide/' })(tree);
    expect(links.map((element) => element.properties.href)).toEqual([
      '/release-guide/guide/',
      'https://example.com/',
      '#purpose',
      '../deployment/',
    ]);
  });
});

describe('headingAnchorContent', () => {
  it('hides the "#" from screen readers and names the section instead', () => {
    const heading: Element = {
      type: 'element',
      tagName: 'h2',
      properties: {},
      children: [{ type: 'text', value: 'Release Types' }],
    };
    const [mark, name] = headingAnchorContent(heading) as Element[];
    expect(mark!.properties.ariaHidden).toBe('true');
    expect(name!.children).toEqual([{ type: 'text', value: 'Link to section “Release Types”' }]);
  });
});

describe('rehypeTaskListLabels', () => {
  it('wraps the checkbox and the inline text of a task item in a label, leaving nested lists outside', () => {
    const checkbox: Element = {
      type: 'element',
      tagName: 'input',
      properties: { type: 'checkbox', disabled: true },
      children: [],
    };
    const nested: Element = { type: 'element', tagName: 'ul', properties: {}, children: [] };
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: { className: ['task-list-item'] },
      children: [checkbox, { type: 'text', value: ' Deploy to production' }, nested],
    };
    const plain: Element = {
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [{ type: 'text', value: 'Summary:' }],
    };
    rehypeTaskListLabels()({ type: 'root', children: [item, plain] });
    expect(item.children).toEqual([
      {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: [checkbox, { type: 'text', value: ' Deploy to production' }],
      },
      nested,
    ]);
    expect(plain.children).toEqual([{ type: 'text', value: 'Summary:' }]);
  });
});
