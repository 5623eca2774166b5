/**
 * Driving one exercise block like a learner: put code in the editor, press a button, and time until the block
 * shows the outcome (click time to the DOM change, both read in the page; see ui-contract.mjs).
 */
import { settle } from './settle.mjs';
import { exerciseSelector } from './ui-contract.mjs';
import { addProbe, arm, clickTime, notReadyReason, timeOf, waitForReady } from './page-timing.mjs';

/**
 * Prepares a profile for timing Run, Check and Stop: the probe, and the learner's own "plain editor" choice, so
 * Monaco does not load in the middle of the timings (it has its own figure) and code can be typed reliably.
 */
export async function preparePlainEditor(context) {
  await addProbe(context);
  const key = await editorPreferenceKey();
  if (key) await context.addInitScript((k) => { try { localStorage.setItem(k, 'plain'); } catch { /* storage blocked */ } }, key);
}

/** The storage key of the site's editor choice, from the site's own module (Node runs the .ts directly). */
async function editorPreferenceKey() {
  try {
    return (await import('../../src/lib/editor/editor-preference.ts')).EDITOR_PREFERENCE_KEY;
  } catch {
    return null; // no editor choice in this version of the site: the default editor is used
  }
}

export class ExerciseBlock {
  constructor(page, language) {
    this.page = page;
    this.language = language;
    this.root = page.locator(exerciseSelector(language)).first();
    this.serial = 0;
  }

  /**
   * Opens the lesson in a fresh profile the way a learner's first minute goes: the offline set-up finishes
   * (service worker installed, the one reload for isolation), then the runtime is ready.
   */
  async open(url, { serviceWorker }) {
    await this.page.goto(url, { waitUntil: 'load' });
    const { isolated } = await settle(this.page, { serviceWorker });
    await this.ready();
    return { isolated };
  }

  /** Waits for the runtime to be ready (a learner would have read the lesson meanwhile). */
  async ready() {
    const { ms, state, text } = await waitForReady(this.page, this.language);
    if (ms === undefined) throw new Error(notReadyReason(this.language, state, text));
  }

  async setCode(code) {
    const editor = this.root.locator('textarea').first();
    await editor.fill(code);
  }

  button(name) {
    return this.root.getByRole('button', { name: new RegExp(`^${name}\\b`) }).first();
  }

  /** Presses `name` and resolves with milliseconds until the results/output panel settles (optionally in `state`). */
  async press(name, { state, timeout = 30_000 } = {}) {
    const watcher = `${name}-${++this.serial}`;
    await arm(this.page, watcher, { kind: 'panel', lang: this.language, button: name, state });
    await this.button(name).click();
    const done = await timeOf(this.page, watcher, timeout);
    return done - (await clickTime(this.page, name));
  }

  /** Presses Run and waits until the runtime says it is running (for Stop). */
  async startRun(timeout = 30_000) {
    const watcher = `running-${++this.serial}`;
    await arm(this.page, watcher, { kind: 'state', lang: this.language, state: 'running' });
    await this.button('Run').click();
    await timeOf(this.page, watcher, timeout);
  }

  /** What the results panel (Check) or the output panel (Run) says now. */
  panelText(which = 'results') {
    const selector = which === 'results' ? '[data-results]' : '[data-run-status], [data-output]';
    return this.page.evaluate(([l, s]) => window.__bench.panelText(l, s), [this.language, selector]);
  }
}
