/**
 * On a warm Python runtime, through the exercise block: Check round trips with the exercise's reference solution,
 * a runaway loop stopped (interrupt), and `time.sleep(60)` stopped (the worker must be replaced: restart). One
 * profile: these are warm-runtime figures. Every sample is click to panel updated with the runtime ready again.
 */
import { freshProfile } from './browser.mjs';
import { ExerciseBlock, preparePlainEditor } from './exercise-page.mjs';
import { why } from './page-timing.mjs';

const RUNAWAY = 'while True:\n    pass\n';
const SLEEPER = 'import time\ntime.sleep(60)\n';

export async function measurePythonInteraction({ url, solution, checkSamples, repeats, serviceWorker, log }) {
  const out = { check: [], interrupt: [], restart: [], isolated: null, texts: {}, reasons: {} };
  const profile = await freshProfile({ prepare: preparePlainEditor });
  try {
    const { page } = profile;
    const block = new ExerciseBlock(page, 'python');
    out.isolated = (await block.open(url, { serviceWorker })).isolated;
    await block.setCode(solution);
    await stage(out, 'check', async () => {
      await block.press('Check'); // the first Check imports the test module's dependencies: not a warm round trip
      out.texts.check = await block.panelText();
      for (let i = 0; i < checkSamples; i++) out.check.push(await block.press('Check'));
    });
    log(`  python check: ${out.check.length} round trips`);
    await stage(out, 'interrupt', async () => {
      await block.setCode(RUNAWAY);
      for (let i = 0; i < repeats; i++) {
        await block.startRun();
        out.interrupt.push(await block.press('Stop', { state: 'ready' }));
      }
      out.texts.interrupt = await block.panelText('output');
    });
    log(`  python interrupt: ${out.interrupt.map(Math.round).join(', ') || '-'} ms`);
    await stage(out, 'restart', async () => {
      await block.setCode(SLEEPER);
      for (let i = 0; i < repeats; i++) {
        await block.startRun();
        out.restart.push(await block.press('Stop', { state: 'ready', timeout: 70_000 }));
      }
      out.texts.restart = await block.panelText('output');
    });
    log(`  python restart: ${out.restart.map(Math.round).join(', ') || '-'} ms`);
  } catch (error) {
    for (const key of ['check', 'interrupt', 'restart']) out.reasons[key] ??= why(error);
  } finally {
    await profile.done();
  }
  return out;
}

/** Runs one part; its failure is that figure's reason and does not stop the others. */
async function stage(out, key, body) {
  try {
    await body();
  } catch (error) {
    out.reasons[key] = why(error);
    out[key] = [];
  }
}
