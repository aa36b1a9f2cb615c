import type { Nodes, RootContent } from 'mdast';
import { Fragment, type ReactNode } from 'react';

/** Only web addresses become links; any other URL in a tree shows as its text. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

function children(node: Nodes): ReactNode {
  return 'children' in node
    ? node.children.map((child, index) => renderNode(child as Nodes, index))
    : null;
}

/** A tight list item shows its paragraph's text directly, as Markdown renders it. */
function listItemContent(node: Nodes): ReactNode {
  if (
    node.type !== 'listItem' ||
    node.spread ||
    node.children.length !== 1 ||
    node.children[0]?.type !== 'paragraph'
  )
    return children(node);
  return children(node.children[0]);
}

/** The element each kind of node shows as; `dir="auto"` on blocks, so that each follows its own script. */
function elementOf(
  node: Nodes,
):
  | { Tag: 'p' | 'li' | 'ul' | 'ol' | 'em' | 'strong' | `h${1 | 2 | 3 | 4 | 5 | 6}`; dir?: 'auto' }
  | undefined {
  switch (node.type) {
    case 'heading':
      return { Tag: `h${node.depth}`, dir: 'auto' };
    case 'paragraph':
      return { Tag: 'p', dir: 'auto' };
    case 'listItem':
      return { Tag: 'li', dir: 'auto' };
    case 'list':
      return { Tag: node.ordered ? 'ol' : 'ul' };
    case 'emphasis':
      return { Tag: 'em' };
    case 'strong':
      return { Tag: 'strong' };
    default:
      return undefined;
  }
}

function renderNode(node: Nodes, key: number): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type === 'inlineCode') return <code key={key}>{node.value}</code>;
  if (node.type === 'link' && isWebUrl(node.url)) {
    return (
      <a key={key} href={node.url}>
        {children(node)}
      </a>
    );
  }
  const element = elementOf(node);
  if (!element) return <Fragment key={key}>{children(node)}</Fragment>;
  const { Tag, dir } = element;
  return (
    <Tag key={key} dir={dir}>
      {node.type === 'listItem' ? listItemContent(node) : children(node)}
    </Tag>
  );
}

/**
 * Markdown nodes as React elements: the same tree the export serialises, shown as a reader will
 * see it. Text goes in as text (React escapes it), never as HTML; `dir="auto"` lets each block
 * follow its own script, so right-to-left text reads right.
 */
export function MarkdownPreview({ nodes }: { nodes: readonly RootContent[] }) {
  return <>{nodes.map((node, index) => renderNode(node, index))}</>;
}
