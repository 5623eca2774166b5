import { describe, expect, test } from 'vitest';
import { isApplePlatform, shortcutFor, shortcutText } from '../../../src/lib/exercise/shortcuts';

describe('keyboard mapping', () => {
  test('Ctrl+Enter and Cmd+Enter check; Shift+Enter runs', () => {
    expect(shortcutFor({ key: 'Enter', ctrlKey: true })).toBe('check');
    expect(shortcutFor({ key: 'Enter', metaKey: true })).toBe('check');
    expect(shortcutFor({ key: 'Enter', shiftKey: true })).toBe('run');
  });

  test('plain Enter, Alt combinations, other keys and IME composition are left alone', () => {
    expect(shortcutFor({ key: 'Enter' })).toBeUndefined();
    expect(shortcutFor({ key: 'Enter', altKey: true, ctrlKey: true })).toBeUndefined();
    expect(shortcutFor({ key: 'a', ctrlKey: true })).toBeUndefined();
    expect(shortcutFor({ key: 'Enter', shiftKey: true, isComposing: true })).toBeUndefined();
  });

  test('where there is no Check (a playground) Ctrl+Enter runs', () => {
    expect(shortcutFor({ key: 'Enter', ctrlKey: true }, false)).toBe('run');
  });

  test('names the keys for this computer', () => {
    expect(isApplePlatform('MacIntel')).toBe(true);
    expect(isApplePlatform('macOS')).toBe(true);
    expect(isApplePlatform('Win32')).toBe(false);
    expect(shortcutText(false)).toBe('Ctrl+Enter checks, Shift+Enter runs.');
    expect(shortcutText(true)).toBe('Cmd+Enter checks, Shift+Enter runs.');
    expect(shortcutText(false, false)).toBe('Shift+Enter or Ctrl+Enter runs.');
  });
});
