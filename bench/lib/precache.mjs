/**
 * What the service worker precaches: read from the manifest the build writes at the top of sw.js
 * (`self.__CWC_PRECACHE__={...};`, see src/lib/offline/service-worker-integration.ts). The figure is the sum
 * of the manifest's file sizes, not an estimate.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PREFIX = 'self.__CWC_PRECACHE__=';

/** { bytes, files, largest: [{ url, size }], reason } where reason says why bytes is null. */
export function readPrecache(distDir) {
  const file = path.join(distDir, 'sw.js');
  if (!existsSync(file)) return nothing('no service worker yet: the build wrote no sw.js');
  const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0];
  if (!firstLine.startsWith(PREFIX)) return nothing(`sw.js does not start with ${PREFIX}: the manifest format changed`);
  let manifest;
  try {
    manifest = JSON.parse(firstLine.slice(PREFIX.length).replace(/;\s*$/, ''));
  } catch (error) {
    return nothing(`the precache manifest in sw.js is not JSON: ${error.message}`);
  }
  const entries = manifest.entries ?? [];
  const bytes = entries.reduce((total, entry) => total + entry.size, 0);
  const largest = [...entries].sort((a, b) => b.size - a.size).slice(0, 5).map(({ url, size }) => ({ url, size }));
  return { bytes, files: entries.length, largest, reason: null };
}

function nothing(reason) {
  return { bytes: null, files: null, largest: [], reason };
}
