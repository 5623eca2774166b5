/**
 * Astro integration: after the build, writes dist/sw.js: the service worker, with the precache manifest of every
 * file in dist/ (the web manifest and icons come from public/). List it LAST in `integrations`, after anything else that writes
 * into dist/ at build:done (the search index), or those files will not be precached.
 *
 *   integrations: [courseValidation(), mdx(), searchIndex(), serviceWorker()]
 *
 * sw.js is base-independent: it works from its registration scope, so the same build serves under any `base`.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported statically: Astro loads the config through a module runner that is closed by build:done.
import { build } from 'vite';
import { buildPrecacheManifest, excludedByDefault, largestEntries } from './precache-manifest';
import type { PrecacheManifest } from './sw-logic';

export interface ServiceWorkerOptions {
  /** Warn in the build log above this many bytes precached (default 35 MB, the course's budget). */
  budgetBytes?: number;
  /** Files (paths relative to dist/, with "/") not to precache, besides sw.js, source maps and hidden files. */
  exclude?: (relativePath: string) => boolean;
}

const MB = 1024 * 1024;

/** Bundles service-worker.ts and its imports into one classic script (service workers cannot rely on modules). */
export async function bundleServiceWorker(entry = fileURLToPath(new URL('./service-worker.ts', import.meta.url))): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(entry),
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name: 'cwcServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Service worker: the bundler produced no script');
}

/** The text of sw.js: the manifest, then the bundled worker. The manifest in the text is what makes a new build a
 * new service worker for the browser's update check. */
export function serviceWorkerSource(manifest: PrecacheManifest, bundle: string): string {
  return `self.__CWC_PRECACHE__=${JSON.stringify(manifest)};\n${bundle}`;
}

/** Writes sw.js into `distDir`. Usable from a script too, e.g. after another tool has written into dist/. */
export async function writeServiceWorker(
  distDir: string,
  options: ServiceWorkerOptions = {},
  logger?: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<PrecacheManifest> {
  const exclude = options.exclude;
  const manifest = await buildPrecacheManifest(distDir, exclude ? (f) => excludedByDefault(f) || exclude(f) : excludedByDefault);
  await writeFile(path.join(distDir, 'sw.js'), serviceWorkerSource(manifest, await bundleServiceWorker()));
  const size = `${(manifest.totalBytes / MB).toFixed(1)} MB`;
  logger?.info(`Offline: sw.js precaches ${manifest.entries.length} files, ${size} (version ${manifest.version}).`);
  const budget = options.budgetBytes ?? 35 * MB;
  if (manifest.totalBytes > budget) {
    const biggest = largestEntries(manifest).map((e) => `${e.url} (${(e.size / MB).toFixed(1)} MB)`).join(', ');
    logger?.warn(`Offline: ${size} is over the ${(budget / MB).toFixed(0)} MB budget. Largest: ${biggest}.`);
  }
  return manifest;
}

export function serviceWorker(options: ServiceWorkerOptions = {}): AstroIntegration {
  return {
    name: 'cwc-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeServiceWorker(fileURLToPath(dir), options, logger);
      },
    },
  };
}
