// How the search dialog shows a result: a card per page, its matching headings under it, the
// excerpts as text nodes and <mark>s (never as HTML). Plain DOM, loaded with the dialog's behaviour.
import type { ExcerptSegment } from '../lib/search/excerpt.ts';
import type { SearchHit } from '../lib/search/results.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(segments: ExcerptSegment[], className: string, id: string) {
  const node = element('span', className);
  node.id = id;
  node.append(
    ...segments.map((segment) => (segment.mark ? element('mark', '', segment.text) : segment.text)),
  );
  return node;
}

/**
 * A result: its link is named by the title alone (the whole card is clickable through the link),
 * and the section and excerpt around it are its description.
 */
function card(
  tag: 'div' | 'li',
  className: string,
  url: string,
  title: string,
  excerptNode: HTMLElement,
  section?: HTMLElement,
) {
  const node = element(tag, className);
  const link = element('a', `${className}-link`, title);
  link.href = url;
  link.setAttribute('aria-describedby', [section?.id, excerptNode.id].filter(Boolean).join(' '));
  if (section) node.append(section);
  node.append(link, excerptNode);
  return node;
}

export function renderHit(hit: SearchHit, index: number) {
  const id = `search-hit-${index}`;
  const item = element('li', 'search-result');
  const section = hit.section
    ? Object.assign(element('span', 'search-result-section', hit.section), { id: `${id}-section` })
    : undefined;
  item.append(
    card(
      'div',
      'search-result-card',
      hit.url,
      hit.title,
      excerpt(hit.excerpt, 'search-result-excerpt', `${id}-excerpt`),
      section,
    ),
  );
  if (hit.headings.length > 0) {
    const headings = element('ul', 'search-headings');
    hit.headings.forEach((heading, headingIndex) => {
      const excerptNode = excerpt(
        heading.excerpt,
        'search-heading-excerpt',
        `${id}-${headingIndex}-excerpt`,
      );
      headings.append(card('li', 'search-heading', heading.url, heading.title, excerptNode));
    });
    item.append(headings);
  }
  return item;
}
