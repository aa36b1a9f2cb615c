import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { SYNONYMS_META } from '../../../src/lib/search/results.ts';
import { builtPageUrl, searchableHtml } from '../../../src/lib/search/searchable-html.ts';

const page = (
  article: string,
) => `<!doctype html><html lang="en"><head><title>T</title></head><body>
<header><label>Theme <select><option>System</option></select></label><button>Search</button></header>
<article data-pagefind-body data-pagefind-filter="section:Guide">${article}</article>
<nav><label>Outside</label></nav></body></html>`;

describe('searchableHtml', () => {
  it('turns labels and forms in the article into text, so checklist items and template fields are indexed', () => {
    const html = searchableHtml(
      page(`<ul class="contains-task-list"><li class="task-list-item"><label><input type="checkbox" disabled> Deploy to staging and run smoke tests</label></li></ul>
      <form action="/x" method="post"><label for="name">Release name / number:</label><input id="name"></form>`),
    );
    const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1]!;
    expect(article).not.toMatch(/<label|<form/);
    expect(article).toContain(
      '<span><input type="checkbox" disabled> Deploy to staging and run smoke tests</span>',
    );
    expect(article).toContain('<div><span>Release name / number:</span><input id="name"></div>');
  });

  it('leaves buttons, selects and text areas in the article out of the index', () => {
    const html = searchableHtml(
      page(
        '<p>Keep this.</p><button type="button">Mark done</button><select><option>Patch</option></select><textarea>draft</textarea>',
      ),
    );
    const article = toString(
      fromHtml(/<article[^>]*>[\s\S]*<\/article>/.exec(html)![0]!, { fragment: true }),
    );
    expect(article.trim()).toBe('Keep this.');
  });

  it("leaves the islands' dialogs out of the index, titles and all", () => {
    const html = searchableHtml(
      page(
        '<p>Keep this.</p><dialog class="modal" aria-labelledby="reset-title"><h2 id="reset-title">Reset checklist?</h2><p>Every item goes back to open.</p></dialog>',
      ),
    );
    const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1]!;
    expect(article).toBe('<p>Keep this.</p>');
  });

  it.each([':r1R5:-heading', '«r1»-heading', '_r_1_-heading'])(
    'drops the React-generated id %s, so no result links to it, and keeps its text',
    (id) => {
      const html = searchableHtml(
        page(
          `<h2 id="${id}">Backup and restore</h2><h2 id="release-types">Release types</h2><label>Field</label>`,
        ),
      );
      const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1]!;
      expect(article).toContain('<h2>Backup and restore</h2>');
      expect(article).toContain('<h2 id="release-types">Release types</h2>');
    },
  );

  it('reads a page whose only generated id is on a heading', () => {
    const html = searchableHtml(
      page('<section><h2 id=":r1R5:-heading">Backup and restore</h2></section>'),
    );
    expect(html).toContain('<section><h2>Backup and restore</h2></section>');
  });

  it('changes nothing outside the article, and keeps the Pagefind attributes', () => {
    const html = searchableHtml(page('<p>Text</p><label>Field</label>'));
    expect(html).toContain('<p>Text</p><span>Field</span></article>');
    expect(html).toContain(
      '<header><label>Theme <select><option>System</option></select></label><button>Search</button></header>',
    );
    expect(html).toContain('<nav><label>Outside</label></nav>');
    expect(html).toContain('<article data-pagefind-body="" data-pagefind-filter="section:Guide">');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
  });

  it('returns a page whose article has nothing to change as it is, without parsing it', () => {
    const html = page('<h2 id="purpose">Purpose</h2><p>Text &amp; more</p>');
    expect(searchableHtml(html)).toBe(html);
  });

  it('reads a body that is not an article to its end', () => {
    const html = searchableHtml(
      '<html><body><main data-pagefind-body><article><p>Nested</p></article><label>Field name</label></main><button>x</button></body></html>',
    );
    expect(html).toContain('<span>Field name</span></main><button>x</button>');
  });

  it('leaves a page without data-pagefind-body as it was (the 404 page is not indexed)', () => {
    const html = searchableHtml(
      '<!doctype html><html lang="en"><body><main><label>Search the guide</label></main></body></html>',
    );
    expect(html).toContain('<main><label>Search the guide</label></main>');
  });
});

describe('synonyms', () => {
  const withSynonyms = (article: string) =>
    `<!doctype html><html lang="en"><body><article data-pagefind-body data-search-synonyms="roll back, revert, outage"><h1>Playbook</h1>${article}</article></body></html>`;

  it('indexes the synonyms as the page’s metadata, never as its text, and drops the attribute', () => {
    const html = searchableHtml(
      withSynonyms('<h2 id="steps">Steps</h2><p>Trigger incident response</p>'),
    );
    const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1]!;
    // An excerpt is cut from the indexed text: no synonym may be part of it.
    expect(article.replace(/<[^>]*>/g, ' ')).not.toMatch(/roll back|revert|outage/);
    expect(article).toContain(`data-pagefind-meta="${SYNONYMS_META}:roll back, revert, outage"`);
    expect(article).toContain('<h1>Playbook</h1><h2 id="steps">Steps</h2>');
    expect(html).not.toContain('data-search-synonyms');
  });

  it('escapes synonyms inside the attribute', () => {
    const html = searchableHtml(
      '<html><body><article data-pagefind-body data-search-synonyms="&quot;revert&quot; &lt;b&gt;"><p>x</p></article></body></html>',
    );
    expect(html).toContain(`data-pagefind-meta="${SYNONYMS_META}:&#x22;revert&#x22; <b>"`);
    expect(html).not.toContain('<b>revert');
  });
});

describe('builtPageUrl', () => {
  it.each([
    ['index.html', '/'],
    ['guide/index.html', '/guide/'],
    ['guide/pre-release/index.html', '/guide/pre-release/'],
    ['404.html', '/404.html'],
    ['guide\\deployment\\index.html', '/guide/deployment/'],
  ])('%s → %s', (path, url) => expect(builtPageUrl(path)).toBe(url));
});
