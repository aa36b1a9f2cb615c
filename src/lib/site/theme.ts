/** The reader's colour theme. "system" follows the operating system and is stored as no value. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** Kept as a plain string (not a versioned envelope): the blocking script in `theme-init.js` reads it before first paint (PageLayout hands it the key). */
export const THEME_STORAGE_KEY = 'octoacme-rg:theme';

export function parseThemePreference(value: unknown): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}
