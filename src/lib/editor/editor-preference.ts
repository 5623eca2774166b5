/**
 * Which editor the learner gets: the full code editor (Monaco), or the plain one. Touch devices keep the plain
 * editor (Monaco is awkward with on-screen keyboards); anyone may choose it, and the choice is remembered.
 */
export const EDITOR_PREFERENCE_KEY = 'cwc-editor';

export type EditorChoice = 'plain' | 'full';

export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function storedChoice(storage: PreferenceStorage | undefined): EditorChoice | undefined {
  try {
    const value = storage?.getItem(EDITOR_PREFERENCE_KEY);
    return value === 'plain' || value === 'full' ? value : undefined;
  } catch {
    return undefined; // Storage blocked (some locked-down hospital browsers): fall back to the default.
  }
}

export function rememberChoice(storage: PreferenceStorage | undefined, choice: EditorChoice): void {
  try {
    storage?.setItem(EDITOR_PREFERENCE_KEY, choice);
  } catch {
    // The choice lasts for this page only, which is fine.
  }
}

/** The editor to use: the learner's remembered choice, else plain on touch-first devices and full elsewhere. */
export function editorChoice(stored: EditorChoice | undefined, coarsePointer: boolean): EditorChoice {
  return stored ?? (coarsePointer ? 'plain' : 'full');
}
