/**
 * The playground: the exercise editor and Run, with nothing checked. The code is kept in this browser
 * (localStorage), so a learner's experiment is still there when they come back.
 */
import type { Language } from '../../schema/exercise';
import type { Runner } from '../../runners/types';
import { getRunner } from '../../runners/registry';
import { runView } from '../../lib/exercise/run-view';
import { detectAbilities, environmentProblem } from '../../lib/exercise/runtime-message';
import { createBusyState } from './busy-state';
import { part } from './dom';
import { mountEditor } from './mount-editor';
import { createOutputPanel } from './output-panel';
import { bindRuntimeStatus, showRuntime } from './runtime-status';
import { createUndoOffer } from './undo-offer';

const storageKey = (language: Language) => `cwc-playground-${language}`;

function stored(language: Language): string | undefined {
  try {
    return localStorage.getItem(storageKey(language)) ?? undefined;
  } catch {
    return undefined;
  }
}

function store(language: Language, code: string): void {
  try {
    localStorage.setItem(storageKey(language), code);
  } catch {
    // Storage blocked: the code lasts as long as the page, which is what a scratch pad promises at least.
  }
}

export function mountPlayground(section: HTMLElement): void {
  const language = section.dataset.language as Language;
  const example = JSON.parse(part(section, 'script[data-playground-example]').textContent ?? '""') as string;
  const button = (action: string) => part<HTMLButtonElement>(section, `[data-action="${action}"]`);
  const status = part(section, '[data-runtime-status]');
  const output = createOutputPanel(part(section, '[data-output-panel]'));
  const busy = createBusyState({ run: button('run'), stop: button('stop') });
  const problem = environmentProblem(language, detectAbilities());
  let runner: Promise<Runner> | undefined;
  const useRunner = () =>
    (runner ??= getRunner(language).then(
      (r) => {
        bindRuntimeStatus(status, language, r);
        r.warmUp();
        return r;
      },
      (error: unknown) => {
        runner = undefined; // try again on the next Run
        throw error;
      },
    ));

  const editor = mountEditor(part(section, '[data-code-area]'), {
    language,
    path: `playground/main.${language === 'python' ? 'py' : 'ts'}`,
    hasCheck: false,
    onShortcut: () => void run(),
    onFirstUse: () => void useRunner().catch(() => undefined),
  });
  const undo = createUndoOffer(part(section, '[data-undo-note]'), editor);
  const saved = stored(language);
  if (saved !== undefined && saved !== editor.getValue()) editor.setValue(saved);
  let timer: ReturnType<typeof setTimeout> | undefined;
  editor.onChange((code) => {
    clearTimeout(timer);
    timer = setTimeout(() => store(language, code), 400);
  });
  window.addEventListener('pagehide', () => store(language, editor.getValue()));

  async function run(): Promise<void> {
    if (busy.busy || problem) return;
    editor.markLine(undefined);
    const signal = busy.start('run');
    try {
      const r = await useRunner();
      output.start();
      const result = await r.run(
        { mode: 'run', code: editor.getValue() },
        { signal, onOutput: (text, stream) => output.append(text, stream), onInput: (prompt) => output.ask(prompt) },
      );
      output.cancelAsk();
      const view = runView(result, language);
      output.finish(view, (line, column) => editor.revealLine(line, column));
      if (view.mark) editor.markLine(view.mark);
    } catch (error) {
      console.error('[playground] the runner failed', error);
      output.cancelAsk();
      showRuntime(status, { text: 'The code runner could not start. Check your connection and reload the page.', tone: 'warning' });
    } finally {
      busy.end('run');
    }
  }

  button('run').addEventListener('click', () => void run());
  button('example').addEventListener('click', () => {
    const previous = editor.getValue();
    if (previous === example) return;
    editor.setValue(example);
    undo.offer('The example is back in the editor.', 'Undo: put my code back', previous);
  });
  button('example').disabled = false;
  if (problem) showRuntime(status, { text: problem, tone: 'warning' });
  else {
    button('run').disabled = false;
    if (language === 'python') void useRunner().catch(() => undefined);
  }
  section.dataset.ready = 'true';
}

export function mountPlaygrounds(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('section[data-playground]:not([data-ready])')) {
    try {
      mountPlayground(section);
    } catch (error) {
      console.error('[playground] could not start', error);
    }
  }
}
