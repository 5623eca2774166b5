// How Python starts on a lesson page: the worker is started by the page's inline script while the page loads
// (src/runners/python/early-worker.ts) and the runner takes it over, so exactly one Python worker loads Pyodide.
import { test, expect } from './fixtures';

test.beforeEach(async ({ page }) => {
  // Anything the page's Content-Security-Policy refuses (an inline script whose hash is not allowed, say).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __refused: string[] }).__refused = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

for (const path of ['python-first-steps/functions-and-return/', 'playground/python/']) {
  test(`${path}: Python is started while the page loads, once, and the security policy allows it`, async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(path);
    await expect(page.locator('[data-runtime-state="ready"]').first()).toBeVisible({ timeout: 60_000 });
    const early = await page.evaluate(() => {
      const found = (window as unknown as { __cwcEarlyWorkers?: Record<string, unknown> }).__cwcEarlyWorkers;
      return { started: found !== undefined, taken: found !== undefined && found.python === undefined };
    });
    expect(early).toEqual({ started: true, taken: true });
    expect(workers).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused)).toEqual([]);
  });
}

test('a lesson without Python starts no Python worker', async ({ page }) => {
  await page.goto('typescript-and-fhir/types-and-functions/');
  await expect(page.locator('[data-exercise]').first()).toBeVisible();
  expect(await page.evaluate(() => 'python' in ((window as unknown as { __cwcEarlyWorkers?: object }).__cwcEarlyWorkers ?? {}))).toBe(false);
});
