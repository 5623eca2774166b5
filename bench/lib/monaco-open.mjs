/**
 * Monaco ready after the first click in the plain editor: from the click to Monaco showing the learner's code.
 * Cold: a fresh profile's first lesson visit, once its offline set-up is over (settle.mjs), Monaco never loaded.
 * Warm: the same lesson opened again in that profile (Monaco's files and compiled code cached). When the Python
 * start-up is measured too, python-ready.mjs takes these samples in its own profiles instead (clickToMonaco), after
 * its last Python visit, which saves a profile and an offline set-up per repeat. The runtime is left to become ready first, so the figure is Monaco's own, not shared with Pyodide's
 * start.
 */
import { freshProfile } from './browser.mjs';
import { settle } from './settle.mjs';
import { exerciseSelector } from './ui-contract.mjs';
import { addProbe, arm, clickTime, timeOf, waitForReady, why } from './page-timing.mjs';

export async function measureMonaco({ url, language, repeats, serviceWorker, log }) {
  const out = { cold: [], warm: [], reason: null };
  for (let i = 0; i < repeats && !out.reason; i++) {
    const profile = await freshProfile({ prepare: addProbe });
    try {
      const cold = await openOnce(profile.page, url, language, serviceWorker);
      const warm = await openOnce(profile.page, url, language, false);
      out.cold.push(cold);
      out.warm.push(warm);
      log(`  monaco ${i + 1}/${repeats}: cold ${Math.round(cold)} ms, warm ${Math.round(warm)} ms`);
    } catch (error) {
      out.reason = why(error);
    } finally {
      await profile.done();
    }
  }
  return out;
}

async function openOnce(page, url, language, firstVisit) {
  await page.goto(url, { waitUntil: 'load' });
  if (firstVisit) await settle(page, { serviceWorker: true });
  // Let the runtime finish starting (if the page shows its state), so Monaco's figure is its own.
  await waitForReady(page, language);
  return clickToMonaco(page, language);
}

/** On a loaded lesson page: click in the plain editor; milliseconds until Monaco shows the code. */
export async function clickToMonaco(page, language) {
  await arm(page, 'monaco', { kind: 'monaco', lang: language });
  await page.locator(exerciseSelector(language)).first().locator('textarea').first().click();
  try {
    const shown = await timeOf(page, 'monaco', 30_000);
    return shown - (await clickTime(page));
  } catch {
    throw new Error('Monaco did not appear within 30 s of a click in the editor (lazy Monaco not built yet?)');
  }
}
