// Feedback beyond the basics: type errors in a lesson, and progress travelling in an export file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const content = (path: string) => readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8');
test.setTimeout(150_000);

test('a TypeScript type error is reported as a type error, with its line marked and a plain reading, before any test runs', async ({ page }) => {
  await page.goto('typescript-and-fhir/reading-type-errors/');
  const block = page.getByRole('region', { name: /^Exercise / });
  await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
  await block.getByRole('button', { name: 'Check' }).click(); // the starter, with its deliberate type errors
  const results = block.locator('[data-results]');
  await expect(results.getByRole('heading', { level: 3 })).toHaveText(/^Not yet: (2|\d+) type errors to fix first, the first on line 5$/, { timeout: 90_000 });
  await expect(results).toContainText('TS2322');
  await expect(results).toContainText(/this is a `?string`?, but a `?number`? is needed/i);
  await expect(results).not.toContainText(/checks? pass/); // no test ran
  await expect(block.locator('.code-gutter .marked')).toHaveText('5');
  await expect(results).toHaveAttribute('aria-live', 'polite');
});

test('export, erase and import bring back code, passes and hints; ticks show on module pages', async ({ page }) => {
  const solution = content('02-python-first-steps/exercises/bmi/solution.py');
  await page.goto('python-first-steps/functions-and-return/');
  const block = page.getByRole('region', { name: 'Exercise Calculate a BMI' });
  await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
  await block.getByRole('button', { name: 'Show the first hint' }).click();
  await block.locator('textarea').fill(solution);
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(block.locator('[data-results]').getByRole('heading', { level: 3 })).toHaveText(/^Well done!/, { timeout: 90_000 });

  await page.goto('python-first-steps/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Functions and return (done)' })).toBeVisible();
  await expect(page.getByText(/^\d+% complete \(1 of \d+ done\)$/)).toBeVisible();

  await page.goto('progress/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress' }).click();
  const file = await (await downloading).path();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Erase all my data on this device' }).click();
  await expect(page.getByRole('row', { name: /Calculate a BMI/ }).getByRole('cell', { name: 'Not started' })).toBeVisible();
  await page.getByLabel('Progress file (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Load progress' }).click();
  const row = page.getByRole('row', { name: /Calculate a BMI/ });
  await expect(row.getByRole('cell', { name: 'Passed ✓' })).toBeVisible();
  await expect(row.getByRole('cell').nth(4)).toHaveText('1'); // one hint used

  await page.goto('python-first-steps/functions-and-return/');
  await expect(block.locator('textarea')).toHaveValue(solution);
  await expect(block.getByText(/^\W*Done$/)).toBeVisible();
});
