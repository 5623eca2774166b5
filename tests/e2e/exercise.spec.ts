// The exercise block on real course lessons, with the real Python and TypeScript runners, on the production build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** Pasting (rather than typing) puts code into Monaco exactly, without its auto-indent re-indenting each line. */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const content = (path: string) => readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8');

interface Case {
  language: 'Python' | 'TypeScript';
  lesson: string;
  block: string;
  dir: string;
  ext: string;
  wrong: string;
  syntaxError: string;
  syntaxLine: number;
  loop: string;
}

const CASES: Case[] = [
  {
    language: 'Python',
    lesson: 'python-first-steps/functions-and-return/',
    block: 'Exercise Calculate a BMI',
    dir: '02-python-first-steps/exercises/bmi',
    ext: 'py',
    wrong: 'def bmi(weight_kg, height_m):\n    return round(weight_kg / height_m, 1)\n',
    syntaxError: 'def bmi(weight_kg, height_m)\n    return round(weight_kg / height_m ** 2, 1)\n\nprint(bmi(70, 1.75))\n',
    syntaxLine: 1,
    loop: 'count = 0\nwhile True:\n    count = count + 1\n',
  },
  {
    language: 'TypeScript',
    lesson: 'typescript-and-fhir/types-and-functions/',
    block: 'Exercise Score a temperature for NEWS2, with types',
    dir: '05-typescript-and-fhir/exercises/typed-temperature-score',
    ext: 'ts',
    wrong: 'export type TemperatureScore = 0 | 1 | 2 | 3;\n\nexport function temperatureScore(celsius: number): TemperatureScore {\n  if (celsius <= 35.0) return 3;\n  return 0;\n}\n',
    syntaxError: 'export type TemperatureScore = 0 | 1 | 2 | 3;\n\nexport function temperatureScore(celsius: number): TemperatureScore {\n  if (celsius <= 35.0 {\n    return 3;\n  }\n  return 0;\n}\n',
    syntaxLine: 4,
    loop: 'let count = 0;\nwhile (true) {\n  count = count + 1;\n}\n',
  },
];

const exerciseFiles = (c: Case) => ({
  starter: content(`${c.dir}/starter.${c.ext}`),
  solution: content(`${c.dir}/solution.${c.ext}`),
  hints: (parse(content(`${c.dir}/exercise.yaml`)) as { hints: string[] }).hints,
});

/** The code as the learner sees it, blank lines aside (Monaco draws an empty line as an empty box). */
const visibleLines = (code: string) => code.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l !== '');

async function open(page: Page, c: Case): Promise<Locator> {
  await page.goto(c.lesson);
  const block = page.getByRole('region', { name: c.block });
  await expect(block.getByRole('button', { name: 'Check' })).toBeEnabled();
  return block;
}

const editorBox = (block: Locator) => block.getByRole('textbox', { name: /^Your code/ });

/** Clicks into the editor and waits for the full editor (Monaco) to take over. */
async function useFullEditor(block: Locator): Promise<void> {
  await editorBox(block).click();
  await expect(block.locator('.monaco-editor')).toBeVisible();
  await expect(editorBox(block)).toBeFocused();
}

async function setCode(page: Page, block: Locator, code: string): Promise<void> {
  await editorBox(block).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorLines(block)).toEqual(visibleLines(code));
}

async function editorLines(block: Locator): Promise<string[]> {
  const monaco = block.locator('.monaco-editor .view-lines');
  const text = (await monaco.count()) > 0 ? (await monaco.innerText()).replace(/\u00a0/g, ' ') : await block.locator('textarea').inputValue();
  return visibleLines(text);
}

async function waitUntilReady(block: Locator, c: Case): Promise<void> {
  await expect(block.getByText(`${c.language} is ready.`)).toBeVisible({ timeout: 90_000 });
}

const results = (block: Locator) => block.locator('[data-results]');

