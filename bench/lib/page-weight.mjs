/**
 * Per lesson page: HTML, CSS and initial JavaScript, raw and gzipped, summarised as max and median over every
 * lesson page. Each file is gzipped on its own (as a server sends it, level 6, the usual default); a file shared by
 * pages counts on every page, since a learner's first page pays for it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileMapper, initialUrls, withStaticImports } from './initial-assets.mjs';
import { max, median } from './stats.mjs';

/** `base` is the site's base path: the built pages' URLs start with it. */
export function measurePages(pages, distDir, base = '/') {
  const site = `http://bench.invalid${base}`;
  const fileFor = fileMapper(site, distDir);
  const sizes = new Map(); // file -> { raw, gzip }, so shared files are compressed once
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const bytes = readFileSync(file);
      sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
    }
    return sizes.get(file);
  };
  const sum = (files) => files.map(sizeOf).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });

  const perPage = pages.map((page) => {
    const html = readFileSync(page.file, 'utf8');
    const { css, js } = initialUrls(html, new URL(page.urlPath, site).href);
    const jsFiles = withStaticImports(js, fileFor).map(fileFor);
    const rel = (f) => f.slice(distDir.length + 1);
    return {
      page: page.urlPath,
      html: sizeOf(page.file),
      css: sum(css.map(fileFor)),
      js: sum(jsFiles),
      css_files: css.map(fileFor).map(rel),
      js_files: jsFiles.map(rel),
    };
  });
  return { perPage, summary: summarise(perPage) };
}

function summarise(perPage) {
  const out = {};
  for (const kind of ['html', 'css', 'js']) {
    const key = kind === 'js' ? 'initial_js' : kind;
    for (const enc of ['raw', 'gzip']) {
      const values = perPage.map((p) => p[kind][enc]);
      out[`lesson_${key}_${enc}_max`] = max(values);
      out[`lesson_${key}_${enc}_median`] = median(values);
    }
  }
  return out;
}
