/**
 * What this browser lets the course do, explained by what the learner experiences, not by technology: in a
 * locked-down browser (an NHS desktop, a private window) they are told exactly what does not work and what still
 * does, instead of meeting a mysteriously broken button.
 *
 *   const report = await detectCapabilities();
 *   for (const c of report.problems) showNote(c.title, c.explanation); // 'unavailable' first, then 'limited'
 */

export interface Environment {
  /** https (or localhost): service workers and some storage need it. */
  secureContext: boolean;
  /** navigator.serviceWorker exists (false in some private windows and managed browsers). */
  serviceWorker: boolean;
  /** Registering the service worker failed (e.g. blocked by policy), where known. */
  serviceWorkerFailed?: boolean;
  /** The page is already controlled by our service worker. */
  serviceWorkerControlling?: boolean;
  /** A Web Worker could be started. */
  workers: boolean;
  /** WebAssembly could compile a module (false when switched off by policy or a strict security mode). */
  webAssembly: boolean;
  indexedDB: boolean;
  localStorage: boolean;
  /** crossOriginIsolated and SharedArrayBuffer are both available. */
  crossOriginIsolated: boolean;
}

export type CapabilityId = 'run-code' | 'python' | 'saving' | 'offline' | 'stop-and-input';
export type Level = 'ok' | 'limited' | 'unavailable';

export interface Capability {
  id: CapabilityId;
  level: Level;
  /** A short heading, e.g. "Saving your progress". */
  title: string;
  /** What does not work, why in one clause, and what still does. Empty when level is 'ok'. */
  explanation: string;
}

export interface CapabilityReport {
  capabilities: Capability[];
  /** Those not 'ok', 'unavailable' first. */
  problems: Capability[];
}

const ok = (id: CapabilityId, title: string): Capability => ({ id, level: 'ok', title, explanation: '' });

export function explainCapabilities(env: Environment): CapabilityReport {
  const runCode: Capability = env.workers
    ? ok('run-code', 'Running and checking your code')
    : {
        id: 'run-code',
        level: 'unavailable',
        title: 'Running and checking your code',
        explanation:
          "This browser blocks the background workers the course uses to run your code safely, so the Run and Check buttons can't work here. You can still read every lesson and write code, and your progress is saved. Try another browser, or your own device.",
      };
  const python: Capability = !env.workers
    ? {
        id: 'python',
        level: 'unavailable',
        title: 'Python exercises',
        explanation: 'Python runs in the same background workers, so Python exercises cannot run here either.',
      }
    : env.webAssembly
      ? ok('python', 'Python exercises')
      : {
          id: 'python',
          level: 'unavailable',
          title: 'Python exercises',
          explanation:
            'This browser has WebAssembly switched off (some organisations do this for security), and Python needs it to run in your browser. TypeScript exercises, every lesson and saving your progress still work. On another browser or your own device, Python will work too.',
        };
  const saving: Capability =
    env.indexedDB || env.localStorage
      ? ok('saving', 'Saving your progress')
      : {
          id: 'saving',
          level: 'unavailable',
          title: 'Saving your progress',
          explanation:
            'This browser isn\'t letting the course store anything on this device (often the case in private windows), so your progress is only kept until you close this tab. Everything else works. Use "Export my progress" before you close the tab to keep a copy.',
        };
  const offline: Capability =
    env.secureContext && env.serviceWorker && !env.serviceWorkerFailed
      ? ok('offline', 'Using the course offline')
      : {
          id: 'offline',
          level: 'limited',
          title: 'Using the course offline',
          explanation: env.secureContext
            ? "This browser isn't letting the course save a copy of itself for offline use (service workers are switched off, perhaps by your organisation or a private window). Everything works while you are connected; you'll just need a connection each time you open it."
            : "The course is being served without https, so the browser won't let it save a copy of itself for offline use. Everything works while you are connected.",
        };
  const selfFixing = env.secureContext && env.serviceWorker && !env.serviceWorkerFailed && !env.serviceWorkerControlling;
  const stopAndInput: Capability = env.crossOriginIsolated
    ? ok('stop-and-input', 'Stop button and typed input')
    : {
        id: 'stop-and-input',
        level: 'limited',
        title: 'Stop button and typed input',
        explanation:
          'Your code runs and is checked as normal. Two extras are limited: Stop restarts Python, which takes a few seconds, instead of stopping your code at once; and programs that ask for typed input use the exercise\'s example answers instead of asking you.' +
          (selfFixing ? ' This usually sorts itself out once the course has saved itself for offline use and the page reloads.' : ''),
      };
  const capabilities = [runCode, python, saving, offline, stopAndInput];
  const rank: Record<Level, number> = { unavailable: 0, limited: 1, ok: 2 };
  const problems = capabilities.filter((c) => c.level !== 'ok').sort((a, b) => rank[a.level] - rank[b.level]);
  return { capabilities, problems };
}

/** The smallest valid WebAssembly module: compiling it proves WebAssembly is allowed, not merely defined. */
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function attempt(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

function indexedDbOpens(factory: IDBFactory | undefined, timeoutMs: number): Promise<boolean> {
  if (!factory) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = (result: boolean) => {
      clearTimeout(timer);
      resolve(result);
    };
    try {
      const request = factory.open('cwc-capability-probe');
      request.onsuccess = () => {
        request.result.close();
        factory.deleteDatabase('cwc-capability-probe');
        done(true);
      };
      request.onerror = () => done(false);
    } catch {
      done(false);
    }
  });
}

/** Probes the real browser. Each probe is tried, not assumed from a feature's mere presence. */
export async function readEnvironment(g: typeof globalThis = globalThis, serviceWorkerFailed?: boolean): Promise<Environment> {
  const nav = g.navigator as Navigator | undefined;
  const workers = attempt(() => {
    const url = URL.createObjectURL(new Blob([''], { type: 'text/javascript' }));
    new Worker(url).terminate();
    URL.revokeObjectURL(url);
    return true;
  });
  const env: Environment = {
    secureContext: g.isSecureContext === true,
    serviceWorker: attempt(() => !!nav?.serviceWorker),
    serviceWorkerControlling: attempt(() => !!nav?.serviceWorker?.controller),
    workers,
    webAssembly: attempt(() => typeof WebAssembly === 'object' && new WebAssembly.Module(EMPTY_WASM) instanceof WebAssembly.Module),
    indexedDB: await indexedDbOpens(attempt(() => !!g.indexedDB) ? g.indexedDB : undefined, 2000),
    localStorage: attempt(() => {
      g.localStorage.setItem('cwc-capability-probe', '1');
      g.localStorage.removeItem('cwc-capability-probe');
      return true;
    }),
    crossOriginIsolated: g.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function',
  };
  if (serviceWorkerFailed !== undefined) env.serviceWorkerFailed = serviceWorkerFailed;
  return env;
}

/** Probes the browser and explains the result. Pass `offline.failed` from registerServiceWorker when known. */
export async function detectCapabilities(options: { serviceWorkerFailed?: boolean } = {}): Promise<CapabilityReport> {
  return explainCapabilities(await readEnvironment(globalThis, options.serviceWorkerFailed));
}
