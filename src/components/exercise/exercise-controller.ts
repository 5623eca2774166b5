/**
 * One exercise block, wired up: editor, Run / Check / Stop, Reset with undo, hints, the solution diff, results,
 * and saving to the progress store. The wording and decisions live in src/lib/exercise (tested in Node); this file
 * only connects them to the page.
 */
import type { Runner } from '../../runners/types';
import { getRunner } from '../../runners/registry';
import { resultsView } from '../../lib/exercise/results-view';
import { runView } from '../../lib/exercise/run-view';
import { solutionOffered } from '../../lib/exercise/solution-offer';
import type { ExerciseAction } from '../../lib/exercise/shortcuts';
import { detectAbilities, environmentProblem } from '../../lib/exercise/runtime-message';
import { part } from './dom';
import { readPayload, type ExercisePayload } from './exercise-payload';
import { createBusyState } from './busy-state';
import { createExercisePersistence } from './exercise-persistence';
import { createHintsPanel } from './hints-panel';
import { mountEditor } from './mount-editor';
import { createOutputPanel } from './output-panel';
import { createResetControl } from './reset-control';
import { clearResults, renderResults } from './results-panel';
import { bindRuntimeStatus, showRuntime } from './runtime-status';
import { createSolutionPanel } from './solution-panel';
import { createUndoOffer } from './undo-offer';

const typeFilesOf = (data: ExercisePayload) => data.files.filter((f) => f.path.endsWith('.ts'));

