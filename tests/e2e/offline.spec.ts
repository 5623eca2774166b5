// Offline and updates, with the service worker on (the rest of the suite blocks it).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, isolate } from './fixtures';
import { BASE_PATH } from './playwright.config';
import { writeServiceWorker } from '../../src/lib/offline/service-worker-integration';
import { serve } from '../../scripts/serve.mjs';
import { ISOLATION_RELOAD_KEY } from '../../src/lib/offline/register';

test.use({ serviceWorkers: 'allow' });

const content = (path: string) => readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8');

/** Waits until the service worker controls the page, has precached the course, and the page is isolated. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => crossOriginIsolated && !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });
}

test('after the first visit the page is cross-origin isolated and the course works offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinicians Who Code' })).toBeVisible();
  await expect(page.getByText('Offline: the course still works')).toBeVisible();
  await page.getByRole('link', { name: /^Start here/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Why clinicians code' })).toBeVisible();
  await page.goto('search/?q=pseudonymised');
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toHaveText(/1 result|\d+ results/);
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: "We can't find that page" })).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

  // Python and TypeScript exercises still check with no network: runtimes, compiler and all come from the cache.
  for (const [lesson, name, code] of [
    ['python-first-steps/functions-and-return/', 'Exercise Calculate a BMI', content('02-python-first-steps/exercises/bmi/solution.py')],
    ['typescript-and-fhir/types-and-functions/', 'Exercise Score a temperature for NEWS2, with types', content('05-typescript-and-fhir/exercises/typed-temperature-score/solution.ts')],
  ] as const) {
    await page.goto(lesson);
    const block = page.getByRole('region', { name });
    await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
    await block.locator('textarea').fill(code);
    await block.getByRole('button', { name: 'Check' }).click();
    await expect(block.locator('[data-results]').getByRole('heading', { level: 3 })).toHaveText(/^Well done!/, { timeout: 90_000 });
  }
});

test('on an isolated page, input() asks the learner, and Stop interrupts a loop without restarting Python', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('python-first-steps/functions-and-return/');
  await isolate(page);
  const block = page.getByRole('region', { name: 'Exercise Calculate a BMI' });
  await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
  await block.locator('textarea').fill('name = input("Patient initials? ")\nprint("Hello, " + name)\n');
  await block.getByRole('button', { name: 'Run' }).click();
  const answer = block.getByLabel('Patient initials?');
  await answer.fill('J S');
  await answer.press('Enter');
  await expect(block.locator('[data-output]')).toContainText('Hello, J S', { timeout: 60_000 });

  // Record every runtime state from here on, to tell an interrupt from a restart.
  await block.locator('[data-runtime-state]').evaluate((el) => {
    const seen: string[] = ((window as unknown as { runtimeStates: string[] }).runtimeStates = []);
    new MutationObserver(() => seen.push(el.getAttribute('data-runtime-state') ?? '')).observe(el, { attributes: true, attributeFilter: ['data-runtime-state'] });
  });
  await block.locator('textarea').fill('count = 0\nwhile True:\n    count += 1\n');
  await block.getByRole('button', { name: 'Run' }).click();
  await block.getByRole('button', { name: 'Stop' }).click();
  await expect(block.getByText('You stopped your program.')).toBeVisible({ timeout: 30_000 });
  await expect(block.locator('[data-runtime-state]')).toHaveAttribute('data-runtime-state', 'ready');
  const states = await page.evaluate(() => (window as unknown as { runtimeStates: string[] }).runtimeStates);
  expect(states).toContain('running');
  expect(states).not.toContain('restarting'); // the interrupt stopped the loop; Python did not have to be restarted
});

test('the first visit to a lesson with an exercise never reloads under the learner; the next page is isolated', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('python-first-steps/functions-and-return/');
  const block = page.getByRole('region', { name: 'Exercise Calculate a BMI' });
  await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
  await block.locator('textarea').fill('# typing while the course sets itself up for offline use\n');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 90_000 });
  // Controlled now, and still the same document: no reload took the page away.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(block.locator('textarea')).toHaveValue('# typing while the course sets itself up for offline use\n');
  await page.getByRole('navigation', { name: 'Lesson' }).getByRole('link', { name: /Next/ }).click();
  await expect.poll(() => page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('the first visit to the Python playground never reloads under the learner either', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('playground/python/');
  await expect(page.locator('[data-playground] [data-runtime-state]')).toHaveAttribute('data-runtime-state', 'ready', { timeout: 60_000 });
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 90_000 });
  // The page decides whether to reload for isolation in the same task that hands it to the service worker, and
  // notes the decision in sessionStorage before reloading: no note, no reload.
  expect(await page.evaluate((key) => sessionStorage.getItem(key), ISOLATION_RELOAD_KEY)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('a new version deployed over the old one is offered, and after reloading it is served whole', async ({ browser }) => {
  test.setTimeout(150_000);
  const site = mkdtempSync(join(tmpdir(), 'cwc-deploy-'));
  cpSync(fileURLToPath(new URL('../../dist/', import.meta.url)), site, { recursive: true });
  const { server, url } = await serve({ dir: site, port: 0, base: BASE_PATH });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const second = await context.newPage();
    await page.goto(url);
    await waitUntilOfflineReady(page);
    await second.goto(`${url}why-code/`);

    // Deploy a new version: a visible change to the home page, then a new sw.js over the same folder.
    const home = join(site, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replaceAll('Learn to program with problems from your own working day.', 'Version two of the course.'));
    await writeServiceWorker(site);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the course is ready' });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Learn to program with problems from your own working day.')).toBeVisible(); // nothing changed under the learner
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByText('Version two of the course.')).toBeVisible({ timeout: 30_000 });
    await second.goto(url);
    await expect(second.getByText('Version two of the course.')).toBeVisible();
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cwc-precache')).length)).toBe(1);
  } finally {
    await context.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test.describe('service workers blocked (as some organisations do)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the learner is told offline use is not available, and that everything works while connected', async ({ page }) => {
    await page.goto('./');
    const notes = page.getByRole('region', { name: 'Notices' });
    await expect(notes.getByRole('heading', { name: 'Using the course offline' })).toBeVisible();
    await expect(notes).toContainText('Everything works while you are connected');
  });
});
