/**
 * What every section of a benchmark run shares: where things are, the options, the log, and the figures being
 * collected. A figure starts null; a section either measures it or says why it could not (`nullWith`).
 */
import path from 'node:path';
import { FIGURES } from './figures.mjs';
import { currentLoad } from './machine.mjs';

export function createContext({ root, options, contentDir, base }) {
  const started = Date.now();
  const tmp = path.join(root, 'bench', 'tmp');
  const results = Object.fromEntries(FIGURES.map((f) => [f.key, null]));
  const reasons = {};
  return {
    root,
    tmp,
    site: path.join(tmp, 'site'),
    contentDir,
    base,
    options,
    started,
    loadAtStart: currentLoad(),
    results,
    reasons,
    details: { content_dir: contentDir, base },
    has: (section) => options.only.has(section),
    log: (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`),
    /** Gives each still-null figure in `keys` this reason, unless it already has one. */
    nullWith(keys, reason) {
      if (!reason) return;
      for (const key of keys) if (results[key] === null) reasons[key] ??= reason;
    },
  };
}
