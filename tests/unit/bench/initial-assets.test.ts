// The page-weight figure counts what a lesson page loads before any interaction: static imports are followed,
// dynamic import() is not. These cases pin that rule, since a wrong rule would make the figure quietly wrong.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileMapper, initialUrls, withStaticImports } from '../../../bench/lib/initial-assets.mjs';

const SITE = 'http://bench.invalid/course/';

describe('initialUrls', () => {
  test('collects stylesheets, scripts, module preloads and island scripts, resolved against the page', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/course/_astro/base.css">
      <link rel="preload" as="style" href="../extra.css">
      <link rel="icon" href="/course/favicon.svg">
      <link rel="modulepreload" href="/course/_astro/chunk.js">
      <script type="module" src="/course/_astro/page.js"></script>
      <script>document.documentElement.dataset.theme = 'dark'</script>
      <script type="application/json" id="data">{}</script>
    </head><body>
      <astro-island component-url="/course/_astro/island.js" renderer-url="/course/_astro/client.js" client="load"></astro-island>
    </body></html>`;
    const { css, js } = initialUrls(html, `${SITE}module/lesson/`);
    expect(css).toEqual([`${SITE}_astro/base.css`, `${SITE}module/extra.css`]);
    expect(js).toEqual([`${SITE}_astro/chunk.js`, `${SITE}_astro/page.js`, `${SITE}_astro/island.js`, `${SITE}_astro/client.js`]);
  });

  test('lists a file loaded twice only once', () => {
    const html = '<link rel="modulepreload" href="/course/a.js"><script type="module" src="/course/a.js"></script>';
    expect(initialUrls(html, SITE).js).toEqual([`${SITE}a.js`]);
  });
});

describe('withStaticImports', () => {
  test('follows static imports and re-exports transitively, but not dynamic import()', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cwc-bench-assets-'));
    mkdirSync(path.join(dir, '_astro'));
    const files: Record<string, string> = {
      '_astro/page.js': 'import{a as t}from"./shared.js";export*from"./more.js";const m=()=>import("./monaco.js");t(m);',
      '_astro/shared.js': 'import"./leaf.js";export function a(x){return x}',
      '_astro/more.js': 'export const b=1;',
      '_astro/leaf.js': 'console.log(import.meta.url)',
      '_astro/monaco.js': 'import"./monaco-dep.js";',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const fileFor = fileMapper(SITE, dir);
    const found = withStaticImports([`${SITE}_astro/page.js`], fileFor).map((url) => url.slice(SITE.length));
    expect(found.sort()).toEqual(['_astro/leaf.js', '_astro/more.js', '_astro/page.js', '_astro/shared.js']);
  });

  test('refuses a URL outside the site rather than measuring some other file', () => {
    const fileFor = fileMapper(SITE, '/tmp/site');
    expect(() => fileFor('http://bench.invalid/elsewhere/a.js')).toThrow(/outside the site/);
  });
});
