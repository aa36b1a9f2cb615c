import type { Nodes, RootContent } from 'mdast';
import { Fragment, type ReactNode } from 'react';

/** Only web addresses become links; any other URL in a tree shows as its text. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

function children(node: Nodes): ReactNode {
  return 'children' in node ? node.children.map((child, index) => renderNode(child as Nodes, index)) : null;
}

/** A tight list item shows its paragraph's text directly, as Markdown renders it. */
function listItemContent(node: Nodes): ReactNode {
  if (node.type !== 'listItem' || node.spread || node.children.length !== 1 || node.children[0]?.type !== 'paragraph') return children(node);
  return children(node.children[0]);
}

function renderNode(node: Nodes, key: number): ReactNode {
  switch (node.type) {
    case 'heading': {
      const Heading = `h${node.depth}` as const;
      return (
        <Heading key={key} dir="auto">
          {children(node)}
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p key={key} dir="auto">
          {children(node)}
        </p>
      );
    case 'list':
      return node.ordered ? <ol key={key}>{children(node)}</ol> : <ul key={key}>{children(node)}</ul>;
    case 'listItem':
      return (
        <li key={key} dir="auto">
          {listItemContent(node)}
        </li>
      );
    case 'link':
      return isWebUrl(node.url) ? (
        <a key={key} href={node.url}>
          {children(node)}
        </a>
      ) : (
        <Fragment key={key}>{children(node)}</Fragment>
      );
    case 'text':
      return node.value;
    default:
      return <Fragment key={key}>{children(node)}</Fragment>;
  }
}

/**
 * Markdown nodes as React elements: the same tree the export serialises, shown as a reader will
 * see it. Text goes in as text (React escapes it), never as HTML; `dir="auto"` lets each block
 * follow its own script, so right-to-left text reads right.
 */
export function MarkdownPreview({ nodes }: { nodes: readonly RootContent[] }) {
  return <>{nodes.map((node, index) => renderNode(node, index))}</>;
}
