#!/usr/bin/env node
// `npm run bench`: what learners feel, measured on the production build of this course in real Chromium, beside
// the best possible figure (bare Pyodide) measured in the same run. A script, not a test: nothing here fails
// `npm test`. Every figure is measured now or is null with its reason; none is estimated or reused.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './lib/args.mjs';
import { writeBenchmarksMd } from './lib/benchmarks-md.mjs';
import { chromiumVersion } from './lib/browser.mjs';
import { buildCourse, buildProblem } from './lib/build.mjs';
import { timeContentVerification } from './lib/content-verify.mjs';
import { firstPageWith, lessonPages } from './lib/course-pages.mjs';
import { exerciseSolution, firstExerciseId } from './lib/exercise-files.mjs';
import { FIGURES } from './lib/figures.mjs';
import { findVendoredPyodide, writeFloorPage } from './lib/floor-page.mjs';
import { describeMachine } from './lib/machine.mjs';
import { measureMonaco } from './lib/monaco-open.mjs';
import { measurePages } from './lib/page-weight.mjs';
import { why } from './lib/page-timing.mjs';
import { readPrecache } from './lib/precache.mjs';
import { measurePythonInteraction } from './lib/python-interact.mjs';
import { measurePythonReady, ratioOfMedians, readyFigures } from './lib/python-ready.mjs';
import { printTable, writeResults } from './lib/report.mjs';
import { median, percentile } from './lib/stats.mjs';
import { writeSyntheticCourse } from './lib/synthetic-course.mjs';
import { measureTypeScript } from './lib/typescript-check.mjs';
import { serve } from '../scripts/serve.mjs';

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

const TMP = path.join(root, 'bench', 'tmp');
const SITE = path.join(TMP, 'site');
const contentDir = process.env.CWC_CONTENT_DIR ?? 'content';
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const started = Date.now();
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);
const has = (section) => options.only.has(section);
mkdirSync(TMP, { recursive: true });

const results = Object.fromEntries(FIGURES.map((f) => [f.key, null]));
const reasons = {};
const details = { content_dir: contentDir, base };
const nullWith = (keys, reason) => { for (const k of keys) if (results[k] === null) reasons[k] ??= reason; };

// 1. The production build of the course: timed, and the site every other figure is measured on.
log(`Building the course (${contentDir}) into bench/tmp/site …`);
const build = await buildCourse({ root, outDir: SITE, contentDir, tmpDir: TMP, base });
if (build.ok) {
  results.build_ms = build.ms;
  results.build_peak_rss_bytes = build.peakRssBytes;
  if (build.peakRssBytes === null) reasons.build_peak_rss_bytes = build.peakRssReason;
  log(`  built in ${(build.ms / 1000).toFixed(1)} s`);
} else {
  console.error(build.error);
  nullWith(FIGURES.map((f) => f.key).filter((k) => !['content_verify_ms', 'build_ms_by_lessons'].includes(k)), `the course did not build: ${buildProblem(build.error)}`);
  details.build_error = build.error;
}

let pages = [];
if (build.ok) {
  pages = lessonPages(contentDir, SITE);
  if (has('pages')) {
    const weight = measurePages(pages, SITE, base);
    Object.assign(results, weight.summary);
    details.pages = weight.perPage;
    log(`Page weight: ${pages.length} lesson pages`);
  }
  if (has('precache')) {
    const precache = readPrecache(SITE);
    results.precache_bytes = precache.bytes;
    if (precache.bytes === null) reasons.precache_bytes = precache.reason;
    details.precache = { files: precache.files, largest: precache.largest };
  }
}

// 2. In Chromium, on the built site, served like a static host (cached for 10 minutes, as GitHub Pages does).
if (build.ok && (has('python') || has('typescript') || has('monaco'))) {
  const chromium = await chromiumVersion();
  details.chromium = chromium;
  const { server, url } = await serve({ dir: SITE, port: 0, base, headers: { 'Cache-Control': 'public, max-age=600' } });
  try {
    await browserSections(url);
  } finally {
    server.close();
  }
}

