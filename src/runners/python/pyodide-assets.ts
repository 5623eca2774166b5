/**
 * An Astro integration that serves Pyodide from the site itself: in `astro dev` from node_modules/pyodide, and in
 * `astro build` copied into dist/vendor/pyodide/<version>/ (see pyodide-path.ts). Only what loadPyodide() needs for
 * the standard library is shipped, so the course works offline and never reaches a CDN. python_stdlib.zip is the
 * precompiled one (stdlib-precompiled.ts): the same modules, already compiled, so Python starts without compiling
 * its standard library on the learner's machine.
 *
 *   // astro.config.mjs
 *   import { pyodideAssets } from './src/runners/python/pyodide-assets.ts';
 *   export default defineConfig({ integrations: [pyodideAssets()] });
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYODIDE_FILES, pyodideFolder } from './pyodide-path.ts';
import { precompiledStdlib } from './stdlib-precompiled.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json; charset=utf-8',
};

/** The installed Pyodide: its folder and the version from its package.json. */
export async function installedPyodide(): Promise<{ dir: string; version: string }> {
  const manifest = createRequire(import.meta.url).resolve('pyodide/package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return { dir: dirname(manifest), version };
}

/** Where each served file comes from: Pyodide's own files, except the standard library, served precompiled. */
async function sourceOf(file: string, dir: string): Promise<string> {
  return file === 'python_stdlib.zip' ? precompiledStdlib() : join(dir, file);
}

/** Copies the files into `<outDir>/vendor/pyodide/<version>/`; returns the folder written. */
export async function copyPyodide(outDir: string): Promise<string> {
  const { dir, version } = await installedPyodide();
  const target = join(outDir, pyodideFolder(version));
  await mkdir(target, { recursive: true });
  await Promise.all(PYODIDE_FILES.map(async (file) => copyFile(await sourceOf(file, dir), join(target, file))));
  return target;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Dev-server middleware answering `<base>vendor/pyodide/<version>/<file>` from node_modules/pyodide. */
export function pyodideMiddleware(base: string, dir: string, version: string): Middleware {
  const prefixes = [...new Set([`${base.replace(/\/?$/, '/')}${pyodideFolder(version)}`, `/${pyodideFolder(version)}`])];
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const prefix = prefixes.find((p) => path.startsWith(p));
    const file = prefix ? path.slice(prefix.length) : undefined;
    if (!file || !(PYODIDE_FILES as readonly string[]).includes(file)) return next();
    sourceOf(file, dir).then(
      (path) => {
        res.setHeader('Content-Type', CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(path).pipe(res);
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(`Could not prepare Pyodide's standard library: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
}

export function pyodideAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'cwc-pyodide-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { dir, version } = await installedPyodide();
        server.middlewares.use(pyodideMiddleware(base, dir, version));
        // Started now (made once per Pyodide version), without holding up the server: a lesson that asks for it
        // first waits for it.
        precompiledStdlib().catch((error: unknown) => logger.warn(`Pyodide's standard library: ${String(error)}`));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = await copyPyodide(fileURLToPath(dir));
        logger.info(`Pyodide copied to ${target}`);
      },
    },
  };
}
