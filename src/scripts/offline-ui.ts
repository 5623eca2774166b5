/**
 * Offline and locked-down browsers, on every page: registers the service worker (production builds only), shows
 * the "new version" prompt so the learner reloads when it suits them, an offline indicator, and a plain
 * explanation when the browser blocks something the course needs (workers, WebAssembly, storage...).
 */
import { detectCapabilities, registerServiceWorker } from '../lib/offline';

function showCapabilityNotes(problems: Awaited<ReturnType<typeof detectCapabilities>>['problems']): void {
  const box = document.querySelector<HTMLElement>('[data-capability-notes]');
  // What cannot work at all, and offline use when the browser refuses it (saving has its own banner, fed by the
  // store's real state; a page not yet isolated sorts itself out and is explained where it matters, at Stop).
  const serious = problems.filter((p) => (p.level === 'unavailable' && p.id !== 'saving') || p.id === 'offline');
  if (!box || serious.length === 0) return;
  box.replaceChildren(
    ...serious.flatMap((p) => [
      Object.assign(document.createElement('h2'), { textContent: p.title }),
      Object.assign(document.createElement('p'), { textContent: p.explanation }),
    ]),
  );
  box.hidden = false;
}

/** Blocks that start a runtime as the page loads: exercises and playgrounds. */
const WITH_RUNTIME = '[data-exercise], [data-playground]';

/**
 * On a page with an exercise or a playground, the first visit's service worker install (the whole course, about 27 MB) would
 * compete with Python starting for the network and both cores. Start it once the runtimes have settled (ready, or
 * unavailable), or after 20 seconds at the latest.
 */
function afterRuntimesSettle(start: () => void): void {
  const states = [...document.querySelectorAll<HTMLElement>(`:is(${WITH_RUNTIME}) [data-runtime-state]`)];
  if (states.length === 0) return start();
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const settled = () => states.every((el) => ['ready', 'unavailable'].includes(el.dataset.runtimeState ?? ''));
  const observer = new MutationObserver(() => settled() && go());
  for (const el of states) observer.observe(el, { attributes: true, attributeFilter: ['data-runtime-state'] });
  setTimeout(go, 20_000);
  if (settled()) go();
}

function init(): void {
  const indicator = document.querySelector<HTMLElement>('[data-offline-indicator]');
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const showOffline = (online: boolean) => {
    if (indicator) indicator.hidden = online;
  };
  showOffline(navigator.onLine);
  addEventListener('online', () => showOffline(true));
  addEventListener('offline', () => showOffline(false));
  if (!import.meta.env.PROD) {
    void detectCapabilities().then((r) => showCapabilityNotes(r.problems));
    return;
  }
  afterRuntimesSettle(() => {
    const offline = registerServiceWorker({
      base: import.meta.env.BASE_URL,
      // Never reload a page under a learner who may be typing, with Python already starting: the first visit's
      // install would otherwise restart the runtime. Such a page is isolated from the next page on.
      mayReloadForIsolation: () => !document.querySelector(WITH_RUNTIME),
    });
    offline.onUpdateReady(() => {
      if (!banner) return;
      banner.hidden = false;
      banner.querySelector('[data-apply-update]')?.addEventListener('click', () => offline.applyUpdate(), { once: true });
    });
    void detectCapabilities({ serviceWorkerFailed: offline.failed }).then((r) => showCapabilityNotes(r.problems));
    // Whether the browser refused the service worker is only known once registration has settled.
    void offline.offlineReady.then(async () => showCapabilityNotes((await detectCapabilities({ serviceWorkerFailed: offline.failed })).problems));
  });
}

init();
