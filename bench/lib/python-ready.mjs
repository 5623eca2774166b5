/**
 * Python runtime ready after navigation, cold and warm, beside the floor (bare Pyodide from the same files, in
 * the same run). Each repeat opens two fresh profiles, one for the course page and one for the floor page, in
 * alternating order so drift on a noisy machine falls on both alike. In each profile: a cold visit, then two warm
 * visits; "warm" is the second of them (a returning learner: HTTP cache, service worker cache and compiled-code
 * cache all populated). The first warm visit is kept in the details.
 */
import { freshProfile } from './browser.mjs';
import { addProbe, notReadyReason, waitForReady, why } from './page-timing.mjs';
import { median } from './stats.mjs';

const READY_TIMEOUT = 90_000;
/** With no runtime state shown this long after load, the exercise block is not there (or not wired) yet. */
const NO_STATE_GRACE = 10_000;

export async function measurePythonReady({ siteUrl, lessonPath, floorPath, repeats, log }) {
  const site = { cold: [], warm1: [], warm: [], isolated: [], controlled: [], reason: lessonPath ? null : 'no lesson of the course has a Python exercise' };
  const floor = { cold: [], warm1: [], warm: [], reason: floorPath ? null : 'no floor page (see pyodide_floor reason)' };
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? ['site', 'floor'] : ['floor', 'site'];
    for (const which of order) {
      if (which === 'site' && !site.reason) await siteRound(new URL(lessonPath, siteUrl).href, site).catch((e) => { site.reason = why(e); });
      if (which === 'floor' && !floor.reason) await floorRound(new URL(floorPath, siteUrl).href, floor).catch((e) => { floor.reason = why(e); });
    }
    log(`  python ready ${i + 1}/${repeats}: site ${fmt(site.cold.at(-1))} / ${fmt(site.warm.at(-1))} ms, floor ${fmt(floor.cold.at(-1))} / ${fmt(floor.warm.at(-1))} ms (cold / warm)`);
  }
  return { site, floor };
}

async function siteRound(url, out) {
  const profile = await freshProfile({ prepare: addProbe });
  try {
    const cold = await visit(profile.page, url);
    out.isolated.push(cold.isolated);
    // The first visit registers the service worker, which precaches the site; warm visits come after it is done.
    await profile.page.evaluate(async () => {
      if (!(await navigator.serviceWorker?.getRegistration())) return;
      await navigator.serviceWorker.ready;
    });
    const warm1 = await visit(profile.page, url);
    const warm = await visit(profile.page, url);
    out.cold.push(cold.ms);
    out.warm1.push(warm1.ms);
    out.warm.push(warm.ms);
    out.controlled.push(warm.controlled);
  } finally {
    await profile.done();
  }
}

async function visit(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const { ms, state, text } = await waitForReady(page, 'python', { timeout: READY_TIMEOUT, grace: NO_STATE_GRACE });
  if (ms === undefined) throw new Error(notReadyReason('python', state, text));
  return page.evaluate((readyMs) => ({
    ms: readyMs,
    isolated: self.crossOriginIsolated,
    controlled: Boolean(navigator.serviceWorker?.controller),
  }), ms);
}

async function floorRound(url, out) {
  const profile = await freshProfile();
  try {
    const times = [];
    for (let v = 0; v < 3; v++) {
      await profile.page.goto(url, { waitUntil: 'load' });
      await profile.page.waitForFunction(() => window.__floorReadyMs !== undefined || window.__floorError, null, { timeout: READY_TIMEOUT, polling: 50 });
      const { ms, error } = await profile.page.evaluate(() => ({ ms: window.__floorReadyMs, error: window.__floorError }));
      if (error) throw new Error(`the floor page's Pyodide failed: ${error}`);
      times.push(ms);
    }
    out.cold.push(times[0]);
    out.warm1.push(times[1]);
    out.warm.push(times[2]);
  } finally {
    await profile.done();
  }
}

const fmt = (ms) => (ms === undefined ? '-' : Math.round(ms));

/** The result keys of this section. */
export function readyFigures({ site, floor }) {
  const s = (list, reason) => (reason ? null : median(list));
  const f = {
    python_ready_cold_ms: s(site.cold, site.reason),
    python_ready_warm_ms: s(site.warm, site.reason),
    pyodide_floor_cold_ms: s(floor.cold, floor.reason),
    pyodide_floor_warm_ms: s(floor.warm, floor.reason),
  };
  f.python_ready_cold_ratio = ratio(f.python_ready_cold_ms, f.pyodide_floor_cold_ms);
  f.python_ready_warm_ratio = ratio(f.python_ready_warm_ms, f.pyodide_floor_warm_ms);
  return f;
}

const ratio = (a, b) => (a === null || b === null ? null : Math.round((a / b) * 1000) / 1000);