async function browserSections(siteUrl) {
  const serviceWorker = existsSync(path.join(SITE, 'sw.js'));
  const pythonPage = firstPageWith(pages, 'python');
  const tsPage = firstPageWith(pages, 'typescript');
  details.python_page = pythonPage?.urlPath ?? null;
  details.typescript_page = tsPage?.urlPath ?? null;
  if (has('python')) {
    const vendored = findVendoredPyodide(SITE);
    const floorPath = vendored.version ? writeFloorPage(SITE, vendored.version) : null;
    details.pyodide_version = vendored.version;
    log(`Python ready vs the floor (${options.repeats} repeats${vendored.reason ? `; ${vendored.reason}` : ''}) …`);
    const monaco = has('monaco');
    const ready = await measurePythonReady({ siteUrl, lessonPath: pythonPage?.urlPath, floorPath, repeats: options.repeats, serviceWorker, monaco, log });
    if (monaco && !ready.site.reason) {
      details.monaco = { page: pythonPage.urlPath, cold: ready.site.monacoCold, warm: ready.site.monacoWarm, reason: ready.site.monacoReason, measured_in: 'the Python start-up profiles' };
      results.monaco_open_cold_ms = ready.site.monacoReason ? null : median(ready.site.monacoCold);
      results.monaco_open_warm_ms = ready.site.monacoReason ? null : median(ready.site.monacoWarm);
      nullWith(['monaco_open_cold_ms', 'monaco_open_warm_ms'], ready.site.monacoReason);
    }
    if (!floorPath) ready.floor.reason = vendored.reason;
    Object.assign(results, readyFigures(ready));
    details.python_ready = { ...ready, ratio_of_medians: ratioOfMedians(ready) };
    nullWith(['python_ready_cold_ms', 'python_ready_warm_ms', 'python_ready_cold_ratio', 'python_ready_warm_ratio'], ready.site.reason);
    nullWith(['pyodide_floor_cold_ms', 'pyodide_floor_warm_ms', 'python_ready_cold_ratio', 'python_ready_warm_ratio'], ready.floor.reason);
    const pyKeys = ['python_check_p50_ms', 'python_check_p95_ms', 'python_interrupt_ms', 'python_interrupt_isolated', 'python_restart_ms'];
    if (!pythonPage) nullWith(pyKeys, 'no lesson of the course has a Python exercise');
    else if (ready.site.reason) nullWith(pyKeys, ready.site.reason);
    else {
      log('Python Check, interrupt and restart on a warm runtime …');
      const py = await measurePythonInteraction({
        url: new URL(pythonPage.urlPath, siteUrl).href,
        solution: solutionFor(pythonPage, 'python'),
        checkSamples: options.checkSamples,
        repeats: options.repeats,
        serviceWorker,
        log,
      });
      details.python_interaction = py;
      results.python_check_p50_ms = median(py.check);
      results.python_check_p95_ms = percentile(py.check, 95);
      results.python_interrupt_ms = median(py.interrupt);
      results.python_interrupt_isolated = py.interrupt.length ? py.isolated : null;
      results.python_restart_ms = median(py.restart);
      nullWith(['python_check_p50_ms', 'python_check_p95_ms'], py.reasons.check);
      nullWith(['python_interrupt_ms', 'python_interrupt_isolated'], py.reasons.interrupt);
      nullWith(['python_restart_ms'], py.reasons.restart);
    }
  }
  if (has('typescript')) {
    const tsKeys = ['ts_first_check_ms', 'ts_check_p50_ms', 'ts_check_p95_ms'];
    if (!tsPage) nullWith(tsKeys, 'no lesson of the course has a TypeScript exercise');
    else {
      log(`TypeScript Checks (${options.repeats} fresh profiles) …`);
      const ts = await measureTypeScript({
        url: new URL(tsPage.urlPath, siteUrl).href,
        solution: solutionFor(tsPage, 'typescript'),
        checkSamples: options.checkSamples,
        repeats: options.repeats,
        serviceWorker,
        log,
      });
      details.typescript = ts;
      if (ts.reason) nullWith(tsKeys, ts.reason);
      else {
        results.ts_first_check_ms = median(ts.first);
        results.ts_check_p50_ms = median(ts.later);
        results.ts_check_p95_ms = percentile(ts.later, 95);
      }
    }
  }
  // Monaco on its own profiles, unless the Python start-up rounds already took its samples.
  if (has('monaco') && !details.monaco) {
    const monacoPage = pythonPage ?? tsPage;
    if (!monacoPage) nullWith(['monaco_open_cold_ms', 'monaco_open_warm_ms'], 'no lesson of the course has an exercise');
    else {
      const language = monacoPage === pythonPage ? 'python' : 'typescript';
      log(`Monaco on first click (${options.repeats} fresh profiles) …`);
      const monaco = await measureMonaco({ url: new URL(monacoPage.urlPath, siteUrl).href, language, repeats: options.repeats, serviceWorker, log });
      details.monaco = { page: monacoPage.urlPath, ...monaco };
      if (monaco.reason) nullWith(['monaco_open_cold_ms', 'monaco_open_warm_ms'], monaco.reason);
      else {
        results.monaco_open_cold_ms = median(monaco.cold);
        results.monaco_open_warm_ms = median(monaco.warm);
      }
    }
  }
}

