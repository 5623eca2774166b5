/**
 * One Run or Check at a time per block. While one runs, Run and Check say they are busy (aria-disabled, so focus
 * stays where it is) and Stop appears; afterwards focus returns to the button that started it if Stop had it.
 */
import type { ExerciseAction } from '../../lib/exercise/shortcuts';

export interface BusyButtons {
  run: HTMLButtonElement;
  check?: HTMLButtonElement | undefined;
  stop: HTMLButtonElement;
}

export interface BusyState {
  readonly busy: boolean;
  /** Starts an action; the signal aborts when the learner presses Stop. */
  start(action: ExerciseAction): AbortSignal;
  end(action: ExerciseAction): void;
}

export function createBusyState(buttons: BusyButtons): BusyState {
  let controller: AbortController | undefined;
  const actions = [buttons.run, buttons.check].filter((b): b is HTMLButtonElement => b !== undefined);
  buttons.stop.addEventListener('click', () => controller?.abort());

  return {
    get busy() {
      return controller !== undefined;
    },
    start(action) {
      controller = new AbortController();
      for (const button of actions) button.setAttribute('aria-disabled', 'true');
      buttons.stop.hidden = false;
      return controller.signal;
    },
    end(action) {
      controller = undefined;
      const stopHadFocus = document.activeElement === buttons.stop;
      for (const button of actions) button.removeAttribute('aria-disabled');
      buttons.stop.hidden = true;
      if (stopHadFocus) (action === 'check' ? (buttons.check ?? buttons.run) : buttons.run).focus();
    },
  };
}
