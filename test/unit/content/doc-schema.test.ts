import { describe, expect, it } from 'vitest';
import { DocSchema } from '../../../src/lib/content/doc-schema.ts';
import { documentTitle, SITE_NAME } from '../../../src/lib/site/site.ts';
import { parseThemePreference } from '../../../src/lib/site/theme.ts';

const valid = { title: 'Deployment Checklist', description: 'The steps of an OctoAcme deployment.', section: 'guide', order: 3 };

describe('DocSchema', () => {
  it('accepts a complete frontmatter and defaults the order', () => {
    expect(DocSchema.parse(valid)).toEqual(valid);
    expect(DocSchema.parse({ ...valid, order: undefined }).order).toBe(0);
  });

  it('takes synonyms that search finds the page by, trimmed', () => {
    expect(DocSchema.parse({ ...valid, synonyms: [' roll back ', 'revert'] }).synonyms).toEqual(['roll back', 'revert']);
  });

  it.each([
    [{ ...valid, title: '  ' }, 'title', 'title must not be empty'],
    [{ ...valid, description: 'Short.' }, 'description', 'at least 20 characters'],
    [{ ...valid, section: 'guides' }, 'section', "'guide' | 'playbook' | 'templates'"],
    [{ ...valid, order: -1 }, 'order', 'greater than or equal to 0'],
    [{ ...valid, colour: 'blue' }, '', 'colour'],
    [{ ...valid, synonyms: ['revert', ' '] }, 'synonyms.1', 'a synonym must not be empty'],
    [{ ...valid, synonyms: 'revert' }, 'synonyms', 'Expected array'],
  ])('rejects %j naming the field', (frontmatter, field, message) => {
    const result = DocSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toContain(message);
  });
});

describe('site helpers', () => {
  it('puts the page title before the site name', () => {
    expect(documentTitle('Deployment Checklist')).toBe(`Deployment Checklist · ${SITE_NAME}`);
    expect(documentTitle(SITE_NAME)).toBe(SITE_NAME);
  });

  it('reads a stored theme preference, falling back to the system theme', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('light')).toBe('light');
    for (const junk of [null, undefined, '', 'DARK', '{"theme":"dark"}', 42]) expect(parseThemePreference(junk)).toBe('system');
  });
});
