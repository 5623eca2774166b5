/**
 * What the exercise UI needs from an editor, whichever is showing: the plain <textarea> or Monaco. The exercise
 * code talks only to this, so swapping one editor for the other changes nothing else.
 */
export interface Selection {
  /** Offsets into the text (start <= end). */
  start: number;
  end: number;
}

export interface LineMark {
  /** 1-based line. */
  line: number;
  /** What is wrong there, in plain words. */
  message: string;
}

export interface CodeEditor {
  readonly kind: 'plain' | 'full';
  getValue(): string;
  /** Replaces the whole text, as one step the editor's own undo can reverse where it supports that. */
  setValue(value: string): void;
  getSelection(): Selection;
  setSelection(selection: Selection): void;
  focus(): void;
  hasFocus(): boolean;
  /** Called after every change to the text, typed or set. Returns an unsubscribe function. */
  onChange(listener: (value: string) => void): () => void;
  /** Highlights one line (a syntax or type error), or clears it with undefined. */
  markLine(mark: LineMark | undefined): void;
  /** Moves the cursor to a line and focuses the editor (the "Go to line 3" button). */
  revealLine(line: number, column?: number): void;
  dispose(): void;
}

/** Ctrl/Cmd+Enter and Shift+Enter from inside an editor. */
export type ShortcutHandler = (action: 'check' | 'run') => void;
