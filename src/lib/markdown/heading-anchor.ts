/**
 * The anchor appended to each heading: a visible "#" hidden from assistive
 * technology, and a screen-reader name that says which section it links to.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

export function headingAnchorContent(heading: Element): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: `Link to section “${toString(heading)}”` }],
    },
  ];
}
