import { describe, expect, test } from 'vitest';
import { EDITOR_PREFERENCE_KEY, editorChoice, rememberChoice, storedChoice, type PreferenceStorage } from '../../../src/lib/editor/editor-preference';

const memory = (): PreferenceStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('editor choice', () => {
  test('touch devices get the plain editor, others the full one, unless the learner chose', () => {
    expect(editorChoice(undefined, true)).toBe('plain');
    expect(editorChoice(undefined, false)).toBe('full');
    expect(editorChoice('plain', false)).toBe('plain');
    expect(editorChoice('full', true)).toBe('full');
  });

  test('the choice is remembered, and junk or blocked storage falls back to the default', () => {
    const storage = memory();
    rememberChoice(storage, 'plain');
    expect(storage.data.get(EDITOR_PREFERENCE_KEY)).toBe('plain');
    expect(storedChoice(storage)).toBe('plain');
    storage.data.set(EDITOR_PREFERENCE_KEY, 'fancy');
    expect(storedChoice(storage)).toBeUndefined();
    const blocked: PreferenceStorage = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(storedChoice(blocked)).toBeUndefined();
    expect(() => rememberChoice(blocked, 'full')).not.toThrow();
  });
});
