import { describe, expect, it } from 'vitest';
import { containsQuery } from '../../../src/lib/search/results.ts';
import { meaningfulQuery } from '../../../src/lib/search/query-words.ts';

describe('meaningfulQuery', () => {
  it.each([
    ['who signs off staging', 'signs off staging'],
    ['What is the rollback plan?', 'rollback plan?'],
    ['how do I roll back', 'roll back'],
    ['  The   release notes ', 'release notes'],
    ['Who approves a hotfix', 'approves hotfix'],
    ['smoke tests', 'smoke tests'],
    ['on-call', 'on-call'], // a word joined to another is kept whole
  ])('"%s" → "%s"', (query, expected) => expect(meaningfulQuery(query)).toBe(expected));

  it('keeps a query made only of such words as it was typed: there is nothing else to search for', () => {
    expect(meaningfulQuery(' who? ')).toBe('who?');
    expect(meaningfulQuery('the what')).toBe('the what');
    expect(meaningfulQuery('')).toBe('');
  });

  it('lets a page that has the meaningful words match, although it has no "who"', () => {
    const checklist = 'Deploy to staging and run smoke tests (QA Lead signs off).';
    expect(containsQuery('who signs off staging', checklist)).toBe(false);
    expect(containsQuery(meaningfulQuery('who signs off staging'), checklist)).toBe(true);
  });
});
