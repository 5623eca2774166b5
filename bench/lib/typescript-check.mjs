/**
 * TypeScript Checks through the exercise block, with the exercise's reference solution: the first Check on a
 * freshly opened page (the TypeScript service has never checked a program there: it is cold), then later Checks.
 * One fresh profile per repeat; the later Checks of all profiles are pooled for the median and p95.
 */
import { freshProfile } from './browser.mjs';
import { ExerciseBlock, preparePlainEditor } from './exercise-page.mjs';
import { why } from './page-timing.mjs';

export async function measureTypeScript({ url, solution, checkSamples, repeats, serviceWorker, log }) {
  const out = { first: [], later: [], texts: {}, reason: null };
  const perProfile = Math.ceil(checkSamples / repeats);
  for (let i = 0; i < repeats && !out.reason; i++) {
    const profile = await freshProfile({ prepare: preparePlainEditor });
    try {
      const { page } = profile;
      const block = new ExerciseBlock(page, 'typescript');
      await block.open(url, { serviceWorker });
      await block.setCode(solution);
      out.first.push(await block.press('Check'));
      out.texts.check ??= await block.panelText();
      for (let k = 0; k < perProfile; k++) out.later.push(await block.press('Check'));
      log(`  typescript ${i + 1}/${repeats}: first Check ${Math.round(out.first.at(-1))} ms`);
    } catch (error) {
      out.reason = why(error);
    } finally {
      await profile.done();
    }
  }
  return out;
}
