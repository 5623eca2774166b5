/**
 * Offline and locked-down browsers, on every page: registers the service worker (production builds only), shows
 * the "new version" prompt so the learner reloads when it suits them, an offline indicator, and a plain
 * explanation when the browser blocks something the course needs (workers, WebAssembly, storage...).
 */
import { detectCapabilities, registerServiceWorker } from '../lib/offline';

function showCapabilityNotes(problems: Awaited<ReturnType<typeof detectCapabilities>>['problems']): void {
  const box = document.querySelector<HTMLElement>('[data-capability-notes]');
  const serious = problems.filter((p) => p.level === 'unavailable');
  if (!box || serious.length === 0) return;
  box.replaceChildren(
    ...serious.flatMap((p) => [
      Object.assign(document.createElement('h2'), { textContent: p.title }),
      Object.assign(document.createElement('p'), { textContent: p.explanation }),
    ]),
  );
  box.hidden = false;
}

function init(): void {
  const indicator = document.querySelector<HTMLElement>('[data-offline-indicator]');
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  if (!import.meta.env.PROD) {
    void detectCapabilities().then((r) => showCapabilityNotes(r.problems));
    return;
  }
  const offline = registerServiceWorker({
    base: import.meta.env.BASE_URL,
    // Never reload a page under a learner who may be typing, with Python already starting: the first visit's
    // install would otherwise restart the runtime. Such a page is isolated from the next page on.
    mayReloadForIsolation: () => !document.querySelector('[data-exercise]'),
  });
  const showOffline = (online: boolean) => {
    if (indicator) indicator.hidden = online;
  };
  showOffline(offline.online);
  offline.onConnectivityChange(showOffline);
  offline.onUpdateReady(() => {
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('[data-apply-update]')?.addEventListener('click', () => offline.applyUpdate(), { once: true });
  });
  void detectCapabilities({ serviceWorkerFailed: offline.failed }).then((r) => showCapabilityNotes(r.problems));
}

init();
