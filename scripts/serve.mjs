#!/usr/bin/env node
// A small static file server for the built site (dist/), used by `npm start`, the e2e tests and the benchmarks.
// It serves under a base path, with the MIME types the runtimes need (.wasm, .mjs), and sends no COOP/COEP
// headers on purpose: the service worker must make the page cross-origin isolated, as on any plain static host.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
  '.zip': 'application/zip', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
  '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.map': 'application/json', '.csv': 'text/csv', '.pf_meta': 'application/octet-stream',
};

/** Starts the server; resolves with { server, url } once listening. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/', headers = {} } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      if (path === prefix.slice(0, -1)) return redirect(res, prefix);
      return notFound(res, root);
    }
    path = normalize(path.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
      file = join(file, 'index.html');
    }
    if (!file.startsWith(root) || !existsSync(file)) return notFound(res, root);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size, 'Cache-Control': 'no-cache', ...headers });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveListening({ server, url: `http://${host}:${address.port}${prefix}` });
    });
  });
}

function redirect(res, location) {
  res.writeHead(301, { Location: location });
  res.end();
}

function notFound(res, root) {
  const page = join(root, '404.html');
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  if (existsSync(page)) createReadStream(page).pipe(res);
  else res.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  if (!existsSync(`${process.env.SERVE_DIR ?? 'dist'}/index.html`)) {
    console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
    process.exit(1);
  }
  const { url } = await serve({ dir: process.env.SERVE_DIR ?? 'dist', port, base, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`\n  Clinicians Who Code is being served at ${url}\n  Open that address in your browser. Press Ctrl+C to stop.\n`);
}
