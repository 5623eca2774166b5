/**
 * The service worker (bundled into dist/sw.js by service-worker-integration.ts, with the precache manifest put in
 * front of it as `self.__CWC_PRECACHE__`).
 *
 * - install: every file of the build goes into one cache named after the build's version. Unchanged files are
 *   copied from the previous version's cache instead of downloaded again (learners on mobile data).
 * - fetch: cache first, network as fallback; pages and worker scripts get COOP/COEP so the page is cross-origin
 *   isolated on any static host; .wasm and other assets are served exactly as stored (keeps the wasm code cache).
 * - update: a new version waits (no skipWaiting) until a page posts "skip-waiting", so a page never mixes files
 *   of two versions; activate then deletes the old caches and takes control.
 */
import { buildWorkerContentSecurityPolicy } from './csp';
import {
  MANIFEST_KEY,
  cacheName,
  classifyRequest,
  entryUrl,
  hashMismatchTolerated,
  headersFor,
  lookupKeys,
  notFoundUrl,
  obsoleteCaches,
  reusableEntries,
  withHeaders,
  type PrecacheEntry,
  type PrecacheManifest,
  type RequestKind,
} from './sw-logic';

declare const self: ServiceWorkerGlobalScope & { __CWC_PRECACHE__: PrecacheManifest };

const manifest = self.__CWC_PRECACHE__;
const scope = self.registration.scope;
const CACHE = cacheName(manifest.version);
const WORKER_POLICY = buildWorkerContentSecurityPolicy();
const CONCURRENCY = 6;

async function sha256Prefix(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Downloads one file, checking it is the file this build expects (a CDN mid-deploy may serve an old one). */
async function download(entry: PrecacheEntry): Promise<Response> {
  const url = entryUrl(entry, scope);
  for (const attempt of [url, `${url}${url.includes('?') ? '&' : '?'}cwc-version=${manifest.version}`]) {
    const response = await fetch(new Request(attempt, { cache: 'reload', credentials: 'same-origin' }));
    if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
    if ((await sha256Prefix(await response.clone().arrayBuffer())) === entry.hash) return response;
    if (hashMismatchTolerated(entry.url) && attempt !== url) return response;
  }
  throw new Error(`precache: ${url} does not match this build`);
}

async function previousManifest(): Promise<{ cache: Cache; manifest: PrecacheManifest } | undefined> {
  for (const name of obsoleteCaches(await caches.keys(), CACHE).reverse()) {
    const cache = await caches.open(name);
    const stored = await cache.match(entryUrl({ url: MANIFEST_KEY }, scope));
    if (stored) return { cache, manifest: (await stored.json()) as PrecacheManifest };
  }
  return undefined;
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const previous = await previousManifest();
  const reusable = reusableEntries(manifest, previous?.manifest);
  const queue = [...manifest.entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const url = entryUrl(entry, scope);
      if (await cache.match(url)) continue; // an interrupted install resumed
      const old = reusable.has(entry.url) ? await previous?.cache.match(url) : undefined;
      await cache.put(url, old ?? (await download(entry)));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Written last: a cache with this key is complete, so a later version may copy from it.
  await cache.put(entryUrl({ url: MANIFEST_KEY }, scope), new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
}

async function fromCache(url: string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  for (const key of lookupKeys(url)) {
    const hit = await cache.match(key);
    if (hit) return hit;
  }
  return undefined;
}

async function respond(request: Request, kind: RequestKind): Promise<Response> {
  const cached = await fromCache(request.url);
  if (kind === 'asset') return cached ?? fetch(request);
  const headers = headersFor(kind, WORKER_POLICY);
  if (cached) return withHeaders(cached, headers);
  try {
    return withHeaders(await fetch(request), headers);
  } catch (error) {
    const notFound = kind === 'navigation' ? await fromCache(notFoundUrl(scope)) : undefined;
    if (notFound) return withHeaders(notFound, headers, 404);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(obsoleteCaches(await caches.keys(), CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const kind = classifyRequest(event.request, scope);
  if (kind === 'passthrough') return;
  event.respondWith(respond(event.request, kind));
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === 'skip-waiting') void self.skipWaiting();
  if (data?.type === 'get-version') event.source?.postMessage({ type: 'version', version: manifest.version });
});
