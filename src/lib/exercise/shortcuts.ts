/** Keyboard shortcuts in both editors: Ctrl/Cmd+Enter checks, Shift+Enter runs. */

export type ExerciseAction = 'check' | 'run';

/** The parts of a KeyboardEvent the mapping needs (so it is testable without a DOM). */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  /** True while an input method is composing (e.g. Japanese input): Enter then confirms text, never runs. */
  isComposing?: boolean;
}

export function shortcutFor(event: KeyLike, hasCheck = true): ExerciseAction | undefined {
  if (event.key !== 'Enter' || event.isComposing || event.altKey) return undefined;
  const command = Boolean(event.ctrlKey || event.metaKey);
  // Playgrounds have no Check, so Ctrl/Cmd+Enter runs there.
  if (command) return hasCheck ? 'check' : 'run';
  if (event.shiftKey) return 'run';
  return undefined;
}

/** Whether the learner is on a Mac (or iPad), where the command key is ⌘. */
export function isApplePlatform(platform: string | undefined): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform ?? '');
}

/** The keys as they should be written in the note under the editor. */
export function shortcutText(apple: boolean, hasCheck = true): string {
  const command = apple ? 'Cmd+Enter' : 'Ctrl+Enter';
  return hasCheck ? `${command} checks, Shift+Enter runs.` : `Shift+Enter or ${command} runs.`;
}
