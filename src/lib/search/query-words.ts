/**
 * People type questions into search ("who signs off staging"). Pagefind finds only pages that
 * have every word of a query, and words like "who" or "the" carry no meaning a page would be found
 * by: a page that answers the question need not contain them. The query is searched without them.
 */

/** Question words, articles, pronouns, auxiliaries, prepositions and conjunctions: never what a page is about. */
const MEANINGLESS = new Set([
  'a',
  'an',
  'the',
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'which',
  'why',
  'how',
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'it',
  'its',
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'does',
  'did',
  'can',
  'should',
  'must',
  'will',
  'of',
  'to',
  'for',
  'in',
  'at',
  'by',
  'with',
  'about',
  'and',
  'or',
  'this',
  'that',
  'there',
]);

/** The word a token stands for: lower case, without the punctuation around it ("What?" → "what"). */
function bareWord(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The query without its meaningless words, as the reader typed the rest. A query of meaningless
 * words only is kept whole: searching for nothing would answer nothing.
 */
export function meaningfulQuery(query: string): string {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const meaningful = tokens.filter((token) => !MEANINGLESS.has(bareWord(token)));
  return (meaningful.length > 0 ? meaningful : tokens).join(' ');
}
