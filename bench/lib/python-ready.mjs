/**
 * Python runtime ready after navigation, cold and warm, beside the floor (bare Pyodide from the same files, in
 * the same run). Each repeat opens two fresh profiles, one for the course page and one for the floor page, in
 * alternating order so drift on a noisy machine falls on both alike. In each profile: a cold visit, then two warm
 * visits once the first visit's offline set-up is over (settle.mjs); "warm" is the second of them (a returning
 * learner: HTTP cache, service worker cache and compiled-code cache all populated). The first warm visit is kept in
 * the details.
 */
import { freshProfile } from './browser.mjs';
import { clickToMonaco } from './monaco-open.mjs';
import { settle } from './settle.mjs';
import { addProbe, notReadyReason, waitForReady, why } from './page-timing.mjs';
import { median } from './stats.mjs';

const READY_TIMEOUT = 90_000;
/** With no runtime state shown this long after load, the exercise block is not there (or not wired) yet. */
const NO_STATE_GRACE = 10_000;

export async function measurePythonReady({ siteUrl, lessonPath, floorPath, repeats, serviceWorker = false, monaco = false, log }) {
  // settledAfter: wall-clock ms from the first navigation until its offline set-up was over (settle.mjs).
  // floorUnderSw: the floor page opened at the end of the course's profile (service worker, isolation, caches).
  const site = {
    cold: [], warm1: [], warm: [], isolated: [], controlled: [], coldReloaded: [], settledAfter: [], floorUnderSw: [],
    monacoCold: [], monacoWarm: [], monacoReason: null, reason: lessonPath ? null : 'no lesson of the course has a Python exercise',
  };
  const floor = { cold: [], warm1: [], warm: [], reason: floorPath ? null : 'no floor page (see pyodide_floor reason)' };
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? ['site', 'floor'] : ['floor', 'site'];
    for (const which of order) {
      const floorUrl = floorPath && new URL(floorPath, siteUrl).href;
      if (which === 'site' && !site.reason) await siteRound(new URL(lessonPath, siteUrl).href, site, { serviceWorker, monaco, floorUrl }).catch((e) => { site.reason = why(e); });
      if (which === 'floor' && !floor.reason) await floorRound(floorUrl, floor).catch((e) => { floor.reason = why(e); });
    }
    const m = monaco ? `, monaco ${fmt(site.monacoCold.at(-1))} / ${fmt(site.monacoWarm.at(-1))} ms` : '';
    log(`  python ready ${i + 1}/${repeats}: site ${fmt(site.cold.at(-1))} / ${fmt(site.warm.at(-1))} ms, floor ${fmt(floor.cold.at(-1))} / ${fmt(floor.warm.at(-1))} ms (cold / warm)${m}`);
  }
  return { site, floor };
}

async function siteRound(url, out, { serviceWorker, monaco, floorUrl }) {
  const profile = await freshProfile({ prepare: addProbe });
  try {
    const started = Date.now();
    const cold = await visit(profile.page, url);
    out.isolated.push(cold.isolated);
    out.coldReloaded.push(cold.reloaded);
    // The first visit installs the service worker and reloads once for isolation; warm visits come after that.
    await settle(profile.page, { serviceWorker });
    out.settledAfter.push(Date.now() - started);
    const warm1 = await visit(profile.page, url);
    const warm = await visit(profile.page, url);
    out.cold.push(cold.ms);
    out.warm1.push(warm1.ms);
    out.warm.push(warm.ms);
    out.controlled.push(warm.controlled);
    // Then Monaco, never opened in this profile yet: the first click (cold), and again on a fresh visit (warm).
    if (monaco && !out.monacoReason) {
      try {
        const cold = await clickToMonaco(profile.page, 'python');
        await visit(profile.page, url);
        out.monacoWarm.push(await clickToMonaco(profile.page, 'python'));
        out.monacoCold.push(cold);
      } catch (error) {
        out.monacoReason = why(error);
      }
    }
    // A diagnostic: bare Pyodide in this same profile, so a gap to the course can be told apart from what the
    // service worker and isolation cost (both have them here) and what the course's own runner adds.
    if (floorUrl && serviceWorker) out.floorUnderSw.push(await floorVisit(profile.page, floorUrl));
  } finally {
    await profile.done();
  }
}

async function visit(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const firstOrigin = await page.evaluate(() => performance.timeOrigin);
  const { ms, state, text, timeOrigin } = await waitForReady(page, 'python', { timeout: READY_TIMEOUT, grace: NO_STATE_GRACE });
  if (ms === undefined) throw new Error(notReadyReason('python', state, text));
  const info = await page.evaluate(() => ({ isolated: self.crossOriginIsolated, controlled: Boolean(navigator.serviceWorker?.controller) }));
  // Counted from the navigation the learner made, even if the page reloaded itself before Python was ready.
  return { ...info, ms: timeOrigin + ms - firstOrigin, reloaded: timeOrigin !== firstOrigin };
}

async function floorRound(url, out) {
  const profile = await freshProfile();
  try {
    const times = [];
    for (let v = 0; v < 3; v++) times.push(await floorVisit(profile.page, url));
    out.cold.push(times[0]);
    out.warm1.push(times[1]);
    out.warm.push(times[2]);
  } finally {
    await profile.done();
  }
}

async function floorVisit(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__floorReadyMs !== undefined || window.__floorError, null, { timeout: READY_TIMEOUT, polling: 50 });
  const { ms, error } = await page.evaluate(() => ({ ms: window.__floorReadyMs, error: window.__floorError }));
  if (error) throw new Error(`the floor page's Pyodide failed: ${error}`);
  return ms;
}

const fmt = (ms) => (ms === undefined ? '-' : Math.round(ms));

/**
 * The result keys of this section. The ratio is the median of each repeat's own ratio (course / floor, measured
 * back to back), which cancels the machine's drift better than a ratio of medians; that one is in the details.
 */
export function readyFigures({ site, floor }) {
  const s = (list, reason) => (reason ? null : median(list));
  const f = {
    python_ready_cold_ms: s(site.cold, site.reason),
    python_ready_warm_ms: s(site.warm, site.reason),
    pyodide_floor_cold_ms: s(floor.cold, floor.reason),
    pyodide_floor_warm_ms: s(floor.warm, floor.reason),
  };
  const measured = !site.reason && !floor.reason;
  f.python_ready_cold_ratio = measured ? pairedRatio(site.cold, floor.cold) : null;
  f.python_ready_warm_ratio = measured ? pairedRatio(site.warm, floor.warm) : null;
  f.pyodide_floor_sw_warm_ms = site.reason || site.floorUnderSw.length === 0 ? null : median(site.floorUnderSw);
  const reloads = site.coldReloaded.filter(Boolean).length;
  f.python_cold_reloads = site.reason ? null : `${reloads} of ${site.coldReloaded.length}`;
  return f;
}

export function ratioOfMedians({ site, floor }) {
  const r = (a, b) => (a === null || b === null ? null : round3(a / b));
  return { cold: r(median(site.cold), median(floor.cold)), warm: r(median(site.warm), median(floor.warm)) };
}

function pairedRatio(course, floor) {
  if (course.length === 0 || course.length !== floor.length) return null;
  return round3(median(course.map((ms, i) => ms / floor[i])));
}

const round3 = (x) => Math.round(x * 1000) / 1000;
