import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findComponentBlocks } from '../../../src/lib/checklist/extract-checklist.ts';
import { exportReleaseNotesMarkdown } from '../../../src/lib/release-notes/export-release-notes-markdown.ts';
import {
  deriveField,
  inferKind,
  parseKindOverrides,
  templateFromHtml,
  templateFromMarkdown,
} from '../../../src/lib/release-notes/release-notes-template.ts';

const read = (path: string) => readFile(new URL(`../../../${path}`, import.meta.url), 'utf8');

async function siteTemplate() {
  const [block] = findComponentBlocks(
    await read('content/docs/templates/release-notes.mdx'),
    'ReleaseNotesGenerator',
  );
  return templateFromMarkdown(block!.body, block!.attributes.kinds);
}

describe('the template on the site', () => {
  it('derives one field per line of the list, in order, with kinds, requirement and purpose', async () => {
    const template = await siteTemplate();
    expect(template.ownerLine).toBe('Owner: Technical Writer (with input from PM and PdM)');
    expect(
      template.fields.map(({ id, label, kind, optional, required, purpose }) => [
        id,
        label,
        kind,
        optional,
        required,
        purpose,
      ]),
    ).toEqual([
      ['release-name-number', 'Release name / number:', 'text', false, true, 'release'],
      ['date', 'Date:', 'date', false, true, undefined],
      ['summary', 'Summary:', 'paragraph', false, true, undefined],
      ['notable-changes', 'Notable changes:', 'list', false, false, undefined],
      ['migration-steps', 'Migration steps (if any):', 'list', true, false, 'migration'],
      ['known-issues', 'Known issues:', 'list', false, false, undefined],
      ['documentation-links', 'Documentation links:', 'links', false, false, undefined],
    ]);
    expect(template.fields.map((field) => field.title)).toContain('Migration steps');
  });

  it('reads the same fields from the rendered HTML as from the Markdown source', async () => {
    const html = [
      '<p><em>Owner: Technical Writer (with input from PM and PdM)</em></p>',
      '<ul>',
      ...(await siteTemplate()).fields.map((field) => `<li>${field.label}</li>`),
      '</ul>',
    ].join('\n');
    expect(templateFromHtml(html)).toEqual(await siteTemplate());
  });
});

describe('a writer changes the template', () => {
  it('renaming a label or adding a line changes the fields and the export, with no code change', async () => {
    const template = templateFromMarkdown(
      await read('test/fixtures/release-notes/renamed-template.md'),
    );
    expect(template.fields.map((field) => [field.label, field.kind, field.required])).toEqual([
      ['Version:', 'text', true],
      ['Release date:', 'date', true],
      ['Highlights for customers:', 'list', false],
      ['Notable changes:', 'list', false],
      ['Breaking changes (if any):', 'list', false],
      ['Known issues:', 'list', false],
      ['Upgrade guide links:', 'links', false],
      ['Support contact:', 'text', true],
    ]);
    const markdown = exportReleaseNotesMarkdown(template.fields, {
      version: '3.0.0',
      'support-contact': 'support@octoacme.example',
    });
    expect(markdown.match(/^#+ .*$/gm)).toEqual([
      '## Release 3.0.0',
      '### Highlights for customers',
      '### Notable changes',
      '### Known issues',
      '### Upgrade guide links',
      '### Support contact',
    ]);
  });

  it('lets a writer override an inferred kind', () => {
    const markdown = '- Summary:\n- Known issues (if any):\n- Release name / number:';
    const template = templateFromMarkdown(markdown, 'known issues=paragraph; Summary:=text');
    expect(template.fields.map((field) => field.kind)).toEqual(['text', 'paragraph', 'text']);
    expect(template.fields[1]).toMatchObject({ optional: true, required: false });
  });
});

describe('inferKind', () => {
  it.each([
    ['Release name / number', 'text'],
    ['Date', 'date'],
    ['Release date', 'date'],
    ['Summary', 'paragraph'],
    ['Overview', 'paragraph'],
    ['Notable changes', 'list'],
    ['Migration steps', 'list'],
    ['Known issues', 'list'],
    ['Bug fixes', 'list'],
    ['Documentation links', 'links'],
    ['References', 'links'],
    ['Codename', 'text'],
  ])('reads "%s" as %s', (title, kind) => {
    expect(inferKind(title)).toBe(kind);
  });
});

describe('deriveField', () => {
  it('makes "(if any)" fields optional and leaves it out of the title', () => {
    expect(deriveField('Migration steps (if any):')).toEqual({
      id: 'migration-steps',
      label: 'Migration steps (if any):',
      title: 'Migration steps',
      kind: 'list',
      optional: true,
      required: false,
      purpose: 'migration',
    });
    expect(deriveField('Summary (optional):')).toMatchObject({
      optional: true,
      required: false,
      kind: 'paragraph',
    });
  });
});

describe('template mistakes fail with a sentence that says what is wrong', () => {
  it.each([
    ['', undefined, 'needs exactly one list of fields'],
    [
      '- Summary:\n- Summary:',
      undefined,
      'two fields with the same title: "Summary:" and "Summary:"',
    ],
    ['- Summary:\n  - nested', undefined, 'nested list'],
    [
      'Some intro\n\n- Summary:',
      undefined,
      'may hold only an owner line (_…_) and a list of fields, but also has "Some intro"',
    ],
    ['- Summary:\n\n- Date:\n\nmore\n\n- Other:', undefined, 'but also has "more"'],
    [
      '- Summary:',
      'Summary=essay',
      'unknown kind "essay". Kinds: date, text, paragraph, list, links',
    ],
    ['- Summary:', 'Summary', 'is not "Field title=kind"'],
    [
      '- Summary:',
      'Abstract=text',
      'sets the kind of "abstract", which is not a field. Fields: Summary',
    ],
    ['- :', undefined, 'a field without words'],
  ])('%j (kinds %j)', (markdown, kinds, message) => {
    expect(() => templateFromMarkdown(markdown, kinds)).toThrow(message);
  });

  it('reads an absent or empty kinds attribute as no overrides', () => {
    expect(parseKindOverrides(undefined).size).toBe(0);
    expect(parseKindOverrides(' ; ').size).toBe(0);
  });
});
