/**
 * A fresh profile's first visit sets the course up for offline use: the service worker installs (precaching the
 * whole site), takes control, and the page reloads itself once to become cross-origin isolated (see
 * src/lib/offline/register.ts). A figure taken during that would time the set-up, or be cut off by the reload.
 * `settle` waits until it is over: the page controlled by the service worker and isolated, and loaded.
 */
const POLL_MS = 100;

/** Resolves with { controlled, isolated } once settled, or with the state reached when `timeout` ran out. */
export async function settle(page, { serviceWorker, timeout = 180_000, isolationGrace = 30_000 }) {
  if (!serviceWorker) return { controlled: false, isolated: await page.evaluate(() => self.crossOriginIsolated) };
  const deadline = Date.now() + timeout;
  let controlledSince;
  let reloaded = false;
  let state = { controlled: false, isolated: false };
  while (Date.now() < deadline) {
    // Evaluating fails while the page is reloading itself; that is expected, so try again.
    state = (await page.evaluate(() => ({ controlled: Boolean(navigator.serviceWorker?.controller), isolated: self.crossOriginIsolated })).catch(() => null)) ?? state;
    if (state.controlled && state.isolated) break;
    if (state.controlled && !reloaded) {
      // A page with an exercise does not reload itself for isolation (it waits for the learner's next page):
      // open it again, as a learner moving on would.
      reloaded = true;
      await page.reload({ waitUntil: 'load' }).catch(() => {});
      continue;
    }
    if (state.controlled) {
      controlledSince ??= Date.now();
      if (Date.now() - controlledSince > isolationGrace) break; // isolation is not coming: the figures record that
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await page.waitForLoadState('load');
  return state;
}
