/**
 * The editor an exercise shows: the plain <textarea> first, upgraded to Monaco on first focus or click unless the
 * learner prefers the plain one (or is on a touch device). The textarea stays live while Monaco downloads; when it
 * is ready, the text and the selection are copied across and focus moves in one synchronous step, so not a
 * keystroke or the cursor position is lost. To the rest of the exercise it is just one CodeEditor.
 */
import type { CodeEditor, LineMark, Selection, ShortcutHandler } from './code-editor';
import { editorChoice, rememberChoice, storedChoice, type EditorChoice } from './editor-preference';
import { loadMonaco } from './monaco-loader';
import { createPlainEditor } from './plain-editor';

export interface EditorHostOptions {
  textarea: HTMLTextAreaElement;
  /** The element holding the textarea and its line numbers; hidden while Monaco shows. */
  frame: HTMLElement;
  language: 'python' | 'typescript';
  /** Model path for Monaco, e.g. "exercises/bmi/solution.py". */
  path: string;
  typeFiles?: Array<{ path: string; content: string }>;
  ariaLabel: string;
  hasCheck: boolean;
  onShortcut: ShortcutHandler;
  onEscapeArmed: (armed: boolean) => void;
  /** The full editor is in use (true) or the plain one (false), e.g. to update the note and the checkbox. */
  onKindChange?: (kind: CodeEditor['kind']) => void;
  /** The full editor could not load (offline, blocked): the plain one carries on. */
  onFullFailed?: (error: unknown) => void;
  /** Called on the first focus or click, before any upgrade (TypeScript warms up its runner then). */
  onFirstUse?: () => void;
}

export interface EditorHost extends CodeEditor {
  readonly choice: EditorChoice;
  /** The learner ticked or unticked "Use the plain editor" (remembered on this device). */
  choose(choice: EditorChoice): Promise<void>;
}

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export function createEditorHost(options: EditorHostOptions): EditorHost {
  const { textarea, frame } = options;
  const coarse = window.matchMedia('(pointer: coarse)').matches;
  let choice = editorChoice(storedChoice(storage()), coarse);
  const listeners = new Set<(value: string) => void>();
  let mark: LineMark | undefined;
  const plain = createPlainEditor(textarea, { language: options.language, hasCheck: options.hasCheck, onShortcut: options.onShortcut, onEscapeArmed: options.onEscapeArmed });
  let current: CodeEditor = plain;
  let full: CodeEditor | undefined;
  let fullContainer: HTMLElement | undefined;
  let upgrading: Promise<void> | undefined;
  const relay = (value: string) => {
    for (const listener of listeners) listener(value);
  };
  plain.onChange((value) => {
    if (current !== plain) return;
    mark = undefined; // the plain editor drops its marker on an edit; do not bring it back on the swap to Monaco
    relay(value);
  });

  async function upgrade(): Promise<void> {
    if (full || choice !== 'full') return;
    upgrading ??= (async () => {
      try {
        const monaco = await loadMonaco();
        if (choice !== 'full' || full) return;
        swapToFull(monaco);
      } catch (error) {
        options.onFullFailed?.(error);
      } finally {
        upgrading = undefined;
      }
    })();
    return upgrading;
  }

  function swapToFull(monaco: Awaited<ReturnType<typeof loadMonaco>>): void {
    // Everything from here to focus() runs in one task: no keystroke can land between the copy and the switch.
    const hadFocus = plain.hasFocus();
    const style = getComputedStyle(textarea);
    const container = document.createElement('div');
    container.className = 'code-full';
    frame.after(container);
    const editor = monaco.createMonacoEditor({
      monaco,
      container,
      value: textarea.value,
      selection: plain.getSelection(),
      language: options.language,
      path: options.path,
      ...(options.typeFiles ? { typeFiles: options.typeFiles } : {}),
      fontSize: parseFloat(style.fontSize) || 15,
      lineHeight: Math.round(parseFloat(style.lineHeight) || 22),
      fontFamily: style.fontFamily,
      ariaLabel: options.ariaLabel,
      hasCheck: options.hasCheck,
      onShortcut: options.onShortcut,
      onEscapeArmed: options.onEscapeArmed,
    });
    frame.hidden = true;
    if (hadFocus) editor.focus();
    editor.onChange((value) => current === editor && relay(value));
    full = editor;
    fullContainer = container;
    current = editor;
    if (mark) editor.markLine(mark);
    options.onKindChange?.('full');
  }

  function swapToPlain(): void {
    if (!full) return;
    const hadFocus = full.hasFocus();
    const value = full.getValue();
    const selection = full.getSelection();
    if (textarea.value !== value) plain.setValue(value);
    frame.hidden = false;
    plain.setSelection(selection);
    full.dispose();
    fullContainer?.remove();
    full = undefined;
    fullContainer = undefined;
    current = plain;
    if (hadFocus) plain.focus();
    options.onKindChange?.('plain');
  }

  let used = false;
  const firstUse = () => {
    if (!used) {
      used = true;
      options.onFirstUse?.();
    }
    void upgrade();
  };
  textarea.addEventListener('focus', firstUse);
  textarea.addEventListener('pointerdown', firstUse);
  // A mouse moving onto the editor usually means a click is coming: start the download then, so the click finds
  // Monaco (nearly) ready. The swap itself still waits for the focus or click.
  frame.addEventListener(
    'pointerenter',
    (event) => {
      if (event.pointerType === 'mouse' && choice === 'full') void loadMonaco().catch(() => undefined);
    },
    { once: true },
  );
  // The visible label focuses whichever editor is showing.
  for (const label of textarea.labels ?? []) {
    label.addEventListener('click', (event) => {
      if (current !== plain) {
        event.preventDefault();
        current.focus();
      }
    });
  }

  return {
    get kind() {
      return current.kind;
    },
    get choice() {
      return choice;
    },
    async choose(next) {
      choice = next;
      rememberChoice(storage(), next);
      if (next === 'plain') swapToPlain();
      else await upgrade();
    },
    getValue: () => current.getValue(),
    setValue: (value: string) => current.setValue(value),
    getSelection: (): Selection => current.getSelection(),
    setSelection: (selection: Selection) => current.setSelection(selection),
    focus: () => current.focus(),
    hasFocus: () => current.hasFocus(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markLine(next) {
      mark = next;
      current.markLine(next);
    },
    revealLine: (line: number, column?: number) => current.revealLine(line, column),
    dispose() {
      full?.dispose();
      plain.dispose();
      listeners.clear();
    },
  };
}
