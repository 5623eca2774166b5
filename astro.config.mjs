// Integration wiring only: behaviour lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { courseValidation } from './src/lib/course/integration.ts';
import { searchIndex } from './src/lib/search-index.ts';
import { serviceWorker } from './src/lib/offline/service-worker-integration.ts';
import { pyodideAssets } from './src/runners/python/pyodide-assets.ts';
import { monacoCssInJs } from './src/lib/editor/monaco-css-plugin.ts';
import { astroCspConfig } from './src/lib/offline/csp.ts';

export default defineConfig({
  // Deploy under any base path: BASE_PATH=/course/ npm run build
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // The service worker comes last: it precaches everything the others wrote, the search index included.
  integrations: [courseValidation(), mdx(), searchIndex(), pyodideAssets(), serviceWorker()],
  // In `astro dev` the page is cross-origin isolated by headers (fast Stop, interactive input()); the built site
  // gets the same from its service worker, on any static host.
  server: { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
  // Scripts, workers, WebAssembly and connections from the site's own origin only (see src/lib/offline/csp.ts).
  security: { csp: astroCspConfig() },
  markdown: {
    // Two high-contrast themes, switched by the site's light/dark setting (see global.css): readable code in both.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  vite: {
    // Monaco's CSS arrives with Monaco on first use instead of blocking every lesson page (withastro/astro#9495).
    plugins: [monacoCssInJs()],
    resolve: {
      alias: [
        { find: '@components', replacement: fileURLToPath(new URL('./src/mdx/index.ts', import.meta.url)) },
        // Monaco starts its TypeScript worker as new Worker(new URL('ts.worker.js', import.meta.url)); point that at
        // the grader's compiler worker, which also serves Monaco (src/runners/typescript/worker-role.ts), so the
        // TypeScript compiler is downloaded and precached once, not twice.
        { find: /^ts\.worker\.js$/, replacement: fileURLToPath(new URL('./src/runners/typescript/compiler-worker.ts', import.meta.url)) },
      ],
    },
    worker: { format: 'es' },
    // Scripts as files, never inlined: they cache across pages, and the Content-Security-Policy can say 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
