// The always-loaded part of search: the Search button, the `/` and Ctrl+K (⌘K) shortcuts, and
// opening and closing the dialog. The search code and the index load on first open, through
// `import()`, so a reading page pays for them only when the reader searches.
import {
  ariaKeyShortcuts,
  isApplePlatform,
  isSearchShortcut,
  isTypingTarget,
  shortcutLabel,
  type FocusTarget,
} from '../lib/search/shortcut.ts';

export interface SearchRequest {
  query?: string;
  /** A section label ("Guide"); an empty string searches all sections. */
  section?: string;
}

// The dialog's return value when a result is followed: focus goes to the result, not back.
const NAVIGATING = 'navigate';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData
  ?.platform;
const apple = isApplePlatform(platform || navigator.userAgent);
let returnFocus: Element | null = null;
let ui: Promise<typeof import('./search-ui.ts')> | undefined;

export function openSearch(request: SearchRequest = {}) {
  if (!dialog || !input) return;
  if (!dialog.open) {
    returnFocus = document.activeElement;
    dialog.returnValue = '';
    dialog.showModal();
  }
  if (request.query !== undefined) input.value = request.query;
  if (request.section !== undefined) {
    for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[name="search-section"]')) {
      radio.checked = radio.value === request.section;
    }
  }
  input.focus();
  input.select();
  ui ??= import('./search-ui.ts');
  ui.then(
    (module) => module.showResults(dialog),
    () => {
      ui = undefined;
      const status = dialog.querySelector('[data-search-status]');
      if (status)
        status.textContent = 'Search could not load. Check the connection, then try again.';
    },
  );
}

for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  button.setAttribute('aria-keyshortcuts', ariaKeyShortcuts(apple));
  const hint = button.querySelector('[data-search-shortcut]');
  if (hint) hint.textContent = shortcutLabel(apple);
  button.addEventListener('click', () => openSearch());
}

document.addEventListener('keydown', (event) => {
  if (!dialog || !input || event.defaultPrevented || !isSearchShortcut(event, apple)) return;
  if (dialog.open) {
    // Ctrl+K inside search goes back to the field instead of the browser's own search.
    if (event.key !== '/') {
      event.preventDefault();
      input.focus();
      input.select();
    }
    return;
  }
  if (isTypingTarget(event.target as FocusTarget | null)) return;
  event.preventDefault();
  openSearch();
});

// Enter in the field opens the first result. The listener is here, in the code every page loads, so
// that an Enter pressed before the search code has arrived does not send the form to the page itself.
dialog?.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!dialog) return;
  (ui ??= import('./search-ui.ts')).then(
    (module) => module.openFirstResult(dialog),
    () => (ui = undefined),
  );
});

dialog?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.isComposing) return;
  // Esc closes at once, even in a search field with text (where it would first clear the text),
  // and stays with the dialog (the mobile menu also closes on Esc).
  event.preventDefault();
  event.stopPropagation();
  dialog.close();
});

dialog?.addEventListener('click', (event) => {
  const target = event.target as Element;
  // A click on the backdrop lands on the dialog itself; the panel covers everything else.
  if (target === dialog || target.closest('[data-search-close]')) dialog.close();
  // Following a result (also with Enter) closes the dialog, which matters for an anchor on this page.
  else if (target.closest('a[href]') && !event.ctrlKey && !event.metaKey && !event.shiftKey)
    dialog.close(NAVIGATING);
});

dialog?.addEventListener('close', () => {
  if (
    dialog.returnValue !== NAVIGATING &&
    returnFocus instanceof HTMLElement &&
    returnFocus.isConnected
  ) {
    returnFocus.focus();
  }
  returnFocus = null;
});
