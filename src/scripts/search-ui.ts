// The search dialog's behaviour, loaded on first open: Pagefind (from the index the build wrote to
// `<base>pagefind/`), results as you type, the section filter, and ↑/↓ through the results.
// Plain DOM: reading pages load no framework. The rules live in src/lib/search/ and are unit-tested.
import { arrowTarget } from '../lib/search/arrow-navigation.ts';
import { meaningfulQuery } from '../lib/search/query-words.ts';
import {
  resultsMessage,
  SECTION_FILTER,
  shapeResult,
  withoutFallbackMatches,
  type PagefindResultData,
} from '../lib/search/results.ts';
import { renderHit } from './search-results-view.ts';

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
      // "who signs off staging" searches for "signs off staging": no page needs the "who".
      const terms = meaningfulQuery(query);
      const response = await engine.search(
        terms,
        filter ? { filters: { [SECTION_FILTER]: filter } } : {},
      );
      if (run !== latest || !response) return;
      const loaded = await Promise.all(
        response.results.slice(0, MAX_RESULTS).map((result) => result.data()),
      );
      if (run !== latest) return;
      const data = withoutFallbackMatches(terms, loaded);
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
        (engine) => engine.preload(meaningfulQuery(query)),
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
