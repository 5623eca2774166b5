/**
 * Starting the Python worker while the page is still loading. The exercise block's own script runs only once the
 * whole page and its modules have loaded, and then imports the runner: on a first visit that is a few hundred
 * milliseconds in which Pyodide could already be downloading. So a page with a Python exercise carries
 * EARLY_WORKER_SCRIPT inline (EarlyPythonWorker.astro), which starts the worker the moment the parser reaches it,
 * and the runner takes that worker (takeEarlyWorker) instead of starting its own. The worker waits for the
 * runner's init message (its secret, its shared buffers) before it runs anything of the learner's.
 *
 * The script is a classic inline script, so the page's Content-Security-Policy allows it by its hash
 * (EARLY_WORKER_SCRIPT_HASH, added in src/lib/offline/csp.ts; a test checks the two match). It starts the worker
 * exactly as blob-worker.ts does, through a blob: bootstrap, so the worker inherits the page's policy.
 */

/** Where the page keeps the workers started early, by language. */
export const EARLY_WORKERS = '__cwcEarlyWorkers';

/** The attribute of the script element that holds the worker script's URL. */
export const EARLY_WORKER_URL_ATTRIBUTE = 'data-python-worker';

export const EARLY_WORKER_SCRIPT = `(function () {
  var script = document.currentScript;
  var early = window.${EARLY_WORKERS} = window.${EARLY_WORKERS} || {};
  if (early.python || !script || typeof Worker !== 'function' || typeof WebAssembly !== 'object') return;
  try {
    var url = new URL(script.getAttribute('${EARLY_WORKER_URL_ATTRIBUTE}'), location.href).href;
    var blob = URL.createObjectURL(new Blob(['import ' + JSON.stringify(url) + ';\\n'], { type: 'text/javascript' }));
    var worker = new Worker(blob, { type: 'module', name: 'python' });
    early.python = { worker: worker, failed: false };
    worker.addEventListener('error', function () { early.python.failed = true; });
    setTimeout(function () { URL.revokeObjectURL(blob); }, 30000);
  } catch (error) {}
})();`;

/** sha256 of EARLY_WORKER_SCRIPT, as a CSP source expression's value. */
export const EARLY_WORKER_SCRIPT_HASH = 'sha256-5vyk5hHPjmVdDpefYOD29V2Hg6JjG0B0eR8oyg4AlSg=';

interface EarlyEntry {
  worker: Worker;
  failed: boolean;
}

/**
 * The Python worker the page started early, once: later calls (a restart after Stop) get undefined and start a
 * new one. A worker that already failed to load (its script could not be fetched) is not handed over, since its
 * error was reported before anyone listened: the runner starts a fresh one, which reports its own.
 */
export function takeEarlyWorker(scope: object = globalThis): Worker | undefined {
  const early = (scope as Record<string, Record<string, EarlyEntry | undefined> | undefined>)[EARLY_WORKERS];
  const entry = early?.python;
  if (!early || !entry) return undefined;
  early.python = undefined;
  if (!entry.failed) return entry.worker;
  entry.worker.terminate();
  return undefined;
}
