/**
 * Keys in the plain editor (a <textarea>), as pure functions of the text and selection:
 * - Tab inserts 4 spaces (or indents every selected line); Shift+Tab takes up to 4 spaces off each line.
 * - Escape, then Tab, leaves the editor the ordinary way (the note under the editor says so): without this, a
 *   keyboard user could never get out, because Tab is taken for indenting.
 * - Enter keeps the current line's indent, and adds one level after a line ending in ':' (Python) or '{' (TypeScript).
 */
import type { KeyLike } from '../exercise/shortcuts';

export const INDENT = '    ';

export interface TextState {
  value: string;
  /** Selection start and end as offsets into value (start <= end). */
  start: number;
  end: number;
}

/** Replace value[from, to) with text, then select [selectStart, selectEnd). */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
  selectStart: number;
  selectEnd: number;
}

export type PlainKeyOutcome =
  | { kind: 'edit'; edit: TextEdit }
  /** Escape pressed: the next Tab should leave the editor. */
  | { kind: 'arm' }
  /** Tab after Escape: let the browser move focus on. */
  | { kind: 'leave' }
  /** Not ours: let the browser handle the key (and forget any Escape). */
  | { kind: 'pass' };

const lineStartOf = (value: string, offset: number) => value.lastIndexOf('\n', offset - 1) + 1;

export function plainEditorKey(state: TextState, key: KeyLike, escapeArmed: boolean, language: 'python' | 'typescript' = 'python'): PlainKeyOutcome {
  if (key.ctrlKey || key.metaKey || key.altKey || key.isComposing) return { kind: 'pass' };
  if (key.key === 'Escape') return { kind: 'arm' };
  if (key.key === 'Tab') {
    if (escapeArmed) return { kind: 'leave' };
    return { kind: 'edit', edit: key.shiftKey ? outdent(state) : indent(state) };
  }
  if (key.key === 'Enter' && !key.shiftKey) return { kind: 'edit', edit: newline(state, language) };
  return { kind: 'pass' };
}

/** Tab: with no selection (or one within a line) insert 4 spaces; across lines, indent each line. */
export function indent({ value, start, end }: TextState): TextEdit {
  const selected = value.slice(start, end);
  if (!selected.includes('\n')) {
    return { from: start, to: end, text: INDENT, selectStart: start + INDENT.length, selectEnd: start + INDENT.length };
  }
  const from = lineStartOf(value, start);
  // A selection ending at the very start of a line does not include that line.
  const to = end > from && value[end - 1] === '\n' ? end - 1 : end;
  const block = value.slice(from, to);
  const text = block.replace(/^/gm, INDENT);
  return { from, to, text, selectStart: start + INDENT.length, selectEnd: from + text.length + (end - to) };
}

/** Shift+Tab: remove up to 4 leading spaces from every line the selection touches. */
export function outdent({ value, start, end }: TextState): TextEdit {
  const from = lineStartOf(value, start);
  const to = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const lines = value.slice(from, to).split('\n');
  let removedBeforeStart = 0;
  const changed = lines.map((line, i) => {
    const remove = Math.min(INDENT.length, /^ */.exec(line)![0].length);
    if (i === 0) removedBeforeStart = Math.min(remove, start - from);
    return line.slice(remove);
  });
  const text = changed.join('\n');
  const selectStart = Math.max(from, start - removedBeforeStart);
  const selectEnd = start === end ? selectStart : from + text.length + (end - to);
  return { from, to, text, selectStart, selectEnd };
}

/** Enter: a new line with the same indent, one level more after ':' or '{'. */
export function newline({ value, start, end }: TextState, language: 'python' | 'typescript'): TextEdit {
  const lineStart = lineStartOf(value, start);
  const before = value.slice(lineStart, start);
  let indentation = before.match(/^[ \t]*/)![0];
  const opener = language === 'python' ? /:\s*(#.*)?$/ : /[{([]\s*$/;
  if (opener.test(before)) indentation += INDENT;
  const text = `\n${indentation}`;
  const caret = start + text.length;
  return { from: start, to: end, text, selectStart: caret, selectEnd: caret };
}

/** Applies an edit to a string (the DOM editor does the same through the textarea, keeping its undo history). */
export function applyEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.from) + edit.text + value.slice(edit.to);
}

/** 1-based line and column of an offset. */
export function positionOf(value: string, offset: number): { line: number; column: number } {
  const before = value.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - lineStartOf(value, offset) + 1 };
}

/** Offset of a 1-based line (and column), clamped to the text. */
export function offsetOf(value: string, line: number, column = 1): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = value.indexOf('\n', offset);
    if (next < 0) return value.length;
    offset = next + 1;
  }
  const lineEnd = value.indexOf('\n', offset);
  const max = lineEnd < 0 ? value.length : lineEnd;
  return Math.min(offset + Math.max(0, column - 1), max);
}
