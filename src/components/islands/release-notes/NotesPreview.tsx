// The notes' live preview, its own chunk (fetched as the generator mounts, apart from the page's first
// load): typed text shows as plain text at once, and as inline Markdown as soon as its reader is in.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import {
  releaseNotesSections,
  type NotesPhrasing,
} from '../../../lib/release-notes/release-notes-sections.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';
import { linkRefs } from './notes-markdown.ts';

function usePreviewPhrasing(): NotesPhrasing | undefined {
  const [phrasing, setPhrasing] = useState<NotesPhrasing | undefined>(() => linkRefs);
  useEffect(() => {
    void import('../../../lib/release-notes/inline-markdown.ts').then(({ inlineMarkdown }) =>
      setPhrasing(() => (value: string) => inlineMarkdown(value, linkRefs)),
    );
  }, []);
  return phrasing;
}

export default function NotesPreview({
  fields,
  draft,
}: {
  fields: readonly NotesField[];
  draft: ReleaseNotesDraft;
}) {
  // Rendered at a lower priority than the typing it follows.
  const previewDraft = useDeferredValue(draft);
  const phrasing = usePreviewPhrasing();
  const nodes = useMemo(
    () => releaseNotesSections(fields, previewDraft, 3, phrasing),
    [fields, previewDraft, phrasing],
  );
  return <MarkdownPreview nodes={nodes} />;
}
