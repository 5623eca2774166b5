/**
 * The e2e `test`: records the browser console and page errors, and attaches them (with Playwright's screenshot)
 * to any failing test, so a red run explains itself. Also an axe-core accessibility check.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ consoleLog: string[] }>({
  consoleLog: [
    async ({ page }, use, testInfo) => {
      const lines: string[] = [];
      page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
      await use(lines);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('browser-console.txt', { body: lines.join('\n') || '(nothing logged)', contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
});
export { expect };

/** Runs axe-core (WCAG 2.x A and AA rules) and fails listing every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe-core violations').toEqual([]);
}

/**
 * With the service worker on: waits until it controls the page, then, where the page did not reload itself to become
 * cross-origin isolated (pages with an exercise never do), opens it again as a learner moving on would.
 */
export async function isolate(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 90_000 });
  if (!(await page.evaluate(() => crossOriginIsolated))) await page.reload();
  await page.waitForFunction(() => crossOriginIsolated, undefined, { timeout: 30_000 });
}
