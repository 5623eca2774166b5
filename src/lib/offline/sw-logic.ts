/**
 * The service worker's decisions, as pure functions so they are tested in Node: which requests it answers, which
 * responses get the cross-origin isolation headers, where a URL lives in the precache, and which caches are old.
 * Imports nothing from the DOM or Node, so the same code is bundled into sw.js.
 */

/** One precached file. */
export interface PrecacheEntry {
  /** URL relative to the service worker's scope (the site's base), e.g. "python-first-steps/functions/". */
  url: string;
  /** First 16 hex digits of the SHA-256 of the file's bytes. */
  hash: string;
  /** Bytes. */
  size: number;
}

export interface PrecacheManifest {
  /** Hash of every entry's URL and hash: changes whenever any file changes. */
  version: string;
  entries: PrecacheEntry[];
  totalBytes: number;
}

export const CACHE_PREFIX = 'cwc-precache-';

/** One cache per build, so an update is installed beside the old version and swapped in whole. */
export function cacheName(version: string): string {
  return CACHE_PREFIX + version;
}

/** Our caches other than the current one: deleted once the new version takes over. Other apps' caches are left. */
export function obsoleteCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/** Where the service worker keeps the manifest of the version a cache holds (to reuse unchanged files later). */
export const MANIFEST_KEY = '__cwc-precache-manifest.json';

export type RequestKind =
  /** A page load: served from the cache with isolation headers; falls back to the cached 404 page offline. */
  | 'navigation'
  /** A Worker's script: served with isolation headers, or the worker would not be cross-origin isolated. */
  | 'worker-script'
  /** Anything else of ours (scripts, styles, .wasm, data): served from the cache exactly as stored. */
  | 'asset'
  /** Not ours to answer: other origins, outside the scope, or not GET. The browser handles it as usual. */
  | 'passthrough';

export interface RequestLike {
  url: string;
  method: string;
  mode: string;
  destination: string;
}

export function classifyRequest(request: RequestLike, scope: string): RequestKind {
  if (request.method !== 'GET') return 'passthrough';
  if (!request.url.startsWith(scope)) return 'passthrough';
  if (request.mode === 'navigate') return 'navigation';
  if (request.destination === 'worker' || request.destination === 'sharedworker') return 'worker-script';
  return 'asset';
}

/**
 * The coi-serviceworker technique: a static host cannot send COOP/COEP, so the service worker adds them. Only to
 * pages and worker scripts: those are the responses that decide whether a document or worker is isolated. Never
 * to .wasm or other assets: a constructed Response loses the browser's compiled-code cache for WebAssembly.
 * require-corp, not credentialless: every file is from our own origin, and Safari does not support credentialless.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Headers to add to a response of this kind; empty when it must be served untouched. */
export function headersFor(kind: RequestKind, workerPolicy?: string): Record<string, string> {
  if (kind === 'navigation') return { ...ISOLATION_HEADERS };
  if (kind === 'worker-script') return workerPolicy ? { ...ISOLATION_HEADERS, 'Content-Security-Policy': workerPolicy } : { ...ISOLATION_HEADERS };
  return {};
}

/** A copy of `response` with `headers` set (replacing any the host sent), keeping status and body. */
export function withHeaders(response: Response, headers: Record<string, string>, status = response.status): Response {
  // Opaque and error responses cannot be rebuilt; they are passed through as they are.
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  if (Object.keys(headers).length === 0 && status === response.status) return response;
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status, statusText: status === response.status ? response.statusText : '', headers: merged });
}

/**
 * The precache keys a request URL may be stored under, best first. Pages are precached by their directory URL
 * ("functions/"), and hosts serve "functions", "functions/" and "functions/index.html" alike, so all find it.
 * The query string is ignored: the site's files do not vary by query (Pagefind adds cache-busting ones).
 */
export function lookupKeys(url: string): string[] {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  const path = u.pathname;
  const at = (p: string) => new URL(p, u.origin).href;
  if (path.endsWith('/')) return [at(path), at(`${path}index.html`)];
  if (path.endsWith('/index.html')) return [at(path.slice(0, -'index.html'.length)), at(path)];
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last.includes('.')) return [at(`${path}/`), at(path), at(`${path}.html`)];
  return [at(path)];
}

/** Absolute URL of a precache entry. */
export function entryUrl(entry: Pick<PrecacheEntry, 'url'>, scope: string): string {
  return new URL(entry.url, scope).href;
}

/** The page served (with status 404) for a navigation that is neither cached nor reachable. */
export function notFoundUrl(scope: string): string {
  return new URL('404.html', scope).href;
}

/** Entries whose file is unchanged since `previous` (same URL and hash): copied from the old cache, not downloaded. */
export function reusableEntries(current: PrecacheManifest, previous: PrecacheManifest | undefined): Set<string> {
  if (!previous) return new Set();
  const before = new Map(previous.entries.map((e) => [e.url, e.hash]));
  return new Set(current.entries.filter((e) => before.get(e.url) === e.hash).map((e) => e.url));
}

/** Files whose content a host may legitimately rewrite (e.g. injecting analytics into HTML): a changed hash is
 * accepted for these rather than refusing to install offline support altogether. */
export function hashMismatchTolerated(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? '';
  return path === '' || path.endsWith('/') || path.endsWith('.html');
}
