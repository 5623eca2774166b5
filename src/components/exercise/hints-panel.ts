/** Hints revealed one at a time, in order; focus moves to each new hint so it is read out. */
import { hintState, revealNext, type HintState } from '../../lib/exercise/hint-state';
import { part } from './dom';

export interface HintsPanel {
  /** Shows the first `count` hints without moving focus (restoring a visit). */
  restore(count: number): void;
  readonly revealed: number;
}

export function createHintsPanel(section: HTMLElement | null, onReveal: (revealed: number) => void): HintsPanel {
  if (!section) return { restore() {}, revealed: 0 };
  const items = [...section.querySelectorAll<HTMLLIElement>('[data-hint]')];
  const button = part<HTMLButtonElement>(section, '[data-action="hint"]');
  const status = part(section, '[data-hint-status]');
  let state: HintState = hintState(items.length, 0);

  const render = () => {
    items.forEach((item, i) => {
      item.hidden = i >= state.revealed;
    });
    button.textContent = state.buttonLabel;
    button.hidden = !state.canReveal;
    status.textContent = state.status;
  };

  button.disabled = false;
  button.addEventListener('click', () => {
    if (!state.canReveal) return;
    state = revealNext(state);
    render();
    items[state.revealed - 1]?.focus();
    onReveal(state.revealed);
  });
  render();

  return {
    restore(count) {
      state = hintState(items.length, Math.max(state.revealed, count));
      render();
    },
    get revealed() {
      return state.revealed;
    },
  };
}
