import { describe, expect, test } from 'vitest';
import { applyEdit, indent, newline, offsetOf, outdent, plainEditorKey, positionOf, type TextState } from '../../../src/lib/editor/plain-keys';

/** Writes a state with "|" as the caret, or "[" and "]" around a selection. */
function state(marked: string): TextState {
  const start = marked.search(/[|[]/);
  const value = marked.replace(/[|[\]]/g, '');
  const end = marked.includes(']') ? marked.indexOf(']') - 1 : start;
  return { value, start, end };
}
function show(value: string, start: number, end: number): string {
  return start === end ? value.slice(0, start) + '|' + value.slice(start) : value.slice(0, start) + '[' + value.slice(start, end) + ']' + value.slice(end);
}
function press(marked: string, key: Parameters<typeof plainEditorKey>[1], language: 'python' | 'typescript' = 'python') {
  const s = state(marked);
  const outcome = plainEditorKey(s, key, false, language);
  if (outcome.kind !== 'edit') return outcome.kind;
  return show(applyEdit(s.value, outcome.edit), outcome.edit.selectStart, outcome.edit.selectEnd);
}

describe('Tab and Shift+Tab', () => {
  test('Tab inserts 4 spaces at the caret, replacing a selection within a line', () => {
    expect(press('def f():\n|return 1', { key: 'Tab' })).toBe('def f():\n    |return 1');
    expect(press('a[bc]d', { key: 'Tab' })).toBe('a    |d');
  });

  test('Tab with lines selected indents each line and keeps them selected', () => {
    expect(press('[x = 1\ny = 2]\nz', { key: 'Tab' })).toBe('    [x = 1\n    y = 2]\nz');
  });

  test('a selection ending at the start of a line does not indent that line', () => {
    const s = state('[a\n]b');
    expect(applyEdit(s.value, indent(s))).toBe('    a\nb');
  });

  test('Shift+Tab takes up to 4 spaces off each selected line', () => {
    expect(press('[      a\n  b\nc]', { key: 'Tab', shiftKey: true })).toBe('[  a\nb\nc]');
    expect(press('    x = |1', { key: 'Tab', shiftKey: true })).toBe('x = |1');
    const s = state('|no indent');
    expect(applyEdit(s.value, outdent(s))).toBe('no indent');
  });
});

describe('Escape then Tab leaves the editor', () => {
  test('Escape arms; the next Tab is left to the browser (focus moves on)', () => {
    const s = state('x|');
    expect(plainEditorKey(s, { key: 'Escape' }, false)).toEqual({ kind: 'arm' });
    expect(plainEditorKey(s, { key: 'Tab' }, true)).toEqual({ kind: 'leave' });
    expect(plainEditorKey(s, { key: 'Tab', shiftKey: true }, true)).toEqual({ kind: 'leave' });
  });

  test('without Escape first, Tab indents (it never leaves by surprise)', () => {
    expect(plainEditorKey(state('x|'), { key: 'Tab' }, false).kind).toBe('edit');
  });

  test('other keys, and Ctrl/Cmd combinations, are passed to the browser', () => {
    expect(plainEditorKey(state('x|'), { key: 'a' }, true)).toEqual({ kind: 'pass' });
    expect(plainEditorKey(state('x|'), { key: 'Tab', ctrlKey: true }, false)).toEqual({ kind: 'pass' });
    expect(plainEditorKey(state('x|'), { key: 'z', metaKey: true }, false)).toEqual({ kind: 'pass' });
  });
});

describe('Enter keeps the indent', () => {
  test('same indent as the line above; one more after a colon (Python) or a brace (TypeScript)', () => {
    expect(press('    x = 1|', { key: 'Enter' })).toBe('    x = 1\n    |');
    expect(press('def bmi(w, h):|', { key: 'Enter' })).toBe('def bmi(w, h):\n    |');
    expect(press('    if h <= 0:  # guard|', { key: 'Enter' })).toBe('    if h <= 0:  # guard\n        |');
    expect(press('function f() {|', { key: 'Enter' }, 'typescript')).toBe('function f() {\n    |');
  });

  test('Shift+Enter is not a new line (it runs the code)', () => {
    expect(plainEditorKey(state('x|'), { key: 'Enter', shiftKey: true }, false)).toEqual({ kind: 'pass' });
  });

  test('newline replaces a selection', () => {
    const s = state('a[bc]d');
    expect(applyEdit(s.value, newline(s, 'python'))).toBe('a\nd');
  });
});

describe('positions', () => {
  test('offsets and 1-based lines and columns convert both ways, clamped to the text', () => {
    const text = 'ab\ncde\n\nf';
    expect(positionOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(offsetOf(text, 2, 99)).toBe(6);
    expect(offsetOf(text, 9)).toBe(text.length);
    expect(offsetOf(text, 4)).toBe(8);
  });
});
