import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/lib/content/sections.ts';
import { notFoundQuery } from '../../../src/lib/search/not-found-query.ts';

describe('notFoundQuery', () => {
  const sectionIds = SECTIONS.map((section) => section.id);

  it.each([
    ['/guide/smoke-tests/', '/', 'smoke tests'],
    ['/playbook/roll-back/', '/', 'roll back'],
    ['/release-guide/playbook/rollback_plan/', '/release-guide/', 'rollback plan'],
    ['/Release-Notes.html', '/', 'release notes'],
    ['/guide/', '/', 'guide'], // a section alone is the word to search
    ['/docs/deploy%20checklist/index.html', '/', 'docs deploy checklist'],
    ['/incident/%E2%9C%93-r%C3%A9sum%C3%A9/', '/', 'incident résumé'],
    ['/bad%E0%A4%A/escape/', '/', 'bad e0 a4 a escape'],
    ['/', '/', ''],
    ['/a/b/c/d/e/f/g/h/i/j/', '/', 'a b c d e f g h'],
    ['/rollback/rollback/', '/', 'rollback'],
  ])('%s under %s → "%s"', (pathname, base, query) =>
    expect(notFoundQuery(pathname, base, sectionIds)).toBe(query),
  );
});