function solutionFor(page, language) {
  const id = firstExerciseId(readFileSync(page.file, 'utf8'), language);
  details[`${language}_exercise`] = id;
  return exerciseSolution(contentDir, id, language);
}

// 3. Content verification: every exercise proved in Node.
if (has('verify')) {
  log('Content verification (vitest --project content) …');
  const verify = await timeContentVerification({ root, tmpDir: TMP });
  details.content_verify = verify;
  if (verify.passed) results.content_verify_ms = verify.ms;
  else reasons.content_verify_ms = `the content tests failed (${verify.summary ?? 'no summary'}), so the time is not a full verification`;
  log(`  ${verify.summary ?? ''} in ${(verify.ms / 1000).toFixed(1)} s`);
}

// 4. Scaling: generated courses of 10, 100 (and 1000) lessons.
if (has('scaling')) {
  results.build_ms_by_lessons = {};
  details.scaling = {};
  for (const lessons of options.scalingSizes) {
    log(`Building a generated course of ${lessons} lessons …`);
    const dir = path.join(TMP, `synthetic-${lessons}`);
    writeSyntheticCourse(dir, lessons);
    const run = await buildCourse({ root, outDir: `${dir}-site`, contentDir: dir, tmpDir: TMP, base });
    results.build_ms_by_lessons[lessons] = run.ms;
    details.scaling[lessons] = { ms: run.ms, peak_rss_bytes: run.peakRssBytes, error: run.error };
    if (!run.ok) console.error(run.error);
    log(`  ${lessons} lessons: ${run.ok ? `${(run.ms / 1000).toFixed(1)} s` : 'failed'}`);
  }
  if (options.quick) details.scaling_note = 'the 1000-lesson build is skipped with --quick';
}
nullWith(FIGURES.map((f) => f.key), options.partial ? 'not measured in this run (--only)' : 'not measured in this run');

const output = {
  date: new Date().toISOString(),
  machine: describeMachine({ chromiumVersion: details.chromium ?? null }),
  quick: options.quick,
  repeats: options.repeats,
  check_samples: options.checkSamples,
  partial: options.partial,
  ...results,
  reasons,
  details,
  duration_ms: Date.now() - started,
};
printTable(output);
if (options.write) {
  writeResults(path.join(root, 'bench', 'results.json'), output);
  if (!options.quick && !options.partial) writeBenchmarksMd(path.join(root, 'BENCHMARKS.md'), output);
  console.log(`\nWrote bench/results.json${!options.quick && !options.partial ? ' and BENCHMARKS.md' : ' (BENCHMARKS.md is only rewritten by a full run)'}.`);
}
console.log(`Benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s.`);

function normaliseBase(value) {
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}
