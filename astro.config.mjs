// Integration wiring only: behaviour lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { courseValidation } from './src/lib/course/integration.ts';
import { searchIndex } from './src/lib/search-index.ts';

export default defineConfig({
  // Deploy under any base path: BASE_PATH=/course/ npm run build
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  integrations: [courseValidation(), mdx(), searchIndex()],
  markdown: {
    // Two high-contrast themes, switched by the site's light/dark setting (see global.css): readable code in both.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  vite: {
    resolve: { alias: { '@components': fileURLToPath(new URL('./src/mdx/index.ts', import.meta.url)) } },
    worker: { format: 'es' },
    // Scripts as files, never inlined: they cache across pages, and the Content-Security-Policy can say 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
