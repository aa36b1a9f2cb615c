import { describe, expect, it } from 'vitest';
import { textWithRefLinks } from '../../../../src/lib/release-notes/changes/repository-links.ts';
import { exportReleaseNotesMarkdown } from '../../../../src/lib/release-notes/export-release-notes-markdown.ts';
import { deriveField } from '../../../../src/lib/release-notes/release-notes-template.ts';

const fields = ['Summary:', 'Notable changes:', 'Documentation links:'].map((label) =>
  deriveField(label),
);
const draft = {
  summary: 'Sync is faster (#7).',
  'notable-changes': 'Fix: Keep the cursor on undo (#14)\n<b>x</b> [y](javascript:alert(1)) #15',
  'documentation-links': 'Guide #3 — https://docs.example/guide',
};

describe('references in the exported notes', () => {
  it('links each #123 of lists and paragraphs to the pull request when a repository is given', () => {
    const markdown = exportReleaseNotesMarkdown(fields, draft, (value) =>
      textWithRefLinks(value, 'https://github.com/octoacme/app'),
    );
    expect(markdown).toContain('Sync is faster ([#7](https://github.com/octoacme/app/pull/7)).');
    expect(markdown).toContain(
      '- Fix: Keep the cursor on undo ([#14](https://github.com/octoacme/app/pull/14))',
    );
    expect(markdown).toContain(
      '- \\<b>x\\</b> \\[y]\\(javascript:alert(1)) [#15](https://github.com/octoacme/app/pull/15)',
    );
    // A links entry keeps its own link: its title is not read for references.
    expect(markdown).toContain('- [Guide #3](https://docs.example/guide)');
  });

  it('keeps references as text without a repository, or with one that is not http(s)', () => {
    const plain = exportReleaseNotesMarkdown(fields, draft);
    expect(plain).toContain('- Fix: Keep the cursor on undo (#14)');
    expect(plain).not.toContain('/pull/');
    expect(
      exportReleaseNotesMarkdown(fields, draft, (value) =>
        textWithRefLinks(value, 'javascript:alert(1)//x/y'),
      ),
    ).toBe(plain);
  });
});
