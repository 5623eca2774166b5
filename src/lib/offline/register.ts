/**
 * The page's side of offline support: registers dist/sw.js under the site's base path, tells the page when a new
 * version is ready (the learner reloads when it suits them), tracks online/offline, and makes the page
 * cross-origin isolated on hosts that cannot send COOP/COEP (one reload after the first install, never a loop).
 *
 *   const offline = registerServiceWorker({ base: import.meta.env.BASE_URL });
 *   offline.onUpdateReady(() => showBanner('A new version of the course is ready.', 'Reload', offline.applyUpdate));
 *   offline.onConnectivityChange((online) => indicator.hidden = online);
 */

/** sessionStorage key marking that we already reloaded once for isolation in this tab. */
export const ISOLATION_RELOAD_KEY = 'cwc-isolation-reload';

export type IsolationState = 'isolated' | 'not-isolated';

export interface OfflineOptions {
  /** The site's base path, ending in "/" (import.meta.env.BASE_URL). */
  base: string;
  /** Browser objects, for tests; default the real ones. */
  window?: Window;
  /**
   * Whether this page may reload itself to become isolated (default: yes). A page where the learner may already be
   * typing, and a runtime is already starting, says no: it becomes isolated on the next page the learner opens.
   */
  mayReloadForIsolation?: () => boolean;
}

export interface OfflineController {
  /** False when this browser cannot use service workers (the course still works online). */
  readonly supported: boolean;
  /** Registration failed (e.g. blocked by policy); pass to detectCapabilities. */
  readonly failed: boolean;
  /** Resolves true once the whole course is cached and works offline; false if that cannot happen. */
  readonly offlineReady: Promise<boolean>;
  readonly updateReady: boolean;
  /** Called once a new version has been downloaded and is waiting. Returns an unsubscribe function. */
  onUpdateReady(listener: () => void): () => void;
  /** Switches to the waiting version; every open tab of the course reloads to it. */
  applyUpdate(): void;
  /** Asks the server whether there is a new version (also done on reconnecting). */
  checkForUpdate(): Promise<void>;
  readonly online: boolean;
  onConnectivityChange(listener: (online: boolean) => void): () => void;
  /** Whether this page is cross-origin isolated (fast Stop, interactive input()). */
  readonly isolation: IsolationState;
}

/**
 * Whether to reload to become isolated: only when our service worker controls the page (so the reload will carry
 * the headers) and we have not already tried in this tab (so a host or browser that refuses cannot cause a loop).
 */
export function isolationAction(state: { isolated: boolean; controlled: boolean; alreadyTried: boolean }): 'none' | 'reload' | 'give-up' {
  if (state.isolated || !state.controlled) return 'none';
  return state.alreadyTried ? 'give-up' : 'reload';
}

function session(win: Window): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}

export function registerServiceWorker(options: OfflineOptions): OfflineController {
  const win = options.window ?? window;
  const container = win.isSecureContext ? win.navigator.serviceWorker : undefined;
  const store = session(win);
  const updateListeners = new Set<() => void>();
  const connectivityListeners = new Set<(online: boolean) => void>();
  let registration: ServiceWorkerRegistration | undefined;
  let updateReady = false;
  let failed = false;
  let reloading = false;
  const isolation: IsolationState = win.crossOriginIsolated ? 'isolated' : 'not-isolated';

  const reload = () => {
    if (reloading) return;
    reloading = true;
    win.location.reload();
  };
  const markUpdateReady = () => {
    if (updateReady) return;
    updateReady = true;
    for (const listener of updateListeners) listener();
  };
  const checkIsolation = () => {
    const action = isolationAction({
      isolated: win.crossOriginIsolated === true,
      controlled: !!container?.controller,
      alreadyTried: store?.getItem(ISOLATION_RELOAD_KEY) === '1',
    });
    if (win.crossOriginIsolated) store?.removeItem(ISOLATION_RELOAD_KEY);
    if (action === 'reload' && (options.mayReloadForIsolation?.() ?? true)) {
      // Happens once, right after the first visit's install finishes (autosave flushes on pagehide).
      store?.setItem(ISOLATION_RELOAD_KEY, '1');
      reload();
    }
  };

  win.addEventListener('online', () => {
    for (const listener of connectivityListeners) listener(true);
    void controller.checkForUpdate();
  });
  win.addEventListener('offline', () => {
    for (const listener of connectivityListeners) listener(false);
  });

  let offlineReady: Promise<boolean> = Promise.resolve(false);
  if (container) {
    let controlled = !!container.controller;
    container.addEventListener('controllerchange', () => {
      // A controlled page only changes controller when a new version took over (skip-waiting): reload so the page
      // runs whole on the new version. An uncontrolled page was just claimed by the first install.
      if (controlled) reload();
      else {
        controlled = true;
        checkIsolation();
      }
    });
    const registered = container
      .register(`${options.base}sw.js`, { scope: options.base, updateViaCache: 'none' })
      .then((reg) => {
        registration = reg;
        if (reg.waiting && container.controller) markUpdateReady();
        reg.addEventListener('updatefound', () => {
          const incoming = reg.installing;
          incoming?.addEventListener('statechange', () => {
            if (incoming.state === 'installed' && container.controller) markUpdateReady();
          });
        });
        return true;
      })
      .catch((error: unknown) => {
        failed = true;
        console.warn('[offline] service worker registration failed', error);
        return false;
      });
    offlineReady = registered.then((ok) => (ok ? container.ready.then(() => true) : false));
    checkIsolation();
  }

  const controller: OfflineController = {
    supported: !!container,
    get failed() {
      return failed;
    },
    offlineReady,
    get updateReady() {
      return updateReady;
    },
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (updateReady) listener();
      return () => updateListeners.delete(listener);
    },
    applyUpdate() {
      const waiting = registration?.waiting;
      if (waiting) waiting.postMessage({ type: 'skip-waiting' });
      else reload();
    },
    async checkForUpdate() {
      try {
        await registration?.update();
      } catch {
        // Offline or the server is unreachable: try again next time we are online.
      }
    },
    get online() {
      return win.navigator.onLine !== false;
    },
    onConnectivityChange(listener) {
      connectivityListeners.add(listener);
      return () => connectivityListeners.delete(listener);
    },
    isolation,
  };
  return controller;
}
