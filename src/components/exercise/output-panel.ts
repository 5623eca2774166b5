/**
 * The output panel: what Run prints as it prints it (stderr set apart calmly, never in red), a calm sentence when
 * the program ends, and a text box when the program calls input().
 */
import type { RunView } from '../../lib/exercise/run-view';
import { diagnosticNode, type GoToLine } from './results-panel';
import { h, part } from './dom';

export interface OutputPanel {
  start(): void;
  append(text: string, stream: 'stdout' | 'stderr'): void;
  finish(view: RunView, goTo: GoToLine): void;
  /** Asks the learner for a line; resolves with it. */
  ask(prompt: string): Promise<string>;
  /** The run ended while asking: take the question away. */
  cancelAsk(): void;
}

/** Beyond this the panel stops taking streamed text; the runner's capped output replaces it at the end. */
const STREAM_LIMIT = 100_000;

export function createOutputPanel(panel: HTMLElement): OutputPanel {
  const output = part<HTMLPreElement>(panel, '[data-output]');
  const status = part(panel, '[data-run-status]');
  const form = part<HTMLFormElement>(panel, '[data-input-form]');
  const label = part(form, '[data-input-label]');
  const field = part<HTMLInputElement>(form, '[data-input-field]');
  let streamed = 0;
  let pending: ((line: string) => void) | undefined;
  let diagnostics: HTMLElement | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const line = field.value;
    field.value = '';
    form.hidden = true;
    // No echo here: the runtime prints the prompt and the answer itself, as a terminal would.
    const resolve = pending;
    pending = undefined;
    resolve?.(line);
  });

  return {
    start() {
      panel.hidden = false;
      output.replaceChildren();
      status.textContent = '';
      diagnostics?.remove();
      diagnostics = undefined;
      streamed = 0;
    },
    append(text, stream) {
      if (streamed > STREAM_LIMIT) return;
      streamed += text.length;
      output.append(stream === 'stderr' ? h('span', { class: 'stderr' }, text) : document.createTextNode(text));
      output.scrollTop = output.scrollHeight;
    },
    finish(view, goTo) {
      // The runner's own copy is the complete, capped record; it replaces the streamed pieces unless they match.
      if (output.textContent !== view.output) output.replaceChildren(view.output);
      if (view.outputTruncated) output.append(h('span', { class: 'stderr' }, '\n(More was printed than we can show.)'));
      const [first] = view.diagnostics;
      if (first) {
        diagnostics = diagnosticNode(first, goTo);
        status.before(diagnostics);
      }
      status.textContent = view.detail ? `${view.headline} ${view.detail}` : view.headline;
    },
    ask(prompt) {
      form.hidden = false;
      label.textContent = prompt.trim() ? prompt : 'Your program is waiting for you to type a line:';
      field.focus();
      return new Promise((resolve) => {
        pending = resolve;
      });
    },
    cancelAsk() {
      form.hidden = true;
      pending = undefined;
    },
  };
}
