// The Python and TypeScript playgrounds: the exercise editor and Run, nothing checked, on the production build.
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.setTimeout(150_000);

const editorBox = (area: Locator) => area.getByRole('textbox', { name: /^Your code/ });

async function setCode(page: Page, area: Locator, code: string): Promise<void> {
  await editorBox(area).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
}

test('the header links to the playgrounds, one per language', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await page.getByRole('link', { name: 'Python playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Python playground' })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'TypeScript playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TypeScript playground' })).toBeVisible();
});

for (const [language, code, printed] of [
  ['Python', 'beds = 24\nprint("Free beds:", beds - 21)\n', 'Free beds: 3'],
  ['TypeScript', 'const beds: number = 24;\nconsole.log(`Free beds: ${beds - 21}`);\n', 'Free beds: 3'],
] as const) {
  test(`${language}: write code, Run, see the output; the code is kept for next time`, async ({ page }) => {
    await page.goto(`playground/${language.toLowerCase()}/`);
    const area = page.getByRole('region', { name: `${language} playground` });
    await expect(area.getByRole('button', { name: 'Run' })).toBeEnabled();
    await expect(area.getByRole('button', { name: 'Check' })).toHaveCount(0);
    await editorBox(area).click();
    await expect(area.locator('.monaco-editor')).toBeVisible();
    await setCode(page, area, code);
    await page.keyboard.press('Shift+Enter');
    await expect(area.locator('[data-output]')).toHaveText(printed, { timeout: 90_000 });
    await expect(area.getByText('Your program finished.')).toBeVisible();

    await page.reload();
    await editorBox(area).click();
    await expect(area.locator('.monaco-editor .view-lines')).toContainText('Free beds');
    await area.getByRole('button', { name: 'Start again from the example' }).click();
    await expect(area.locator('.monaco-editor .view-lines')).toContainText('Ward 7');
    await area.getByRole('button', { name: 'Undo: put my code back' }).click();
    await expect(area.locator('.monaco-editor .view-lines')).toContainText('Free beds');
  });
}

test('a runtime error in the playground is explained calmly, with its line', async ({ page }) => {
  await page.goto('playground/python/');
  const area = page.getByRole('region', { name: 'Python playground' });
  await editorBox(area).click();
  await expect(area.locator('.monaco-editor')).toBeVisible();
  await setCode(page, area, 'beds = 24\nprint(beds / 0)\n');
  await area.getByRole('button', { name: 'Run' }).click();
  await expect(area.getByText(/^Your program stopped with an error on line 2\./)).toBeVisible({ timeout: 90_000 });
  await expect(area.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
});

for (const path of ['playground/', 'playground/python/', 'playground/typescript/']) {
  test(`no axe-core violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
