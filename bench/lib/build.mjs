/**
 * Builds a course with the project's real Astro config into a folder of ours (never dist/), timing it. Each build
 * gets an empty cache folder, so every build is a cold one, as in CI.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { timedProcess } from './timed-process.mjs';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const CONFIG = 'bench/astro.bench.config.mjs';

/**
 * `contentDir` is the course folder (content/ for the real course), passed to the build as CWC_CONTENT_DIR;
 * `base` the base path (BASE_PATH).
 * Resolves with { ok, ms, peakRssBytes, peakRssReason, outDir, error }.
 */
export async function buildCourse({ root, outDir, contentDir, tmpDir, base = '/' }) {
  const cacheDir = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const env = { CWC_BENCH_CACHE_DIR: cacheDir, CWC_CONTENT_DIR: contentDir, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await timedProcess('node', [ASTRO, 'build', '--config', CONFIG, '--outDir', outDir], { cwd: root, env, tmpDir });
  rmSync(cacheDir, { recursive: true, force: true });
  return {
    ok: run.ok,
    ms: run.ok ? run.ms : null,
    peakRssBytes: run.ok ? run.peakRssBytes : null,
    peakRssReason: run.ok ? run.peakRssReason : 'the build failed',
    outDir,
    error: run.ok ? null : `astro build exited with ${run.code}: ${lastLines(run.output)}`,
  };
}

/** The part of a failed build's log that says what went wrong: Astro's [ERROR] line and what follows it. */
function lastLines(text, count = 12) {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n');
  const error = lines.findLastIndex((line) => line.includes('[ERROR]'));
  return (error >= 0 ? lines.slice(error, error + count) : lines.slice(-count)).join('\n');
}

/** One line for a figure's null reason. */
export function buildProblem(error) {
  const lines = error.split('\n').map((l) => l.trim()).filter(Boolean);
  const found = lines.find((l) => l.startsWith('found:'));
  return found?.replace(/^found:\s*/, '') ?? lines.find((l) => !l.includes('[ERROR]') && !l.startsWith('astro build exited')) ?? lines[0];
}
