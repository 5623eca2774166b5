/**
 * The Content-Security-Policy that makes "nothing leaves your device" true: scripts, workers, WebAssembly and
 * connections from the site's own origin only, so learner code (Python in Pyodide, TypeScript in a worker) cannot
 * send data anywhere.
 *
 * What each allowance is for:
 * - script-src 'wasm-unsafe-eval': Pyodide, and Pagefind's search, compile WebAssembly.
 * - script-src 'unsafe-eval': the TypeScript runner's worker evaluates the learner's compiled code, and it inherits
 *   this policy (see src/runners/blob-worker.ts). Scripts still come only from this site.
 * - worker-src blob: Monaco builds a small bootstrap worker from a blob: URL when it is not given a worker
 *   directly; blob: workers inherit this policy, so this allows no new connections.
 * - style-src 'unsafe-inline': Monaco injects <style> elements and style attributes at run time.
 * - img-src / font-src data:: small icons and fonts inlined by Monaco's CSS. data: cannot carry data out.
 * - connect-src 'self': fetch, XHR, WebSocket and EventSource only to our own origin.
 * - one inline script, by its hash: it starts the Python worker while the page loads
 *   (src/runners/python/early-worker.ts). No other inline script runs.
 */

import type { AstroUserConfig } from 'astro';
import { EARLY_WORKER_SCRIPT_HASH } from '../../runners/python/early-worker';

export type Directives = Record<string, string[]>;
type AstroCspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroCspDirective = NonNullable<AstroCspConfig['directives']>[number];

/** The directives for pages. */
export function pageDirectives(): Directives {
  return {
    'default-src': ["'self'"],
    // 'unsafe-eval': the runners start their workers from blob: bootstraps so they inherit this policy on any host
    // (connect-src and script-src 'self' then hold for learner code), and the TypeScript runner evaluates the
    // learner's compiled code. No page script evaluates strings; the policy still allows scripts from this site only.
    'script-src': ["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/**
 * The directives for worker scripts. A worker loaded from a URL gets its policy from its own response headers,
 * not from the page, so the service worker adds this header to worker scripts (see sw-logic.ts headersFor).
 */
export function workerDirectives(): Directives {
  return {
    'default-src': ["'self'"],
    // 'unsafe-eval' for workers only: the TypeScript runner evaluates the learner's compiled code and the tests.
    // Evaluating code cannot send anything anywhere; connect-src below (and lockDownNetwork) close the way out.
    'script-src': ["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  };
}

export interface PolicyOptions {
  /** 'meta' (default) leaves out directives a <meta> tag cannot carry; 'header' adds frame-ancestors. */
  delivery?: 'meta' | 'header';
  /** Extra script sources, e.g. "'sha256-...'" hashes of inline scripts. */
  scriptSources?: string[];
}

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The policy string for `<meta http-equiv="Content-Security-Policy" content={...}>` (or, with delivery 'header',
 * for a host that can send headers). Inline scripts need their hash in `scriptSources`, or Astro's own CSP support
 * (see astroCspConfig) which hashes them for you.
 */
export function buildContentSecurityPolicy(options: PolicyOptions = {}): string {
  const directives = pageDirectives();
  if (options.scriptSources?.length) directives['script-src'] = [...(directives['script-src'] ?? []), ...options.scriptSources];
  if (options.delivery === 'header') directives['frame-ancestors'] = ["'self'"];
  return serializePolicy(directives);
}

export function buildWorkerContentSecurityPolicy(): string {
  return serializePolicy(workerDirectives());
}

/**
 * The same policy in the shape of Astro's `security.csp` option, for when Astro writes the <meta> tag itself and
 * adds hashes of the page's inline scripts:
 *   security: { csp: astroCspConfig() }
 */
export function astroCspConfig(): {
  directives: AstroCspDirective[];
  scriptDirective: { resources: string[]; hashes: `sha256-${string}`[] };
  styleDirective: { resources: string[] };
} & AstroCspConfig {
  const { 'script-src': script = [], 'style-src': style = [], ...rest } = pageDirectives();
  return {
    // Every name here is one Astro allows (its list excludes only script-src and style-src, handled below).
    directives: Object.entries(rest).map(([name, sources]) => `${name} ${sources.join(' ')}` as AstroCspDirective),
    scriptDirective: { resources: script, hashes: [EARLY_WORKER_SCRIPT_HASH as `sha256-${string}`] },
    styleDirective: { resources: style },
  };
}
