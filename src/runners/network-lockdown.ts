/**
 * Closes the network to learner code inside a runner's worker. The page's Content-Security-Policy does not reach
 * a dedicated worker (a worker takes its policy from its own response headers, which a plain static host does not
 * send), so each worker, once its runtime has loaded, replaces the ways out: fetch and XMLHttpRequest may only
 * reach the site's own origin, and WebSocket, EventSource and cross-origin importScripts are refused. The service
 * worker's CSP header on worker scripts is the second layer where it is installed.
 */

export const NETWORK_REFUSED =
  'This course does not let code connect to other websites: everything you do stays on this device.';

type Scope = {
  location: { href: string; origin: string };
  fetch?: (input: unknown, init?: unknown) => Promise<unknown>;
  XMLHttpRequest?: { prototype: { open: (...args: unknown[]) => void } };
  WebSocket?: unknown;
  EventSource?: unknown;
  Worker?: unknown;
  SharedWorker?: unknown;
  importScripts?: (...urls: string[]) => void;
  navigator?: { sendBeacon?: unknown };
};

function sameOrigin(scope: Scope, url: unknown): boolean {
  try {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : (url as { url?: string })?.url ?? String(url);
    return new URL(href, scope.location.href).origin === scope.location.origin;
  } catch {
    return false;
  }
}

/** Replaces the scope's network entry points. Call once, after the runtime has loaded what it needs. */
export function lockDownNetwork(scope: Scope = globalThis as unknown as Scope): void {
  const refuse = () => {
    throw new TypeError(NETWORK_REFUSED);
  };
  const realFetch = scope.fetch?.bind(scope);
  if (realFetch) {
    const guarded = (input: unknown, init?: unknown) =>
      sameOrigin(scope, input) ? realFetch(input, init) : Promise.reject(new TypeError(NETWORK_REFUSED));
    Object.defineProperty(scope, 'fetch', { value: guarded, writable: false, configurable: false });
  }
  const xhr = scope.XMLHttpRequest?.prototype;
  if (xhr) {
    const open = xhr.open;
    Object.defineProperty(xhr, 'open', {
      value: function (this: unknown, method: unknown, url: unknown, ...rest: unknown[]) {
        if (!sameOrigin(scope, url)) refuse();
        return open.call(this, method, url, ...rest);
      },
      writable: false,
      configurable: false,
    });
  }
  // A plain function (not an arrow) so `new WebSocket(...)` reaches it and gets the message.
  const Refused = function Refused() {
    refuse();
  };
  // A worker started from inside this one (from a blob: URL, say) would come with a clean fetch of its own.
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker'] as const) {
    if (name in scope) Object.defineProperty(scope, name, { value: Refused, writable: false, configurable: false });
  }
  const importScripts = scope.importScripts?.bind(scope);
  if (importScripts) {
    Object.defineProperty(scope, 'importScripts', {
      value: (...urls: string[]) => (urls.every((u) => sameOrigin(scope, u)) ? importScripts(...urls) : refuse()),
      writable: false,
      configurable: false,
    });
  }
  if (scope.navigator && 'sendBeacon' in scope.navigator) {
    Object.defineProperty(scope.navigator, 'sendBeacon', { value: refuse, writable: false, configurable: false });
  }
}
