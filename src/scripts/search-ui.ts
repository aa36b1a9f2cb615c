// The search dialog's behaviour, loaded on first open: Pagefind (from the index the build wrote to
// `<base>pagefind/`), results as you type, the section filter, and ↑/↓ through the results.
// Plain DOM: reading pages load no framework. The rules live in src/lib/search/ and are unit-tested.
import { arrowTarget } from '../lib/search/arrow-navigation.ts';
import type { ExcerptSegment } from '../lib/search/excerpt.ts';
import {
  resultsMessage,
  SECTION_FILTER,
  shapeResult,
  withoutFallbackMatches,
  type PagefindResultData,
  type SearchHit,
} from '../lib/search/results.ts';

interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

/** The part of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: object) => Promise<void>;
  search: (term: string, options?: object) => Promise<PagefindResponse | null>;
}

/** Wait this long after a keystroke before searching: long enough to skip the words in between, short enough to feel instant. */
const DEBOUNCE_MS = 40;
const MAX_RESULTS = 10;
const BASE = import.meta.env.BASE_URL;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A URL, not a module path: the index is written by the build, after Vite has bundled the site.
    const module: Pagefind = await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`);
    await module.options({ baseUrl: BASE, excerptLength: 20 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

const UNAVAILABLE = import.meta.env.DEV
  ? 'There is no search index yet: the index is made by `npm run build`. Run it once, then search again.'
  : 'Search could not load. Check the connection, then try again.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(segments: ExcerptSegment[], className: string, id: string) {
  const node = element('span', className);
  node.id = id;
  node.append(
    ...segments.map((segment) => (segment.mark ? element('mark', '', segment.text) : segment.text)),
  );
  return node;
}

/**
 * A result: its link is named by the title alone (the whole card is clickable through the link),
 * and the section and excerpt around it are its description.
 */
function card(
  tag: 'div' | 'li',
  className: string,
  url: string,
  title: string,
  excerptNode: HTMLElement,
  section?: HTMLElement,
) {
  const node = element(tag, className);
  const link = element('a', `${className}-link`, title);
  link.href = url;
  link.setAttribute('aria-describedby', [section?.id, excerptNode.id].filter(Boolean).join(' '));
  if (section) node.append(section);
  node.append(link, excerptNode);
  return node;
}

function renderHit(hit: SearchHit, index: number) {
  const id = `search-hit-${index}`;
  const item = element('li', 'search-result');
  const section = hit.section
    ? Object.assign(element('span', 'search-result-section', hit.section), { id: `${id}-section` })
    : undefined;
  item.append(
    card(
      'div',
      'search-result-card',
      hit.url,
      hit.title,
      excerpt(hit.excerpt, 'search-result-excerpt', `${id}-excerpt`),
      section,
    ),
  );
  if (hit.headings.length > 0) {
    const headings = element('ul', 'search-headings');
    hit.headings.forEach((heading, headingIndex) => {
      const excerptNode = excerpt(
        heading.excerpt,
        'search-heading-excerpt',
        `${id}-${headingIndex}-excerpt`,
      );
      headings.append(card('li', 'search-heading', heading.url, heading.title, excerptNode));
    });
    item.append(headings);
  }
  return item;
}

function attach(dialog: HTMLDialogElement) {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const hint = dialog.querySelector<HTMLElement>('[data-search-hint]')!;
  // Whatever was typed, a search that finds nothing still leads to the playbook.
  const fallback = dialog.querySelector<HTMLElement>('[data-search-fallback]');
  const section = () =>
    dialog.querySelector<HTMLInputElement>('input[name="search-section"]:checked')?.value ||
    undefined;

  let latest = 0;
  let shown = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string, hintText = '', offerPlaybook = false) => {
    status.textContent = text;
    hint.textContent = hintText;
    if (fallback) fallback.hidden = !offerPlaybook;
  };

  /** Search for what the field and the filter say now, unless that is already on screen. */
  async function update() {
    clearTimeout(timer);
    const query = input.value.trim();
    const filter = section();
    const key = `${filter ?? ''}\n${query}`;
    if (key === shown) return;
    const run = ++latest;
    if (query === '') {
      list.replaceChildren();
      say('');
      shown = key;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const engine = await loadPagefind();
      const response = await engine.search(
        query,
        filter ? { filters: { [SECTION_FILTER]: filter } } : {},
      );
      if (run !== latest || !response) return;
      const loaded = await Promise.all(
        response.results.slice(0, MAX_RESULTS).map((result) => result.data()),
      );
      if (run !== latest) return;
      const data = withoutFallbackMatches(query, loaded);
      list.replaceChildren(...data.map((item, index) => renderHit(shapeResult(item), index)));
      const message = resultsMessage(
        data.length === 0 ? 0 : response.results.length,
        query,
        filter,
      );
      say(message.status, message.hint, data.length === 0);
      shown = key;
    } catch {
      if (run === latest) say(UNAVAILABLE, '', true);
    } finally {
      if (run === latest) list.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    // Fetch the index chunks for these letters while the debounce waits.
    if (query)
      loadPagefind().then(
        (engine) => engine.preload(query),
        () => undefined,
      );
    timer = setTimeout(update, DEBOUNCE_MS);
  });

  dialog.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'search-section') void update();
  });

  dialog.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const stops: HTMLElement[] = [input, ...links];
    const active = document.activeElement as HTMLElement | null;
    const target = arrowTarget(active ? stops.indexOf(active) : -1, event.key, links.length);
    if (target !== undefined) {
      event.preventDefault();
      stops[target]!.focus();
      return;
    }
    // Typing while a result has focus goes on in the field.
    const typing =
      (event.key.length === 1 || event.key === 'Backspace') &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey;
    if (typing && active && links.includes(active as HTMLAnchorElement)) input.focus();
  });

  return update;
}

let update: (() => Promise<void>) | undefined;

/** Called each time the dialog opens: show results for what the field holds (a 404 page may have filled it in). */
export function showResults(dialog: HTMLDialogElement) {
  update ??= attach(dialog);
  // Start loading the index as soon as search opens, before the first word is typed.
  loadPagefind().catch(() => {
    const status = dialog.querySelector('[data-search-status]');
    if (status) status.textContent = UNAVAILABLE;
  });
  void update();
}

/** Enter in the field: open the first result of what was typed, searching first if needed. */
export async function openFirstResult(dialog: HTMLDialogElement) {
  update ??= attach(dialog);
  await update();
  dialog.querySelector<HTMLAnchorElement>('[data-search-results] a')?.click();
}
