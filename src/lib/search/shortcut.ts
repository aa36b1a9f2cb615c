/**
 * The keyboard shortcuts that open search: `/`, and Ctrl+K (⌘K on macOS), unless the reader is
 * typing in a field, where those keys mean what they always mean.
 */

/** What the check needs from a key press; a `KeyboardEvent` has all of it. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** What the check needs from the element that has focus; an `HTMLElement` has all of it. */
export interface FocusTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** `navigator.userAgentData.platform` (or the user agent) of an Apple system, where the modifier is ⌘. */
export function isApplePlatform(platform: string | undefined): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform ?? '');
}

/** `/` alone (Shift allowed: some layouts need it for `/`), or Ctrl+K (⌘K on Apple systems). */
export function isSearchShortcut(press: KeyPress, apple: boolean): boolean {
  if (press.isComposing) return false;
  if (press.key === '/') return !press.ctrlKey && !press.metaKey && !press.altKey;
  if (press.key.toLowerCase() !== 'k' || press.altKey || press.shiftKey) return false;
  return apple ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
}

// Input types that take typed text; a checkbox or a button does not, so `/` on one opens search.
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when keys pressed on this element type text (or pick an option) instead of being shortcuts. */
export function isTypingTarget(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((target.type || 'text').toLowerCase());
  return false;
}

/** The shortcut as the Search button shows it. */
export function shortcutLabel(apple: boolean): string {
  return apple ? '⌘K' : 'Ctrl K';
}

/** The shortcuts in `aria-keyshortcuts` syntax. */
export function ariaKeyShortcuts(apple: boolean): string {
  return apple ? '/ Meta+K' : '/ Control+K';
}