for (const c of CASES) {
  test.describe(`${c.language} exercise`, () => {
    test.setTimeout(150_000);

    test('a wrong answer gets "Not yet" and the first failing check; the solution gets a warm pass', async ({ page }) => {
      const { solution } = exerciseFiles(c);
      const block = await open(page, c);
      await useFullEditor(block);
      await setCode(page, block, c.wrong);
      await block.getByRole('button', { name: 'Check' }).click();
      await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Not yet: \d+ of \d+ checks? pass(es)?$/, { timeout: 90_000 });
      await expect(results(block).getByRole('heading', { level: 4 })).toHaveText(/^First check not passing yet: /);
      await expect(results(block).locator(':scope > details > summary')).toHaveText(/^The other \d+ checks? \(/);

      await setCode(page, block, solution);
      await block.getByRole('button', { name: 'Check' }).click();
      await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Well done! All \d+ checks pass\.$/, { timeout: 60_000 });
      await expect(block.getByText('This exercise is done.')).toBeVisible();
      await expect(block.getByText(/^\W*Done$/)).toBeVisible();
      // The pass reaches the progress store: the lesson is ticked in the course contents.
      await expect(page.getByRole('navigation', { name: 'Course contents' }).locator('a[aria-current="page"]')).toHaveAttribute('data-done', '');
    });

    test('a syntax error is shown as such, with its line marked in the editor', async ({ page }) => {
      const block = await open(page, c);
      await useFullEditor(block);
      await setCode(page, block, c.syntaxError);
      await block.getByRole('button', { name: 'Check' }).click();
      await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`^Not yet: a syntax error on line ${c.syntaxLine} stops ${c.language} reading your code$`), {
        timeout: 90_000,
      });
      await expect(block.locator('.monaco-editor .cwc-marked-line')).toHaveCount(1);
      await results(block).getByRole('button', { name: `Go to line ${c.syntaxLine}` }).click();
      await expect(editorBox(block)).toBeFocused();
      expect(await editorLines(block)).toEqual(visibleLines(c.syntaxError));
    });

    test('hints are revealed one at a time, in order, and the number used is remembered', async ({ page }) => {
      const { hints } = exerciseFiles(c);
      const block = await open(page, c);
      const list = block.getByRole('region', { name: 'Hints' }).getByRole('listitem');
      await expect(list).toHaveCount(0);
      await block.getByRole('button', { name: 'Show the first hint' }).click();
      await expect(list).toHaveCount(1);
      await expect(list.first()).toBeFocused();
      await block.getByRole('button', { name: `Show hint 2 of ${hints.length}` }).click();
      await expect(list).toHaveCount(2);
      await expect(block.getByText(`You have seen 2 of ${hints.length} hints.`)).toBeVisible();
      await page.reload();
      await expect(block.getByText(`You have seen 2 of ${hints.length} hints.`)).toBeVisible();
      await expect(list).toHaveCount(2);
      await expect(block.getByRole('button', { name: `Show hint 3 of ${hints.length}` })).toBeVisible();
    });

    test('the solution is offered after a failed Check, shown beside the code, and copied in only on purpose (undoably)', async ({ page }) => {
      const { solution } = exerciseFiles(c);
      const block = await open(page, c);
      const solutionRegion = block.getByRole('region', { name: 'Solution' });
      await expect(solutionRegion).toBeHidden();
      await useFullEditor(block);
      await setCode(page, block, c.wrong);
      await block.getByRole('button', { name: 'Check' }).click();
      await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Not yet/, { timeout: 90_000 });

      await solutionRegion.getByRole('button', { name: 'Show the solution' }).click();
      const table = solutionRegion.getByRole('table');
      await expect(table.getByRole('columnheader')).toHaveText(['Your code', 'Solution']);
      const onlyInSolution = visibleLines(solution).find((line) => !visibleLines(c.wrong).includes(line))!.trim();
      await expect(table.getByRole('cell', { name: `Only in the solution: ${onlyInSolution}` }).first()).toBeVisible();
      expect(await editorLines(block)).toEqual(visibleLines(c.wrong)); // drawn beside, never written over

      await solutionRegion.getByRole('button', { name: 'Copy the solution into the editor' }).click();
      await expect.poll(() => editorLines(block)).toEqual(visibleLines(solution));
      await block.getByRole('button', { name: 'Undo: put my code back' }).click();
      await expect.poll(() => editorLines(block)).toEqual(visibleLines(c.wrong));
    });

    test('Reset goes back to the starter after a confirm, and can be undone', async ({ page }) => {
      const { starter } = exerciseFiles(c);
      const block = await open(page, c);
      await useFullEditor(block);
      await setCode(page, block, c.wrong);
      await block.getByRole('button', { name: 'Reset' }).click();
      await block.getByRole('button', { name: 'Keep my code' }).click();
      expect(await editorLines(block)).toEqual(visibleLines(c.wrong));

      await block.getByRole('button', { name: 'Reset' }).click();
      await block.getByRole('button', { name: 'Yes, start again' }).click();
      await expect.poll(() => editorLines(block)).toEqual(visibleLines(starter));
      await expect(block.getByText('Your code is back to the starter.')).toBeVisible();
      await expect(block.getByRole('button', { name: 'Undo reset' })).toBeFocused();
      await block.getByRole('button', { name: 'Undo reset' }).click();
      await expect.poll(() => editorLines(block)).toEqual(visibleLines(c.wrong));
    });

    test('Stop ends a loop that never finishes, with the code left intact', async ({ page }) => {
      const block = await open(page, c);
      await waitUntilReady(block, c);
      await useFullEditor(block);
      await setCode(page, block, c.loop);
      await block.getByRole('button', { name: 'Run' }).click();
      const stop = block.getByRole('button', { name: 'Stop' });
      await expect(block.getByRole('button', { name: 'Run' })).toHaveAttribute('aria-disabled', 'true');
      await stop.click();
      await expect(block.getByText('You stopped your program.')).toBeVisible({ timeout: 30_000 });
      await expect(stop).toBeHidden();
      await expect(block.getByRole('button', { name: 'Run' })).toBeFocused();
      expect(await editorLines(block)).toEqual(visibleLines(c.loop));
    });
  });
}