export function mountExercise(section: HTMLElement): void {
  const found = readPayload(section);
  if (!found) return;
  const data: ExercisePayload = found;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(section, selector);
  const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);
  const status = q('[data-runtime-status]');
  const resultsEl = q('[data-results]');
  const lessonId = section.closest<HTMLElement>('[data-lesson-id]')?.dataset.lessonId;
  const persistence = createExercisePersistence(data.id, data.starter, lessonId);
  const output = createOutputPanel(q('[data-output-panel]'));
  const busy = createBusyState({ run: button('run'), check: button('check'), stop: button('stop') });
  let failedCheckSeen = false;
  let restoring = false;

  const problem = environmentProblem(data.language, detectAbilities());
  let runner: Promise<Runner> | undefined;
  const useRunner = () => {
    runner ??= getRunner(data.language).then(
      (r) => {
        bindRuntimeStatus(status, data.language, r);
        r.warmUp();
        return r;
      },
      (error: unknown) => {
        runner = undefined; // the next Run or Check tries again (the connection may be back)
        throw error;
      },
    );
    return runner;
  };

  const editor = mountEditor(q('[data-code-area]'), {
    language: data.language,
    path: `exercises/${data.id}/solution.${data.language === 'python' ? 'py' : 'ts'}`,
    typeFiles: typeFilesOf(data),
    hasCheck: true,
    onShortcut: (action) => void perform(action),
    onFirstUse: () => {
      persistence.markLocation();
      if (!problem) void useRunner().catch(() => undefined);
    },
  });
  const undo = createUndoOffer(q('[data-undo-note]'), editor);
  const hints = createHintsPanel(section.querySelector('[data-hints]'), (n) => persistence.recordHints(n));
  const solution = createSolutionPanel(section.querySelector('[data-solution]'), {
    solution: data.solution,
    getCode: () => editor.getValue(),
    copyIn: () => {
      const previous = editor.getValue();
      editor.setValue(data.solution);
      undo.offer('The solution is now in your editor.', 'Undo: put my code back', previous);
    },
  });
  const offerSolutionIfDue = () => {
    if (solutionOffered(data.showSolution, failedCheckSeen)) solution.offer();
  };
  // Whether the store already holds a pass for this exercise (then later passes need not be stored before shown).
  let passStored = false;
  const showDone = () => {
    q('[data-done]').hidden = false;
    document.dispatchEvent(new CustomEvent('cwc:exercise-passed', { detail: { id: data.id } }));
  };
  const goTo = (line: number, column?: number) => editor.revealLine(line, column);

  editor.onChange((code) => {
    solution.refresh();
    if (!restoring) persistence.saveSoon(code);
  });

  async function perform(action: ExerciseAction): Promise<void> {
    if (busy.busy || problem) return;
    let recorded: Promise<void> | undefined;
    persistence.markLocation();
    const code = editor.getValue();
    editor.markLine(undefined);
    const signal = busy.start(action);
    try {
      const r = await useRunner();
      if (action === 'run') {
        output.start();
        const result = await r.run(
          { mode: 'run', code, files: data.files, timeLimitMs: data.timeLimitMs, ...(data.stdin ? { stdin: data.stdin } : {}) },
          { signal, onOutput: (text, stream) => output.append(text, stream), onInput: (prompt) => output.ask(prompt) },
        );
        output.cancelAsk();
        const view = runView(result, data.language);
        output.finish(view, goTo);
        if (view.mark) editor.markLine(view.mark);
        return;
      }
      resultsEl.dataset.tone = 'busy';
      resultsEl.replaceChildren(Object.assign(document.createElement('p'), { className: 'results-headline', textContent: 'Checking your code…' }));
      const results = await r.run(
        { mode: 'check', code, tests: data.tests, files: data.files, timeLimitMs: data.timeLimitMs, typeErrorsBlockTests: data.typeErrorsBlockTests, ...(data.stdin ? { stdin: data.stdin } : {}) },
        { signal },
      );
      const view = resultsView(results, data.language);
      if (view.tone !== 'stopped' && results.problem !== 'internal') {
        recorded = persistence.recordCheck(view.passed, code).then(() => {
          if (view.passed) passStored = true;
        });
      }
      // A first pass is stored before it is shown: a learner who reloads the moment they see "Well done" keeps it.
      // Any other result is shown at once and stored just after (a pass, if there was one, is already kept).
      if (view.passed && !passStored) await recorded;
      renderResults(resultsEl, view, goTo);
      if (view.mark) editor.markLine(view.mark);
      if (view.passed) showDone();
      if (view.failedAttempt || view.passed) failedCheckSeen = true;
      offerSolutionIfDue();
    } catch (error) {
      console.error('[exercise] the runner failed', error);
      const text = `${data.language === 'python' ? 'Python' : 'TypeScript'} could not start here. This is not your fault: check your connection and try again, or reload the page.`;
      if (action === 'run') output.cancelAsk();
      showRuntime(status, { text, tone: 'warning' });
      clearResults(resultsEl);
      resultsEl.replaceChildren(Object.assign(document.createElement('p'), { className: 'results-headline', textContent: text }));
    } finally {
      busy.end(action);
    }
    await recorded;
  }

  button('check').addEventListener('click', () => void perform('check'));
  button('run').addEventListener('click', () => void perform('run'));

  const reset = createResetControl(section, editor, data.starter, undo, persistence);

  if (problem) {
    showRuntime(status, { text: problem, tone: 'warning' });
  } else {
    for (const action of ['check', 'run']) button(action).disabled = false;
    // Python takes a while to download, so it starts as soon as the page is ready; TypeScript on first use or idle.
    if (data.language === 'python') void useRunner().catch(() => undefined);
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void useRunner().catch(() => undefined), { timeout: 4000 });
  }
  offerSolutionIfDue();

  void persistence.restore().then((saved) => {
    if (!saved) return;
    // Typing that began before the store answered wins over the stored copy.
    if (editor.getValue() === data.starter && saved.code !== data.starter) {
      restoring = true;
      editor.setValue(saved.code);
      restoring = false;
    }
    hints.restore(saved.hintsUsed);
    if (saved.passed) {
      passStored = true;
      showDone();
    }
    if (saved.attempts > 0) failedCheckSeen = true;
    offerSolutionIfDue();
    reset.showStarterNotice(saved.starterChanged);
  });
  section.dataset.ready = 'true';
}
