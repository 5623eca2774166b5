/**
 * Content verification time: `vitest run --project content`, which proves every exercise of the course in Node
 * (the real Pyodide and the TypeScript harness). Timed as a whole, start-up included, as a tutor waits for it.
 */
import { timedProcess } from './timed-process.mjs';

export async function timeContentVerification({ root, tmpDir }) {
  const run = await timedProcess('node', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'content'], { cwd: root, tmpDir });
  // eslint-disable-next-line no-control-regex
  const plain = run.output.replace(/\x1b\[[0-9;]*m/g, '');
  // The summary lines at the end ("Test Files  5 passed (5)", "      Tests  132 passed (133)"), not "Failed Tests 4".
  const line = (label) => [...plain.matchAll(new RegExp(`^\\s*${label}\\s+(.+)$`, 'gm'))].at(-1)?.[1]?.trim();
  const parts = [line('Test Files') && `files: ${line('Test Files')}`, line('Tests') && `tests: ${line('Tests')}`].filter(Boolean);
  const summary = parts.length ? parts.join('; ') : null;
  return {
    // A failing run is still timed (the time is real), but flagged, so nobody reads it as a clean pass.
    ms: run.ms,
    passed: run.ok,
    summary,
    peakRssBytes: run.peakRssBytes,
  };
}
