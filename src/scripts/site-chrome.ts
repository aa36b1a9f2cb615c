// Page chrome behaviour: the theme switch and the mobile menu. Plain DOM, no framework,
// so reading pages stay within their JavaScript budget.
import {
  THEME_STORAGE_KEY,
  parseThemePreference,
  type ThemePreference,
} from '../lib/site/theme.ts';

const root = document.documentElement;

function applyTheme(theme: ThemePreference) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

const themeSelect = document.querySelector<HTMLSelectElement>('[data-theme-select]');
if (themeSelect) {
  themeSelect.value = parseThemePreference(root.dataset.theme);
  themeSelect.addEventListener('change', () => {
    const theme = parseThemePreference(themeSelect.value);
    applyTheme(theme);
    try {
      if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Storage may be blocked or full: the theme still applies to this page.
    }
  });
  // Another tab changed the theme: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const theme = parseThemePreference(event.newValue);
    applyTheme(theme);
    themeSelect.value = theme;
  });
}

const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-button]');
if (menuButton) {
  const isOpen = () => menuButton.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    menuButton.setAttribute('aria-expanded', String(open));
    root.toggleAttribute('data-menu-open', open);
  };
  menuButton.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      setOpen(false);
      menuButton.focus();
    }
  });
}
