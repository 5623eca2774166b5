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
 * Waits until `lang`'s runtime is ready after this navigation, or says why not: { ms, state, text, timeOrigin },
 * where ms (since that document's navigation start, `timeOrigin`) is undefined when it did not become ready. Gives
 * up early when the page shows no runtime state at all `grace` ms after load (no exercise block yet), or when the
 * runtime says it is unavailable. If the page reloads itself meanwhile (the offline set-up does, once), it waits
 * in the new document: compare `timeOrigin` with the first document's to count from the first navigation.
 */
export async function waitForReady(page, lang, { timeout = 90_000, grace = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForLoadState('load');
      const loadedAt = await page.evaluate(() => performance.now());
      await page.waitForFunction(
        ([l, noStateBy, limit]) => {
          const b = window.__bench;
          const state = b.state(l);
          return b.time(`ready:${l}`) !== undefined || state === 'unavailable'
            || (state === null && performance.now() > noStateBy) || performance.now() > limit;
        },
        [lang, loadedAt + grace, loadedAt + Math.max(0, deadline - Date.now())],
        { timeout: Math.max(0, deadline - Date.now()) + 5000, polling: 100 },
      );
      return await page.evaluate((l) => ({
        ms: window.__bench.time(`ready:${l}`), state: window.__bench.state(l), text: window.__bench.stateText(l), timeOrigin: performance.timeOrigin,
      }), lang);
    } catch (error) {
      // The document was replaced under us (a reload): wait again in the new one.
      if (!/context was destroyed|navigat/i.test(String(error?.message)) || Date.now() > deadline) throw error;
    }
  }
}

/** The reason a runtime did not become ready, for a null figure. */
export function notReadyReason(lang, state, text) {
  if (state === null) return `the ${lang} exercise shows no runtime state (exercise block or ${lang} runner not built yet)`;
  return `the ${lang} runtime did not become ready (state "${state}"${text ? `: "${text}"` : ''})`;
}
