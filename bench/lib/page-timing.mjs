/** Node-side helpers around the in-page probe (ui-contract.mjs): arm a condition, wait for it, read its time. */
import { CONTRACT, installProbe } from './ui-contract.mjs';

export const addProbe = (context) => context.addInitScript(installProbe, CONTRACT);

/** Waits until the named condition has held; returns its time (ms since navigation start), or throws on timeout. */
export async function timeOf(page, name, timeout) {
  await page.waitForFunction((n) => window.__bench?.time(n) !== undefined, name, { timeout, polling: 50 });
  return page.evaluate((n) => window.__bench.time(n), name);
}

/** Arms a condition before the action that should satisfy it. */
export const arm = (page, name, spec) => page.evaluate(([n, s]) => window.__bench.arm(n, s), [name, spec]);

export const clickTime = (page, buttonName) => page.evaluate((n) => window.__bench.clickTime(n), buttonName);


/** A short description of an error for a null figure's reason. */
export const why = (error) => String(error?.message ?? error).split('\n')[0].slice(0, 200);

/**
 * Waits until `lang`'s runtime is ready after this navigation, or says why not: { ms, state }, where ms (since
 * navigation start) is undefined when it did not become ready. Gives up early when the page shows no runtime
 * state at all `grace` ms after load (no exercise block yet), or when the runtime says it is unavailable.
 */
export async function waitForReady(page, lang, { timeout = 90_000, grace = 10_000 } = {}) {
  const loadedAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    ([l, noStateBy, limit]) => {
      const b = window.__bench;
      const state = b.state(l);
      return b.time(`ready:${l}`) !== undefined || state === 'unavailable'
        || (state === null && performance.now() > noStateBy) || performance.now() > limit;
    },
    [lang, loadedAt + grace, loadedAt + timeout],
    { timeout: timeout + 5000, polling: 100 },
  );
  return page.evaluate((l) => ({ ms: window.__bench.time(`ready:${l}`), state: window.__bench.state(l), text: window.__bench.stateText(l) }), lang);
}

/** The reason a runtime did not become ready, for a null figure. */
export function notReadyReason(lang, state, text) {
  if (state === null) return `the ${lang} exercise shows no runtime state (exercise block or ${lang} runner not built yet)`;
  return `the ${lang} runtime did not become ready (state "${state}"${text ? `: "${text}"` : ''})`;
}
