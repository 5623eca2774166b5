/**
 * How the benchmark reads the exercise block's state from the page, without any code of its own in the product.
 * One place to change if the markup changes. What it relies on (src/components/exercise/ExerciseBlock.astro):
 *
 * - the exercise root: `[data-exercise][data-language="python|typescript"]` (or `[data-exercise-id]`);
 * - the runtime's state: `data-runtime-state="idle|loading|ready|running|restarting|unavailable"` on the root or
 *   an element inside it (RuntimeState.status) where the block provides it; otherwise the words of
 *   src/lib/exercise/runtime-message.ts in its `[data-runtime-status]` line;
 * - the Check results and Run output: `[data-results]`, `[data-output]` and the `[aria-live]` regions inside the
 *   root, updated when a Check or Run finishes; while one runs, Run and Check are `aria-disabled="true"` (or the
 *   results say `data-tone="busy"`, or a region is `aria-busy="true"`);
 * - buttons named Run, Check and Stop inside the root; the editor's <textarea>; Monaco's `.monaco-editor`.
 */
export const CONTRACT = {
  exercise: '[data-exercise][data-language], [data-exercise-id][data-language]',
  stateAttribute: 'data-runtime-state',
  statusText: '[data-runtime-status], [role="status"]',
  panels: '[data-results], [data-output], [aria-live]',
  busy: '[aria-busy="true"], [data-results][data-tone="busy"], [data-action="run"][aria-disabled="true"], [data-action="check"][aria-disabled="true"]',
  monacoLines: '.monaco-editor .view-lines',
};

/** A CSS selector for the exercise blocks of one language. */
export const exerciseSelector = (lang) =>
  CONTRACT.exercise.split(',').map((s) => `${s.trim()}[data-language="${lang}"]`).join(', ');

/**
 * Runs in every page before the page's own scripts (context.addInitScript). It records, with performance.now()
 * (milliseconds since navigation start), when named conditions first hold: a MutationObserver re-tests them on
 * every DOM change, so the time is that of the change itself, not of a poll. Self-contained: it is serialised.
 */
export function installProbe(contract) {
  const bench = { watchers: {}, clicks: [], panelChanged: {}, crossOriginIsolated: self.crossOriginIsolated };
  window.__bench = bench;
  const TEXT_STATES = [
    [/is ready\.?$/, 'ready'], [/Running your code/, 'running'], [/is restarting/, 'restarting'],
    [/is loading/, 'loading'], [/starts when you need it/, 'idle'],
  ];
  const root = (lang) => [...document.querySelectorAll(contract.exercise)].find((el) => el.getAttribute('data-language') === lang);
  bench.stateSource = null;
  bench.state = (lang) => {
    const el = root(lang);
    if (!el) return null;
    const holder = el.hasAttribute(contract.stateAttribute) ? el : el.querySelector(`[${contract.stateAttribute}]`);
    if (holder) { bench.stateSource = 'attribute'; return holder.getAttribute(contract.stateAttribute); }
    for (const status of el.querySelectorAll(contract.statusText)) {
      const text = status.textContent.trim();
      for (const [pattern, state] of TEXT_STATES) if (pattern.test(text)) { bench.stateSource = 'text'; return state; }
      // "unavailable" has no fixed words (it is the reason); runtime-status.ts marks it with the warning tone.
      if (status.getAttribute('data-tone') === 'warning') { bench.stateSource = 'text'; return 'unavailable'; }
    }
    return null;
  };
  bench.stateText = (lang) => root(lang)?.querySelector(contract.statusText)?.textContent.trim().slice(0, 240) ?? null;
  const settled = (lang) => {
    const state = bench.state(lang);
    if (state === 'running' || state === 'loading' || state === 'restarting') return false;
    return !root(lang)?.querySelector(contract.busy);
  };
  const lastClick = (name) => [...bench.clicks].reverse().find((c) => name === undefined || Boolean(c.name?.startsWith(name)));
  const TESTS = {
    state: (w) => bench.state(w.lang) === w.state,
    // A panel changed after the click and the block has settled (not running, not busy), optionally in a state.
    panel: (w) => {
      const click = lastClick(w.button);
      return click?.t > w.armedAt && (bench.panelChanged[w.lang] ?? -1) > click.t && settled(w.lang)
        && (!w.state || bench.state(w.lang) === w.state);
    },
    // Monaco is showing the code (its view lines hold text) after a click in the editor.
    monaco: (w) => {
      const click = lastClick();
      const lines = root(w.lang)?.querySelector(contract.monacoLines);
      return click?.t > w.armedAt && Boolean(lines?.textContent.trim());
    },
  };
  const test = () => {
    const now = performance.now();
    for (const w of Object.values(bench.watchers)) {
      if (w.t === undefined && TESTS[w.kind](w)) w.t = now;
    }
  };
  bench.arm = (name, spec) => { bench.watchers[name] = { ...spec, armedAt: performance.now() }; test(); };
  bench.time = (name) => bench.watchers[name]?.t;
  bench.clickTime = (name) => lastClick(name)?.t;
  // What the panels say, for the details in results.json (a sanity check that a Check really passed, etc.).
  bench.panelText = (lang, selector = contract.panels) => [...(root(lang)?.querySelectorAll(selector) ?? [])]
    .map((p) => p.textContent.trim()).filter(Boolean).join(' | ').slice(0, 300);
  // Ready after navigation, for whichever runtime the page has.
  bench.arm('ready:python', { kind: 'state', lang: 'python', state: 'ready' });
  bench.arm('ready:typescript', { kind: 'state', lang: 'typescript', state: 'ready' });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const el = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      const panel = el?.closest?.(contract.panels);
      const lang = panel?.closest(contract.exercise)?.getAttribute('data-language');
      if (lang) bench.panelChanged[lang] = now;
    }
    test();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Capture phase, so the time is the click's own (event.timeStamp), before any handler runs.
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    bench.clicks.push({ t: event.timeStamp, name: button ? button.textContent.trim() : null });
  }, true);
}
