import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  isApplePlatform,
  isSearchShortcut,
  isTypingTarget,
  shortcutLabel,
  type KeyPress,
} from '../../../src/lib/search/shortcut.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  it.each([
    ['/ alone', press('/'), false, true],
    ['/ with Shift (layouts where / needs it)', press('/', { shiftKey: true }), false, true],
    ['Ctrl+K', press('k', { ctrlKey: true }), false, true],
    ['Ctrl+K with Caps Lock', press('K', { ctrlKey: true }), false, true],
    ['⌘K on a Mac', press('k', { metaKey: true }), true, true],
    ['Ctrl+K on a Mac', press('k', { ctrlKey: true }), true, false],
    ['⌘K off a Mac', press('k', { metaKey: true }), false, false],
    [
      'Ctrl+Shift+K (the browser console)',
      press('K', { ctrlKey: true, shiftKey: true }),
      false,
      false,
    ],
    ['Ctrl+Alt+K', press('k', { ctrlKey: true, altKey: true }), false, false],
    ['Ctrl+/', press('/', { ctrlKey: true }), false, false],
    ['Alt+/', press('/', { altKey: true }), false, false],
    ['k alone', press('k'), false, false],
    ['? (Shift+/ on US keyboards)', press('?', { shiftKey: true }), false, false],
    ['/ while composing text', press('/', { isComposing: true }), false, false],
  ])('%s', (_name, keyPress, apple, expected) => {
    expect(isSearchShortcut(keyPress, apple)).toBe(expected);
  });
});

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'INPUT', type: 'email' }, true],
    [{ tagName: 'INPUT', type: '' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'radio' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'A' }, false],
    [{ tagName: 'BODY', isContentEditable: false }, false],
    [{}, false],
    [null, false],
  ])('%j → %s', (target, expected) => expect(isTypingTarget(target)).toBe(expected));
});

describe('shortcut labels', () => {
  it('shows ⌘K on Apple systems and Ctrl K elsewhere, with matching aria-keyshortcuts', () => {
    expect(isApplePlatform('macOS')).toBe(true);
    expect(isApplePlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe(true);
    expect(isApplePlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe(true);
    expect(isApplePlatform('Linux x86_64')).toBe(false);
    expect(isApplePlatform('Windows')).toBe(false);
    expect(isApplePlatform(undefined)).toBe(false);
    expect([shortcutLabel(true), ariaKeyShortcuts(true)]).toEqual(['⌘K', '/ Meta+K']);
    expect([shortcutLabel(false), ariaKeyShortcuts(false)]).toEqual(['Ctrl K', '/ Control+K']);
  });
});
