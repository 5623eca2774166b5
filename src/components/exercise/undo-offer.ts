/**
 * "Undo" after Reset or after copying the solution in: the code from before is kept, and one click puts it back.
 * The note is a live region, so the change is announced as well as shown.
 */
import type { CodeEditor } from '../../lib/editor/code-editor';
import { part } from './dom';

export interface UndoOffer {
  /** The editor's code was just replaced; `previous` is what it held. */
  offer(message: string, undoLabel: string, previous: string): void;
  clear(): void;
}

export function createUndoOffer(note: HTMLElement, editor: CodeEditor): UndoOffer {
  const text = part(note, '[data-undo-text]');
  const button = part<HTMLButtonElement>(note, '[data-action="undo"]');
  let previous: string | undefined;

  button.addEventListener('click', () => {
    if (previous === undefined) return;
    editor.setValue(previous);
    previous = undefined;
    button.hidden = true;
    text.textContent = 'Your code is back as it was.';
    editor.focus();
  });

  return {
    offer(message, undoLabel, code) {
      previous = code;
      text.textContent = message;
      button.textContent = undoLabel;
      button.hidden = false;
      button.focus();
    },
    clear() {
      previous = undefined;
      button.hidden = true;
      text.textContent = '';
    },
  };
}
