/**
 * Runs the built sw.js in Node against fakes of the service worker globals (self, caches, fetch), so its install,
 * fetch, update and activate behaviour is tested on the real bundle, not a copy of its logic. Node provides the
 * real Request, Response, Headers and crypto.subtle.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: string | { url: string }): Promise<Response | undefined> {
    return this.entries.get(typeof request === 'string' ? request : request.url)?.clone();
  }
  async put(request: string | { url: string }, response: Response): Promise<void> {
    const body = await response.arrayBuffer();
    const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    this.entries.set(typeof request === 'string' ? request : request.url, copy);
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}

/** A static host serving a dist folder, the way hosts do ("guide/" serves guide/index.html). */
export class FakeHost {
  offline = false;
  readonly requested: string[] = [];
  /** Files served with different bytes than on disk (a stale CDN, a host that rewrites HTML). */
  readonly overrides = new Map<string, string>();
  constructor(
    public distDir: string,
    private readonly scope: string,
  ) {}

  fetch = async (input: string | { url: string }): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    if (this.offline) throw new TypeError('Failed to fetch');
    this.requested.push(url.pathname);
    let relative = decodeURIComponent(url.pathname.slice(new URL(this.scope).pathname.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const override = this.overrides.get(relative);
    if (override !== undefined) return new Response(override, { status: 200 });
    try {
      const body = await readFile(path.join(this.distDir, relative));
      const type = relative.endsWith('.wasm') ? 'application/wasm' : relative.endsWith('.html') ? 'text/html' : 'text/javascript';
      return new Response(body, { status: 200, headers: { 'Content-Type': type } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

type Listener = (event: unknown) => void;

export interface FakeRequest {
  url: string;
  method: string;
  mode: string;
  destination: string;
}

export function request(url: string, kind: 'navigate' | 'worker' | 'asset' = 'asset', method = 'GET'): FakeRequest {
  if (kind === 'navigate') return { url, method, mode: 'navigate', destination: 'document' };
  if (kind === 'worker') return { url, method, mode: 'same-origin', destination: 'worker' };
  return { url, method, mode: 'cors', destination: '' };
}

/** One running copy of sw.js. */
export class FakeServiceWorker {
  private readonly listeners = new Map<string, Listener>();
  claimed = 0;
  skippedWaiting = 0;

  constructor(source: string, scope: string, caches: FakeCacheStorage, host: FakeHost) {
    const self = {
      registration: { scope },
      clients: { claim: async () => void (this.claimed += 1) },
      skipWaiting: async () => void (this.skippedWaiting += 1),
      addEventListener: (type: string, listener: Listener) => this.listeners.set(type, listener),
    };
    new Function('self', 'caches', 'fetch', source)(self, caches, host.fetch);
  }

  private async extendable(type: string, extra: object = {}): Promise<void> {
    const pending: Promise<unknown>[] = [];
    this.listeners.get(type)?.({ ...extra, waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  }

  install(): Promise<void> {
    return this.extendable('install');
  }

  activate(): Promise<void> {
    return this.extendable('activate');
  }

  /** Dispatches a fetch event: undefined when the worker let the browser handle it. */
  async fetch(req: FakeRequest): Promise<Response | undefined> {
    let answer: Promise<Response> | undefined;
    this.listeners.get('fetch')?.({ request: req, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer;
  }

  message(data: unknown): unknown[] {
    const replies: unknown[] = [];
    this.listeners.get('message')?.({ data, source: { postMessage: (m: unknown) => replies.push(m) } });
    return replies;
  }
}
