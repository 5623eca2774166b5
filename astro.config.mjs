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
  vite: {
    resolve: { alias: { '@components': fileURLToPath(new URL('./src/mdx/index.ts', import.meta.url)) } },
    worker: { format: 'es' },
  },
});
