/**
 * The plain editor: the <textarea> the page renders, made code-friendly. It is usable before any other script
 * loads, stays on touch devices, and is what learners who prefer it get.
 */
import { shortcutFor } from '../exercise/shortcuts';
import type { CodeEditor, LineMark, Selection, ShortcutHandler } from './code-editor';
import { offsetOf, plainEditorKey, type TextEdit } from './plain-keys';
import { createLineGutter } from './line-gutter';

export interface PlainEditorOptions {
  language: 'python' | 'typescript';
  onShortcut?: ShortcutHandler;
  hasCheck?: boolean;
  /** Shown when Escape was pressed, so the learner knows the next Tab leaves the editor. */
  onEscapeArmed?: (armed: boolean) => void;
}

export function createPlainEditor(textarea: HTMLTextAreaElement, options: PlainEditorOptions): CodeEditor {
  const listeners = new Set<(value: string) => void>();
  const gutter = createLineGutter(textarea);
  let armed = false;
  const setArmed = (next: boolean) => {
    if (armed === next) return;
    armed = next;
    options.onEscapeArmed?.(next);
  };

  const notify = () => {
    gutter.update();
    gutter.mark(undefined); // the marked line may have moved: the next Run or Check marks it afresh
    for (const listener of listeners) listener(textarea.value);
  };

  const apply = (edit: TextEdit) => {
    textarea.setSelectionRange(edit.from, edit.to);
    // execCommand keeps the browser's own undo history (Ctrl+Z) working; setRangeText is the fallback where it is gone.
    const done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, edit.text);
    if (!done || textarea.value.slice(edit.from, edit.from + edit.text.length) !== edit.text) {
      textarea.setRangeText(edit.text, edit.from, edit.to, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    textarea.setSelectionRange(edit.selectStart, edit.selectEnd);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const action = shortcutFor(event, options.hasCheck ?? true);
    if (action) {
      event.preventDefault();
      setArmed(false);
      options.onShortcut?.(action);
      return;
    }
    const outcome = plainEditorKey({ value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd }, event, armed, options.language);
    if (outcome.kind === 'arm') {
      setArmed(true);
      return;
    }
    setArmed(false);
    if (outcome.kind === 'edit') {
      event.preventDefault();
      apply(outcome.edit);
    }
  };
  const onBlur = () => setArmed(false);
  textarea.addEventListener('keydown', onKeyDown);
  textarea.addEventListener('input', notify);
  textarea.addEventListener('blur', onBlur);

  return {
    kind: 'plain',
    getValue: () => textarea.value,
    setValue(value) {
      if (value === textarea.value) return;
      // Set directly, without taking focus from the button that asked: Reset and "copy the solution" offer their
      // own Undo, which is clearer to a beginner than the browser's Ctrl+Z.
      textarea.value = value;
      textarea.setSelectionRange(0, 0);
      notify();
    },
    getSelection: (): Selection => ({ start: textarea.selectionStart, end: textarea.selectionEnd }),
    setSelection: ({ start, end }) => textarea.setSelectionRange(start, end),
    focus: () => textarea.focus(),
    hasFocus: () => document.activeElement === textarea,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markLine: (mark: LineMark | undefined) => gutter.mark(mark),
    revealLine(line, column = 1) {
      const offset = offsetOf(textarea.value, line, column);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
      gutter.scrollToLine(line);
    },
    dispose() {
      textarea.removeEventListener('keydown', onKeyDown);
      textarea.removeEventListener('input', notify);
      textarea.removeEventListener('blur', onBlur);
      listeners.clear();
    },
  };
}
