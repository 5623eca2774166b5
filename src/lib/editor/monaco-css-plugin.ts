/**
 * A Vite plugin that turns the CSS files Monaco's modules import into JavaScript that adds a <style> element when
 * Monaco loads. Why: Astro puts every stylesheet reachable from a page's script into that page's <head>, even
 * through a dynamic import (withastro/astro#9495), which would make Monaco's CSS render-blocking on every lesson.
 * As JavaScript, Monaco's CSS arrives with Monaco, on first use. (The CSP already allows inline styles: Monaco
 * injects its own at run time.) Relative url()s (the icon font) become `?url` imports, so Vite emits the files and
 * their URLs honour the base path. The CSS is used as Monaco ships it (already compact), not re-minified.
 *
 * Wire it in astro.config.mjs: `vite: { plugins: [monacoCssInJs()] }`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0cwc-monaco-css:';
const isMonaco = (id: string) => /[\\/]monaco-editor[\\/]/.test(id);

/** The module text for one CSS file: imports for its assets, then code that adds the <style>. */
export function cssModule(css: string, file: string): string {
  const imports: string[] = [];
  const pieces: string[] = [];
  let last = 0;
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const target = match[2]!;
    if (/^(data:|https?:|#|\/)/.test(target)) continue;
    const name = `asset${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(file), target.replace(/[?#].*$/, ''))}?url`)};`);
    pieces.push(JSON.stringify(css.slice(last, match.index)), `"url(" + JSON.stringify(${name}) + ")"`);
    last = match.index + match[0].length;
  }
  pieces.push(JSON.stringify(css.slice(last)));
  const label = file.replace(/^.*[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]/, '');
  return [
    ...imports,
    `if (typeof document !== 'undefined') {`,
    `  const style = document.createElement('style');`,
    `  style.dataset.monaco = ${JSON.stringify(label)};`,
    `  style.textContent = ${pieces.join(' + ')};`,
    `  document.head.append(style);`,
    `}`,
  ].join('\n');
}

export function monacoCssInJs(): Plugin {
  return {
    name: 'cwc:monaco-css-in-js',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isMonaco(importer) || !/\.css$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Ends in .js so Vite's own CSS handling leaves it alone.
      return resolved ? `${PREFIX}${resolved.id}.js` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return cssModule(await readFile(file, 'utf8'), file);
    },
  };
}
