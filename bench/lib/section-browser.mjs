/**
 * Everything measured in Chromium on the built site, served like a static host (cached for 10 minutes, as GitHub
 * Pages does, and without COOP/COEP: isolation comes from the service worker): Python, TypeScript, Monaco.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { chromiumVersion } from './browser.mjs';
import { firstPageWith } from './course-pages.mjs';
import { exerciseSolution, firstExerciseId } from './exercise-files.mjs';
import { findVendoredPyodide, writeFloorPage } from './floor-page.mjs';
import { measureMonaco } from './monaco-open.mjs';
import { measurePythonInteraction } from './python-interact.mjs';
import { measurePythonReady, ratioOfMedians, readyFigures } from './python-ready.mjs';
import { median, percentile } from './stats.mjs';
import { measureTypeScript } from './typescript-check.mjs';

const MONACO_KEYS = ['monaco_open_cold_ms', 'monaco_open_warm_ms'];

export async function browserSection(ctx, pages) {
  ctx.details.chromium = await chromiumVersion();
  const { server, url } = await serve({ dir: ctx.site, port: 0, base: ctx.base, headers: { 'Cache-Control': 'public, max-age=600' } });
  const run = {
    ctx,
    siteUrl: url,
    serviceWorker: existsSync(path.join(ctx.site, 'sw.js')),
    python: firstPageWith(pages, 'python'),
    typescript: firstPageWith(pages, 'typescript'),
  };
  ctx.details.python_page = run.python?.urlPath ?? null;
  ctx.details.typescript_page = run.typescript?.urlPath ?? null;
  try {
    if (ctx.has('python')) await python(run);
    if (ctx.has('typescript')) await typescript(run);
    if (ctx.has('monaco') && !ctx.details.monaco) await monacoAlone(run);
  } finally {
    server.close();
  }
}

async function python({ ctx, siteUrl, serviceWorker, python: page }) {
  const { results, details, options } = ctx;
  const vendored = findVendoredPyodide(ctx.site);
  const floorPath = vendored.version ? writeFloorPage(ctx.site, vendored.version) : null;
  details.pyodide_version = vendored.version;
  ctx.log(`Python ready vs the floor (${options.repeats} repeats${vendored.reason ? `; ${vendored.reason}` : ''}) …`);
  const monaco = ctx.has('monaco');
  const ready = await measurePythonReady({ siteUrl, lessonPath: page?.urlPath, floorPath, repeats: options.repeats, serviceWorker, monaco, log: ctx.log });
  if (!floorPath) ready.floor.reason = vendored.reason;
  Object.assign(results, readyFigures(ready));
  details.python_ready = { ...ready, ratio_of_medians: ratioOfMedians(ready) };
  ctx.nullWith(['python_ready_cold_ms', 'python_ready_warm_ms', 'python_ready_cold_ratio', 'python_ready_warm_ratio'], ready.site.reason);
  ctx.nullWith(['pyodide_floor_cold_ms', 'pyodide_floor_warm_ms', 'python_ready_cold_ratio', 'python_ready_warm_ratio'], ready.floor.reason);
  ctx.nullWith(['python_cold_reloads', 'pyodide_floor_sw_warm_ms'], ready.site.reason);
  ctx.nullWith(['pyodide_floor_sw_warm_ms'], ready.floor.reason ?? (serviceWorker ? null : 'no service worker in this build'));
  if (monaco && !ready.site.reason) {
    const { monacoCold, monacoWarm, monacoReason } = ready.site;
    details.monaco = { page: page.urlPath, cold: monacoCold, warm: monacoWarm, reason: monacoReason, measured_in: 'the Python start-up profiles' };
    if (!monacoReason) Object.assign(results, { monaco_open_cold_ms: median(monacoCold), monaco_open_warm_ms: median(monacoWarm) });
    ctx.nullWith(MONACO_KEYS, monacoReason);
  }

  const keys = ['python_check_p50_ms', 'python_check_p95_ms', 'python_interrupt_ms', 'python_interrupt_isolated', 'python_restart_ms'];
  if (!page) return ctx.nullWith(keys, 'no lesson of the course has a Python exercise');
  if (ready.site.reason) return ctx.nullWith(keys, ready.site.reason);
  ctx.log('Python Check, interrupt and restart on a warm runtime …');
  const py = await measurePythonInteraction({
    url: new URL(page.urlPath, siteUrl).href,
    solution: solutionFor(ctx, page, 'python'),
    checkSamples: options.checkSamples,
    repeats: options.repeats,
    serviceWorker,
    log: ctx.log,
  });
  details.python_interaction = py;
  results.python_check_p50_ms = median(py.check);
  results.python_check_p95_ms = percentile(py.check, 95);
  results.python_interrupt_ms = median(py.interrupt);
  results.python_interrupt_isolated = py.interrupt.length ? py.isolated : null;
  results.python_restart_ms = median(py.restart);
  ctx.nullWith(['python_check_p50_ms', 'python_check_p95_ms'], py.reasons.check);
  ctx.nullWith(['python_interrupt_ms', 'python_interrupt_isolated'], py.reasons.interrupt);
  ctx.nullWith(['python_restart_ms'], py.reasons.restart);
}

async function typescript({ ctx, siteUrl, serviceWorker, typescript: page }) {
  const keys = ['ts_first_check_ms', 'ts_check_p50_ms', 'ts_check_p95_ms'];
  if (!page) return ctx.nullWith(keys, 'no lesson of the course has a TypeScript exercise');
  ctx.log(`TypeScript Checks (${ctx.options.repeats} fresh profiles) …`);
  const ts = await measureTypeScript({
    url: new URL(page.urlPath, siteUrl).href,
    solution: solutionFor(ctx, page, 'typescript'),
    checkSamples: ctx.options.checkSamples,
    repeats: ctx.options.repeats,
    serviceWorker,
    log: ctx.log,
  });
  ctx.details.typescript = ts;
  if (ts.reason) return ctx.nullWith(keys, ts.reason);
  Object.assign(ctx.results, { ts_first_check_ms: median(ts.first), ts_check_p50_ms: median(ts.later), ts_check_p95_ms: percentile(ts.later, 95) });
}

/** Monaco in profiles of its own: only when the Python start-up rounds did not take its samples. */
async function monacoAlone({ ctx, siteUrl, serviceWorker, python: pyPage, typescript: tsPage }) {
  const page = pyPage ?? tsPage;
  if (!page) return ctx.nullWith(MONACO_KEYS, 'no lesson of the course has an exercise');
  const language = page === pyPage ? 'python' : 'typescript';
  ctx.log(`Monaco on first click (${ctx.options.repeats} fresh profiles) …`);
  const monaco = await measureMonaco({ url: new URL(page.urlPath, siteUrl).href, language, repeats: ctx.options.repeats, serviceWorker, log: ctx.log });
  ctx.details.monaco = { page: page.urlPath, ...monaco };
  if (monaco.reason) return ctx.nullWith(MONACO_KEYS, monaco.reason);
  Object.assign(ctx.results, { monaco_open_cold_ms: median(monaco.cold), monaco_open_warm_ms: median(monaco.warm) });
}

function solutionFor(ctx, page, language) {
  const id = firstExerciseId(readFileSync(page.file, 'utf8'), language);
  ctx.details[`${language}_exercise`] = id;
  return exerciseSolution(ctx.contentDir, id, language);
}
