/**
 * The precache manifest: every file of the built site with a content hash, and a version for the whole build that
 * changes whenever any file does. Runs in Node at build time.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { PrecacheEntry, PrecacheManifest } from './sw-logic';

/** Files never precached: the service worker itself, source maps (only for developers), and hidden files. */
export function excludedByDefault(relativePath: string): boolean {
  const name = relativePath.split('/').pop() ?? '';
  return relativePath === 'sw.js' || name.endsWith('.map') || name.startsWith('.');
}

/** The URL (relative to the site's base) a file is requested by: "guide/index.html" is requested as "guide/". */
export function precacheUrl(relativePath: string): string {
  const encoded = relativePath.split('/').map(encodeURIComponent).join('/');
  if (encoded === 'index.html') return './';
  if (encoded.endsWith('/index.html')) return encoded.slice(0, -'index.html'.length);
  return encoded;
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${item.name}` : item.name;
    if (item.isDirectory()) found.push(...(await listFiles(root, relative)));
    else if (item.isFile()) found.push(relative);
  }
  return found;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export async function buildPrecacheManifest(
  distDir: string,
  exclude: (relativePath: string) => boolean = excludedByDefault,
): Promise<PrecacheManifest> {
  const files = (await listFiles(distDir)).filter((f) => !exclude(f)).sort();
  const entries: PrecacheEntry[] = [];
  for (const file of files) {
    const bytes = await readFile(path.join(distDir, file));
    entries.push({ url: precacheUrl(file), hash: sha256(bytes).slice(0, 16), size: bytes.length });
  }
  const version = sha256(entries.map((e) => `${e.url} ${e.hash}`).join('\n')).slice(0, 12);
  return { version, entries, totalBytes: entries.reduce((n, e) => n + e.size, 0) };
}

/** The biggest files, for the build log and the size report. */
export function largestEntries(manifest: PrecacheManifest, count = 5): PrecacheEntry[] {
  return [...manifest.entries].sort((a, b) => b.size - a.size).slice(0, count);
}
