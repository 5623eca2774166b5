import { describe, expect, test, vi } from 'vitest';
import { ISOLATION_RELOAD_KEY, isolationAction, registerServiceWorker } from '../../../src/lib/offline/register';
import { MemoryWebStorage } from '../progress/helpers';

class FakeWorker extends EventTarget {
  state = 'installing';
  postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
}

class FakeContainer extends EventTarget {
  registration = new FakeRegistration();
  register = vi.fn(async () => this.registration);
  ready = Promise.resolve(this.registration);
  constructor(public controller: object | null) {
    super();
  }
  takeControl() {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function fakeWindow(options: { controlled?: boolean; isolated?: boolean; secure?: boolean; triedBefore?: boolean } = {}) {
  const container = new FakeContainer(options.controlled ? {} : null);
  const sessionStorage = new MemoryWebStorage();
  if (options.triedBefore) sessionStorage.setItem(ISOLATION_RELOAD_KEY, '1');
  const win = Object.assign(new EventTarget(), {
    isSecureContext: options.secure ?? true,
    crossOriginIsolated: options.isolated ?? false,
    navigator: { serviceWorker: container, onLine: true },
    sessionStorage,
    location: { reload: vi.fn() },
  });
  return { win, container, sessionStorage, reload: win.location.reload };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('isolation reload decision', () => {
  test('reload once when controlled but not isolated; never again in this tab; never when uncontrolled', () => {
    expect(isolationAction({ isolated: false, controlled: true, alreadyTried: false })).toBe('reload');
    expect(isolationAction({ isolated: false, controlled: true, alreadyTried: true })).toBe('give-up');
    expect(isolationAction({ isolated: false, controlled: false, alreadyTried: false })).toBe('none');
    expect(isolationAction({ isolated: true, controlled: true, alreadyTried: true })).toBe('none');
  });
});

describe('registering the service worker', () => {
  test('registers sw.js under the base path, never through the HTTP cache', async () => {
    const { win, container } = fakeWindow();
    const offline = registerServiceWorker({ base: '/course/', window: win as unknown as Window });
    expect(container.register).toHaveBeenCalledWith('/course/sw.js', { scope: '/course/', updateViaCache: 'none' });
    expect(await offline.offlineReady).toBe(true);
    expect(offline.supported).toBe(true);
  });

  test('first visit: once the new worker takes control, the page reloads once to become isolated', async () => {
    const { win, container, sessionStorage, reload } = fakeWindow();
    registerServiceWorker({ base: '/', window: win as unknown as Window });
    await flush();
    expect(reload).not.toHaveBeenCalled();
    container.takeControl();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(ISOLATION_RELOAD_KEY)).toBe('1');
  });

  test('a page that may not reload (an exercise is on it) is left alone: isolation comes with the next page', async () => {
    const { win, container, sessionStorage, reload } = fakeWindow();
    registerServiceWorker({ base: '/', window: win as unknown as Window, mayReloadForIsolation: () => false });
    await flush();
    container.takeControl();
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(ISOLATION_RELOAD_KEY)).toBeNull();
  });

  test('after that reload, a page still not isolated does not reload again (no loop)', async () => {
    const { win, reload } = fakeWindow({ controlled: true, triedBefore: true });
    const offline = registerServiceWorker({ base: '/', window: win as unknown as Window });
    await flush();
    expect(reload).not.toHaveBeenCalled();
    expect(offline.isolation).toBe('not-isolated');
  });

  test('an isolated page clears the marker so a later reload can happen if ever needed', async () => {
    const { win, sessionStorage, reload } = fakeWindow({ controlled: true, isolated: true, triedBefore: true });
    const offline = registerServiceWorker({ base: '/', window: win as unknown as Window });
    expect(offline.isolation).toBe('isolated');
    expect(sessionStorage.getItem(ISOLATION_RELOAD_KEY)).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  test('a new version is announced when installed, waits, and is applied only when the page asks', async () => {
    const { win, container, reload } = fakeWindow({ controlled: true, isolated: true });
    const offline = registerServiceWorker({ base: '/', window: win as unknown as Window });
    const ready = vi.fn();
    offline.onUpdateReady(ready);
    await flush();
    const incoming = new FakeWorker();
    container.registration.installing = incoming;
    container.registration.dispatchEvent(new Event('updatefound'));
    incoming.become('installed');
    container.registration.waiting = incoming;
    expect(ready).toHaveBeenCalledOnce();
    expect(offline.updateReady).toBe(true);
    expect(reload).not.toHaveBeenCalled();

    offline.applyUpdate();
    expect(incoming.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
    container.takeControl();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a version already waiting at load is announced at once', async () => {
    const { win, container } = fakeWindow({ controlled: true, isolated: true });
    container.registration.waiting = new FakeWorker();
    const offline = registerServiceWorker({ base: '/', window: win as unknown as Window });
    await flush();
    const ready = vi.fn();
    offline.onUpdateReady(ready);
    expect(ready).toHaveBeenCalledOnce();
  });

  test('online and offline are reported; coming back online checks for a new version', async () => {
    const { win, container } = fakeWindow({ controlled: true, isolated: true });
    const offline = registerServiceWorker({ base: '/', window: win as unknown as Window });
    await flush();
    const seen: boolean[] = [];
    offline.onConnectivityChange((online) => seen.push(online));
    win.dispatchEvent(new Event('offline'));
    win.dispatchEvent(new Event('online'));
    expect(seen).toEqual([false, true]);
    expect(container.registration.update).toHaveBeenCalledOnce();
  });

  test('without https or with registration blocked, it says so and the course carries on', async () => {
    const insecure = registerServiceWorker({ base: '/', window: fakeWindow({ secure: false }).win as unknown as Window });
    expect(insecure.supported).toBe(false);
    expect(await insecure.offlineReady).toBe(false);

    const { win, container } = fakeWindow();
    container.register.mockRejectedValueOnce(new DOMException('blocked', 'SecurityError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked = registerServiceWorker({ base: '/', window: win as unknown as Window });
    expect(await blocked.offlineReady).toBe(false);
    expect(blocked.failed).toBe(true);
    warn.mockRestore();
  });
});
