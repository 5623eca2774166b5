import { test, expect, expectNoAxeViolations } from './fixtures';
import { readFileSync } from 'node:fs';

test.describe('progress on this device', () => {
  test('visited lessons are ticked, and the home page offers to continue', async ({ page }) => {
    await page.goto('why-code/why-clinicians-code/');
    await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
    await page.goto('why-code/start-with-a-problem/');
    await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
    const sidebar = page.getByRole('navigation', { name: 'Course contents' });
    await expect(sidebar.getByRole('link', { name: 'Why clinicians code (done)' })).toHaveAttribute('data-done', '');
    await expect(sidebar.getByRole('link', { name: 'Start with a problem you know (done)' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Working safely with data', exact: true })).toBeVisible();
    await page.goto('./');
    await expect(page.getByRole('link', { name: /^Continue where you left off: Working safely with data/ })).toBeVisible();
    await expect(page.getByText(/^\d+% complete \(2 of \d+ done\)$/).first()).toBeVisible();
  });

  test('export, erase and import bring everything back', async ({ page }) => {
    await page.goto('why-code/why-clinicians-code/');
    await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
    await page.goto('progress/');
    await expect(page.locator('[data-course-progress]')).toHaveText(/\(1 of \d+ done\)/);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my progress' }).click();
    const file = await (await downloading).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'clinicians-who-code' });

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Erase all my data on this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'erased' })).toBeVisible();
    await expect(page.locator('[data-course-progress]')).toHaveText(/\(0 of \d+ done\)/);

    await page.getByLabel('Progress file (.json)').setInputFiles(file);
    await page.getByRole('button', { name: 'Load progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Progress loaded' })).toBeVisible();
    await expect(page.locator('[data-course-progress]')).toHaveText(/\(1 of \d+ done\)/);
  });

  test('a file that is not an export is refused with a plain message, and nothing is lost', async ({ page }) => {
    await page.goto('why-code/why-clinicians-code/');
    await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
    await page.goto('progress/');
    await page.getByLabel('Progress file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.getByRole('button', { name: 'Load progress' }).click();
    await expect(page.locator('[data-progress-message]')).toHaveText(/isn't a Clinicians Who Code/i);
    await expect(page.locator('[data-course-progress]')).toHaveText(/\(1 of \d+ done\)/);
  });

  test('loading a file before the store has opened still gets an answer, not a silent reload', async ({ page }) => {
    await page.goto('why-code/why-clinicians-code/');
    await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
    // Hold the progress store's code (loaded on first use) as a slow hospital network would.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(/\/_astro\/progress\.(?!astro)[^/]+\.js$/, async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    await page.goto('progress/', { waitUntil: 'domcontentloaded' });
    await expect.poll(() => held).toBeGreaterThan(0);
    await expect(page.locator('[data-course-progress]')).toHaveText('Loading your progress…');
    await page.getByLabel('Progress file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.getByRole('button', { name: 'Load progress' }).click();
    release();
    await expect(page.locator('[data-progress-message]')).toHaveText(/isn't a Clinicians Who Code/i);
    await expect(page.locator('[data-course-progress]')).toHaveText(/\(1 of \d+ done\)/);
    expect(new URL(page.url()).search, 'the form was not submitted by the browser').toBe('');
  });

  test('when the store cannot be reached, the page and its buttons say so plainly', async ({ page }) => {
    await page.route(/\/_astro\/progress\.(?!astro)[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('progress/');
    const message = page.locator('[data-progress-message]');
    await expect(message).toHaveText(/could not reach what is saved in this browser\. Nothing has been erased\./);
    await expect(page.locator('[data-course-progress]')).toHaveText('Your progress could not be loaded just now.');
    await expect(page.locator('[data-progress-table]')).toHaveText(/could not reach what is saved in this browser/);
    await page.getByLabel('Progress file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.getByRole('button', { name: 'Load progress' }).click();
    await expect(message).toHaveText(/^Sorry, that didn't work: .* Reload the page and try again\.$/);
    expect(new URL(page.url()).search, 'the form was not submitted by the browser').toBe('');
  });

  test('the progress and data pages have no axe-core violations', async ({ page }) => {
    for (const path of ['progress/', 'your-data/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-progress-ready', 'true');
      await expectNoAxeViolations(page);
    }
  });

  test('the data page says where progress is kept', async ({ page }) => {
    await page.goto('your-data/');
    await expect(page.getByText('Right now your progress is saved in IndexedDB')).toBeVisible();
  });
});