test.describe('the editor', () => {
  test.setTimeout(150_000);
  const [python, typescript] = CASES as [Case, Case];

  test('Monaco takes over on first focus without losing a keystroke or the cursor', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/monaco-setup\.[\w-]+\.js$/, async (route) => {
      await gate; // hold Monaco back until the learner has typed into the plain editor
      await route.continue();
    });
    const block = await open(page, python);
    await editorBox(block).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('#typed-zz');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(block.locator('.monaco-editor')).toHaveCount(0);
    release();
    await expect(block.locator('.monaco-editor')).toBeVisible();
    await page.keyboard.type('Q');
    await expect.poll(async () => (await editorLines(block)).at(-1)).toBe('#typed-Qzz');
    await expect(block.locator('textarea.code-input')).toBeHidden();
  });

  test("Monaco's styles are not render-blocking: they arrive with Monaco, on first use", async ({ page }) => {
    const block = await open(page, python);
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(sheets.filter((href) => /monaco|editor|codicon/i.test(href))).toEqual([]);
    await expect(page.locator('style[data-monaco]')).toHaveCount(0);
    await useFullEditor(block);
    expect(await page.locator('style[data-monaco]').count()).toBeGreaterThan(0);
  });

  test('the full editor follows the light and dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const block = await open(page, typescript);
    await useFullEditor(block);
    await expect(block.locator('.monaco-editor')).not.toHaveClass(/vs-dark/);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(block.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  });

  test('TypeScript IntelliSense: imports of exercise files resolve, and a type error is underlined as you type', async ({ page }) => {
    await page.goto('typescript-and-fhir/fhir-patient/');
    const block = page.locator('section[data-exercise="patient-display-name"]');
    await useFullEditor(block);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nconst beds: number = "twenty";');
    await expect(block.locator('.monaco-editor .squiggly-error')).toHaveCount(1, { timeout: 30_000 }); // only ours: './types' resolved
  });

  test('keyboard only: shortcuts, Escape then Tab out, and every control in reach', async ({ page }) => {
    const { solution } = exerciseFiles(python);
    const block = await open(page, python);
    await waitUntilReady(block, python);
    await editorBox(block).focus();
    await expect(block.locator('.monaco-editor')).toBeVisible();
    await expect(editorBox(block)).toBeFocused();
    await setCode(page, block, solution);

    await page.keyboard.press('Shift+Enter');
    await expect(block.locator('[data-output]')).toHaveText(/22\.9/, { timeout: 60_000 });
    // Output streams in before the run has finished; Check waits its turn until Run is available again.
    await expect(block.getByRole('button', { name: 'Run' })).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Well done!/, { timeout: 60_000 });
    expect(await editorLines(block)).toEqual(visibleLines(solution)); // neither shortcut typed a new line

    await editorBox(block).focus();
    await page.keyboard.press('Escape');
    await expect(block.getByText('Tab now moves out of the editor')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(block.getByRole('checkbox', { name: 'Use the plain editor' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(block.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(block.getByRole('button', { name: 'Run' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(block.getByRole('button', { name: 'Reset' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('button', { name: 'Yes, start again' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Keep my code"
    await expect(block.getByRole('button', { name: 'Reset' })).toBeFocused();

    const hint = block.getByRole('button', { name: 'Show the first hint' });
    for (let i = 0; i < 12 && !(await hint.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(hint).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('region', { name: 'Hints' }).getByRole('listitem').first()).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const focusedInBlock = await block.evaluate((el) => el.contains(document.activeElement));
    expect(focusedInBlock).toBe(true);
  });

  test('the plain editor: chosen and remembered, Tab indents, shortcuts work, an error line is marked', async ({ page }) => {
    const block = await open(page, python);
    await block.getByRole('checkbox', { name: 'Use the plain editor' }).check();
    await page.reload();
    await expect(block.getByRole('checkbox', { name: 'Use the plain editor' })).toBeChecked();
    const box = block.locator('textarea');
    await box.click();
    await box.fill('def bmi(weight_kg, height_m)\n');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Tab');
    await page.keyboard.type('return 0');
    await expect(box).toHaveValue('def bmi(weight_kg, height_m)\n    return 0');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Not yet: a syntax error on line 1/, { timeout: 90_000 });
    await expect(block.locator('.code-gutter .marked')).toHaveText('1');
    await expect(block.locator('.monaco-editor')).toHaveCount(0);
  });
});

test.describe('a locked-down browser', () => {
  test('blocked WebAssembly: Python says so plainly, and Run and Check stay off', async ({ page }) => {
    await page.addInitScript(() => {
      delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
    });
    await page.goto(CASES[0]!.lesson);
    const block = page.getByRole('region', { name: CASES[0]!.block });
    await expect(block.getByText(/This browser is blocking "WebAssembly", which Python needs/)).toBeVisible();
    await expect(block.getByRole('button', { name: 'Check' })).toBeDisabled();
    await expect(block.getByRole('button', { name: 'Run' })).toBeDisabled();
    await expect(block.getByRole('textbox', { name: /^Your code/ })).toBeEditable(); // the code can still be written and is saved
  });

  test('blocked web workers: TypeScript says so plainly', async ({ page }) => {
    await page.addInitScript(() => {
      delete (globalThis as { Worker?: unknown }).Worker;
    });
    await page.goto(CASES[1]!.lesson);
    const block = page.getByRole('region', { name: CASES[1]!.block });
    await expect(block.getByText(/This browser is blocking "web workers", which TypeScript needs/)).toBeVisible();
    await expect(block.getByRole('button', { name: 'Check' })).toBeDisabled();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  test.setTimeout(150_000);

  test('the plain editor stays, code-friendly, and the block fits 375 px', async ({ page }) => {
    const monacoRequests: string[] = [];
    page.on('request', (r) => {
      if (/monaco-setup|editor\.api/.test(r.url())) monacoRequests.push(r.url());
    });
    const block = await open(page, CASES[0]!);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const box = block.locator('textarea');
    await expect(box).toHaveAttribute('spellcheck', 'false');
    await expect(box).toHaveAttribute('autocapitalize', 'off');
    await expect(box).toHaveAttribute('autocorrect', 'off');
    expect(await box.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono|Consolas/i);
    await box.tap();
    await box.fill('def bmi(weight_kg, height_m):\n');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Tab');
    await page.keyboard.type('return 0');
    await expect(box).toHaveValue('def bmi(weight_kg, height_m):\n    return 0');
    await block.getByRole('button', { name: 'Check' }).tap();
    await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Not yet/, { timeout: 90_000 });
    await expect(box).toBeVisible();
    expect(monacoRequests).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility', () => {
  test.setTimeout(150_000);
  for (const c of CASES) {
    test(`no axe-core violations on a ${c.language} lesson with an exercise, before and after a Check`, async ({ page }) => {
      const block = await open(page, c);
      await expectNoAxeViolations(page);
      await useFullEditor(block);
      await setCode(page, block, c.wrong);
      await block.getByRole('button', { name: 'Check' }).click();
      await expect(results(block).getByRole('heading', { level: 3 })).toHaveText(/^Not yet/, { timeout: 90_000 });
      await block.getByRole('region', { name: 'Solution' }).getByRole('button', { name: 'Show the solution' }).click();
      await block.getByRole('button', { name: 'Show the first hint' }).click();
      await expectNoAxeViolations(page);
    });
  }
});
