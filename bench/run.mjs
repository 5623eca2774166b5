#!/usr/bin/env node
// `npm run bench`: what learners feel, measured on the production build of this course in real Chromium, beside
// the best possible figure (bare Pyodide) measured in the same run. A script, not a test: nothing here fails
// `npm test`. Every figure is measured now or is null with its reason; none is estimated or reused.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './lib/args.mjs';
import { writeBenchmarksMd } from './lib/benchmarks-md.mjs';
import { createContext } from './lib/context.mjs';
import { FIGURES } from './lib/figures.mjs';
import { describeMachine } from './lib/machine.mjs';
import { printTable, writeResults } from './lib/report.mjs';
import { browserSection } from './lib/section-browser.mjs';
import { courseSection } from './lib/section-course.mjs';
import { scalingSection, verifySection } from './lib/section-tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const ctx = createContext({
  root,
  options,
  contentDir: process.env.CWC_CONTENT_DIR ?? 'content',
  base: normaliseBase(process.env.BASE_PATH ?? '/'),
});
mkdirSync(ctx.tmp, { recursive: true });

// 1. The production build, which every other figure is measured on; 2. in Chromium; 3. what tutors wait for.
// One after another, never in parallel: on a 2-core machine, one would slow the other down.
const inBrowser = ctx.has('python') || ctx.has('typescript') || ctx.has('monaco');
const pages = inBrowser || ['build', 'pages', 'precache'].some(ctx.has) ? await courseSection(ctx) : null;
if (pages && inBrowser) await browserSection(ctx, pages);
if (ctx.has('verify')) await verifySection(ctx);
if (ctx.has('scaling')) await scalingSection(ctx);
ctx.nullWith(FIGURES.map((f) => f.key), options.partial ? 'not measured in this run (--only)' : 'not measured in this run');

const output = {
  date: new Date().toISOString(),
  machine: describeMachine({ chromiumVersion: ctx.details.chromium ?? null, loadAtStart: ctx.loadAtStart }),
  quick: options.quick,
  repeats: options.repeats,
  check_samples: options.checkSamples,
  partial: options.partial,
  ...ctx.results,
  reasons: ctx.reasons,
  details: ctx.details,
  duration_ms: Date.now() - ctx.started,
};
printTable(output);
if (options.write) {
  const full = !options.quick && !options.partial;
  writeResults(path.join(root, 'bench', 'results.json'), output);
  if (full) writeBenchmarksMd(path.join(root, 'BENCHMARKS.md'), output);
  console.log(`\nWrote bench/results.json${full ? ' and BENCHMARKS.md' : ' (BENCHMARKS.md is only rewritten by a full run)'}.`);
}
console.log(`Benchmark took ${((Date.now() - ctx.started) / 1000).toFixed(0)} s.`);

function normaliseBase(value) {
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}
