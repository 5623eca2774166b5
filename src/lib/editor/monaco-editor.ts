/**
 * Monaco behind the CodeEditor interface. Created only after monaco-setup has loaded; grows with its content (the
 * page scrolls, not a box inside it), follows the site's light/dark theme and the page's font size, and keeps the
 * same keys as the plain editor: Ctrl/Cmd+Enter checks, Shift+Enter runs, Escape then Tab leaves.
 */
import type { CodeEditor, LineMark, Selection, ShortcutHandler } from './code-editor';
import type { MonacoModule } from './monaco-loader';
import { focusableAfter, focusableBefore } from './focus-order';
import { watchSiteTheme, type SiteTheme } from './site-theme';

export interface MonacoEditorOptions {
  monaco: MonacoModule;
  container: HTMLElement;
  value: string;
  selection: Selection;
  language: 'python' | 'typescript';
  /** Model path, e.g. "exercises/bmi/solution.py": unique per editor, and TypeScript resolves imports beside it. */
  path: string;
  /** Support files TypeScript can import (e.g. types.ts), as [path relative to the model, text]. */
  typeFiles?: Array<{ path: string; content: string }>;
  fontSize: number;
  lineHeight: number;
  fontFamily: string;
  ariaLabel: string;
  hasCheck?: boolean;
  onShortcut?: ShortcutHandler;
  onEscapeArmed?: (armed: boolean) => void;
  /** Lines the editor shows before the page scrolls instead. */
  maxLines?: number;
}

const themeName = (theme: SiteTheme) => (theme === 'dark' ? 'cwc-dark' : 'cwc-light');

export function createMonacoEditor(options: MonacoEditorOptions): CodeEditor {
  const { monaco: m, container } = options;
  const { monaco } = m;
  const uri = monaco.Uri.parse(`file:///${options.path}`);
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(options.value, options.language, uri);
  const libs = (options.typeFiles ?? []).map((file) =>
    m.typescriptDefaults.addExtraLib(file.content, new URL(file.path, uri.toString()).toString()),
  );
  const stopTheme = watchSiteTheme((theme) => monaco.editor.setTheme(themeName(theme)));

  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: options.ariaLabel,
    fontSize: options.fontSize,
    lineHeight: options.lineHeight,
    fontFamily: options.fontFamily,
    tabSize: 4,
    insertSpaces: true,
    detectIndentation: false,
    minimap: { enabled: false },
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    overviewRulerBorder: false,
    scrollBeyondLastLine: false,
    automaticLayout: true,
    fixedOverflowWidgets: true,
    stickyScroll: { enabled: false },
    renderLineHighlightOnlyWhenFocus: true,
    scrollbar: { alwaysConsumeMouseWheel: false },
    wordBasedSuggestions: 'off',
    padding: { top: 8, bottom: 8 },
  });

  // Grow with the content, up to maxLines, so short exercises never show a scrolling box inside the page.
  const maxHeight = (options.maxLines ?? 30) * options.lineHeight + 16;
  const minHeight = 4 * options.lineHeight + 16;
  const fit = () => {
    // A long line brings a horizontal scrollbar; make room for it so no vertical one appears as well.
    const layout = editor.getLayoutInfo();
    const scrollbar = editor.getScrollWidth() > layout.contentWidth ? layout.horizontalScrollbarHeight : 0;
    const height = Math.max(minHeight, Math.min(maxHeight, editor.getContentHeight() + scrollbar));
    if (container.style.height !== `${height}px`) {
      container.style.height = `${height}px`;
      editor.layout();
    }
  };
  editor.onDidContentSizeChange(fit);
  fit();

  const fromOffsets = ({ start, end }: Selection) => {
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(end);
    return new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column);
  };
  editor.setSelection(fromOffsets(options.selection));

  // Keys: our shortcuts, and Escape-then-Tab to leave (Monaco otherwise keeps Tab for indenting).
  let armed = false;
  const setArmed = (next: boolean) => {
    if (armed !== next) options.onEscapeArmed?.(next);
    armed = next;
  };
  editor.onKeyDown((e) => {
    const { KeyCode } = monaco;
    if (e.keyCode === KeyCode.Enter && !e.altKey && (e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
      setArmed(false);
      const command = e.ctrlKey || e.metaKey;
      options.onShortcut?.(command && (options.hasCheck ?? true) ? 'check' : 'run');
      return;
    }
    if (e.keyCode === KeyCode.Escape) {
      setArmed(true);
      return;
    }
    if (e.keyCode === KeyCode.Tab && armed) {
      e.preventDefault();
      e.stopPropagation();
      setArmed(false);
      (e.shiftKey ? focusableBefore(container) : focusableAfter(container))?.focus();
      return;
    }
    setArmed(false);
  });
  editor.onDidBlurEditorText(() => setArmed(false));

  let decorations = editor.createDecorationsCollection();
  const listeners = new Set<(value: string) => void>();
  model.onDidChangeContent(() => {
    for (const listener of listeners) listener(model.getValue());
  });

  return {
    kind: 'full',
    getValue: () => model.getValue(),
    setValue(value) {
      if (value === model.getValue()) return;
      // An edit rather than setValue, so Ctrl+Z in the editor can undo it too.
      editor.pushUndoStop();
      editor.executeEdits('cwc', [{ range: model.getFullModelRange(), text: value }]);
      editor.pushUndoStop();
      editor.setPosition({ lineNumber: 1, column: 1 });
    },
    getSelection(): Selection {
      const sel = editor.getSelection();
      if (!sel) return { start: 0, end: 0 };
      const a = model.getOffsetAt(sel.getStartPosition());
      const b = model.getOffsetAt(sel.getEndPosition());
      return { start: a, end: b };
    },
    setSelection: (selection) => editor.setSelection(fromOffsets(selection)),
    focus: () => editor.focus(),
    hasFocus: () => editor.hasTextFocus(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markLine(mark: LineMark | undefined) {
      decorations.clear();
      monaco.editor.setModelMarkers(model, 'cwc-check', []);
      if (!mark) return;
      const line = Math.min(mark.line, model.getLineCount());
      decorations = editor.createDecorationsCollection([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: 'cwc-marked-line', linesDecorationsClassName: 'cwc-marked-gutter', hoverMessage: { value: mark.message } },
        },
      ]);
      monaco.editor.setModelMarkers(model, 'cwc-check', [
        { severity: monaco.MarkerSeverity.Error, message: mark.message, startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) },
      ]);
    },
    revealLine(line, column = 1) {
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.setPosition({ lineNumber: line, column });
      editor.focus();
    },
    dispose() {
      stopTheme();
      for (const lib of libs) lib.dispose();
      listeners.clear();
      editor.dispose();
      model.dispose();
    },
  };
}
