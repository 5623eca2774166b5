/**
 * Reset (ask first, then keep the old code for "Undo reset") and the changed-starter notice (the tutor changed the
 * starter after the learner began: their code is kept, and they choose whether to take the new one).
 */
import type { CodeEditor } from '../../lib/editor/code-editor';
import type { ExercisePersistence } from './exercise-persistence';
import type { UndoOffer } from './undo-offer';
import { part } from './dom';

export interface ResetControl {
  showStarterNotice(show: boolean): void;
}

export function createResetControl(section: HTMLElement, editor: CodeEditor, starter: string, undo: UndoOffer, persistence: ExercisePersistence): ResetControl {
  const button = (action: string) => part<HTMLButtonElement>(section, `[data-action="${action}"]`);
  const confirm = part(section, '[data-reset-confirm]');
  const notice = part(section, '[data-starter-notice]');

  button('reset').addEventListener('click', () => {
    confirm.hidden = false;
    button('reset-yes').focus();
  });
  button('reset-no').addEventListener('click', () => {
    confirm.hidden = true;
    button('reset').focus();
  });
  button('reset-yes').addEventListener('click', () => {
    confirm.hidden = true;
    const previous = editor.getValue();
    editor.setValue(starter);
    editor.markLine(undefined);
    undo.offer('Your code is back to the starter.', 'Undo reset', previous);
  });

  button('take-new-starter').addEventListener('click', () => {
    const previous = editor.getValue();
    notice.hidden = true;
    void persistence.takeNewStarter().then(() => {
      editor.setValue(starter);
      undo.offer('You now have the new starter code.', 'Undo: put my code back', previous);
    });
  });
  button('keep-my-code').addEventListener('click', () => {
    notice.hidden = true;
    void persistence.keepMyCode();
    editor.focus();
  });
  button('reset').disabled = false;

  return {
    showStarterNotice(show) {
      notice.hidden = !show;
    },
  };
}
