/**
 * What a built page loads before any interaction: its stylesheets, its scripts, and every module those scripts
 * import statically (import/export ... from), followed recursively. Dynamic import() is not followed: that is
 * code loaded later, on demand (Monaco, the runtimes). Found by reading the built files, not a browser, so the
 * figure is exact and the same on every machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

await init;

/** Attributes of every tag named `tag` in `html` (a plain scan: the built HTML is well-formed and ours). */
function tags(html, tag) {
  const found = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs = {};
    for (const a of match[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    found.push(attrs);
  }
  return found;
}

const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/**
 * { css: [url], js: [url] } for the page at `pageUrl` (a URL such as http://site/base/module/lesson/), in load
 * order, each once. Island components (<astro-island>) count as initial: they hydrate without a click.
 */
export function initialUrls(html, pageUrl) {
  const css = [];
  const scripts = [];
  const add = (list, href) => { if (href) list.push(new URL(decode(href), pageUrl).href); };
  for (const link of tags(html, 'link')) {
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') || (rel.includes('preload') && link.as === 'style')) add(css, link.href);
    if (rel.includes('modulepreload') || (rel.includes('preload') && link.as === 'script')) add(scripts, link.href);
  }
  for (const script of tags(html, 'script')) add(scripts, script.src);
  for (const island of tags(html, 'astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) add(scripts, island[attr]);
  }
  return { css: unique(css), js: unique(scripts) };
}

/** `urls` plus every module they import statically, transitively. `fileFor(url)` maps a URL to a built file. */
export function withStaticImports(urls, fileFor) {
  const seen = new Set();
  const queue = [...urls];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(fileFor(url), 'utf8');
    let imports;
    try {
      [imports] = parse(source);
    } catch {
      continue; // a classic script (not a module) has no imports to follow
    }
    for (const imp of imports) {
      // d === -1: a static import or export-from; d >= 0 is import(), d === -2 is import.meta.
      if (imp.d === -1 && imp.n) queue.push(new URL(imp.n, url).href);
    }
  }
  return [...seen];
}

/** Maps a URL of the site served at `siteUrl` (ending in the base path) to its file in `distDir`. */
export function fileMapper(siteUrl, distDir) {
  const base = new URL(siteUrl).pathname;
  return (url) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(base)) throw new Error(`${url} is outside the site (${siteUrl}).`);
    return path.join(distDir, decodeURIComponent(pathname.slice(base.length)));
  };
}

function unique(list) {
  return [...new Set(list)];
}
