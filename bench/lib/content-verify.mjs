/**
 * Content verification time: `vitest run --project content`, which proves every exercise of the course in Node
 * (the real Pyodide and the TypeScript harness). Timed as a whole, start-up included, as a tutor waits for it.
 */
import { timedProcess } from './timed-process.mjs';

export async function timeContentVerification({ root, tmpDir }) {
  const run = await timedProcess('node', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'content'], { cwd: root, tmpDir });
  const summary = run.output.match(/Tests\s+(.+)/)?.[1]?.replace(/\x1b\[[0-9;]*m/g, '').trim() ?? null;
  return {
    // A failing run is still timed (the time is real), but flagged, so nobody reads it as a clean pass.
    ms: run.ms,
    passed: run.ok,
    summary,
    peakRssBytes: run.peakRssBytes,
  };
}
