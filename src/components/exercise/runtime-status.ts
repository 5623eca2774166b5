/**
 * Shows a runner's state where the exercise is, in honest words (see lib/exercise/runtime-message.ts), and as
 * `data-runtime-state` (the RuntimeState status) for tools such as the benchmark.
 */
import type { Language } from '../../schema/exercise';
import type { Runner, RuntimeState } from '../../runners/types';
import { runtimeMessage, type RuntimeMessage } from '../../lib/exercise/runtime-message';

export function showRuntime(el: HTMLElement, message: Pick<RuntimeMessage, 'text' | 'tone'>, state: RuntimeState['status'] = 'unavailable'): void {
  el.textContent = message.text;
  el.dataset.tone = message.tone;
  el.dataset.runtimeState = state;
}

/** Follows the runner from now on; returns a function that stops following. */
export function bindRuntimeStatus(el: HTMLElement, language: Language, runner: Runner): () => void {
  const update = () => showRuntime(el, runtimeMessage(language, runner.state), runner.state.status);
  update();
  return runner.onStateChange(update);
}
