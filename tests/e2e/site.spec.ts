import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('the course site', () => {
  test('home page: title, promise, modules in order with summaries, and Start here', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Clinicians Who Code' })).toBeVisible();
    await expect(page.getByText('Learn to program with problems from your own working day.')).toBeVisible();
    const modules = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('heading', { level: 3 });
    await expect(modules.first()).toHaveText(/^1\. Why clinicians code$/);
    await expect(page.getByText(/\d+ lessons? · about \d+/).first()).toBeVisible();
    await page.getByRole('link', { name: /^Start here/ }).click();
    await expect(page).toHaveURL(/\/why-code\/why-clinicians-code\/$/);
  });

  test('lesson page: objectives, time, breadcrumbs, sidebar current lesson, previous and next', async ({ page }) => {
    await page.goto('why-code/start-with-a-problem/');
    await expect(page.getByRole('heading', { level: 1, name: 'Start with a problem you know' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By the end you can' })).toBeVisible();
    await expect(page.getByText(/Lesson 2 of \d+ · about 8 minutes/)).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Why clinicians code' })).toHaveAttribute('href', /\/why-code\/$/);
    const sidebar = page.getByRole('navigation', { name: 'Course contents' });
    await expect(sidebar.locator('[aria-current="page"]')).toHaveText(/^Start with a problem you know/);
    const lessonNav = page.getByRole('navigation', { name: 'Lesson' });
    await expect(lessonNav.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', /why-clinicians-code\/$/);
    await lessonNav.getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Working safely with data' })).toBeVisible();
  });

  test('next crosses a module boundary', async ({ page }) => {
    await page.goto('why-code/working-safely-with-data/');
    const next = page.getByRole('navigation', { name: 'Lesson' }).getByRole('link', { name: /Next/ });
    if ((await next.count()) === 0) test.skip(true, 'the course has one module');
    await next.click();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1)).not.toHaveText('Why clinicians code');
  });

  test('module page lists its outcomes and lessons', async ({ page }) => {
    await page.goto('why-code/');
    await expect(page.getByRole('heading', { level: 1, name: 'Module 1: Why clinicians code' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By the end of this module you can' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Working safely with data' }).last()).toBeVisible();
  });

  test('search works from the static index', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search the course' }).fill('pseudonymised');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/\d+ results? for "pseudonymised"/);
    await page.getByRole('main').getByRole('link', { name: 'Working safely with data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Working safely with data');
  });

  test('theme follows the system setting and the toggle overrides it, across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBg);
    await page.goto('why-code/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('skip link moves focus to the main content; focus is visible', async ({ page }) => {
    await page.goto('why-code/why-clinicians-code/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('works at 320 px wide with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['./', 'why-code/', 'why-code/start-with-a-problem/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('a missing page helps the learner back into the course', async ({ page }) => {
    const response = await page.goto('no-such-lesson/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: "We can't find that page" })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the course home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clinicians Who Code' })).toBeVisible();
  });

  for (const [name, path] of [['home', './'], ['module', 'why-code/'], ['lesson', 'why-code/start-with-a-problem/'], ['404', 'nope/'], ['search', 'search/?q=data']] as const) {
    test(`no axe-core violations on the ${name} page, light and dark`, async ({ page }) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });
  }
});
