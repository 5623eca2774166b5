// `npm run dev`: the tutor's live preview picks up changes to lessons and exercise files without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PYODIDE_VERSION } from '../../src/runners/python/pyodide-path';
import { makeCourse } from '../support/course-fixture';

const fixture = makeCourse();
// An empty cache, so the dev server makes the precompiled standard library itself (as on a fresh clone).
const stdlibCache = mkdtempSync(join(tmpdir(), 'cwc-dev-stdlib-'));
const PORT = 4400 + Math.floor(Math.random() * 500) + 100;
let dev: ChildProcess;

async function page(path: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  return response.text();
}

/** Polls the page until `text` appears (the dev server re-syncs content in the background). */
async function eventually(path: string, text: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 360; i++) {
    last = await page(path).catch(() => '');
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

beforeAll(async () => {
  dev = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    // A clean environment: vitest's own variables (NODE_ENV=test, VITEST...) would change how Astro runs.
    env: { ...cleanEnv(), CWC_CONTENT_DIR: fixture.dir, CWC_STDLIB_CACHE_DIR: stdlibCache, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  expect(await eventually('/basics/first/', 'Add two numbers')).toContain('Add two numbers');
}, 180_000);

afterAll(() => {
  if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  fixture.cleanup();
  rmSync(stdlibCache, { recursive: true, force: true });
});

test('serves Pyodide with its standard library precompiled, made on first start', async () => {
  const response = await fetch(`http://127.0.0.1:${PORT}/vendor/pyodide/${PYODIDE_VERSION}/python_stdlib.zip`);
  expect(response.status).toBe(200);
  const zip = Buffer.from(await response.arrayBuffer());
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.includes(Buffer.from('json/__init__.pyc'))).toBe(true);
}, 120_000);

test('editing a lesson shows on reload', async () => {
  fixture.write('01-basics/01-first.mdx', '---\ntitle: First, edited\nsummary: The first lesson.\nobjectives: [do one thing]\nminutes: 5\n---\n\nHello again.\n\n<Exercise id="add" />\n');
  const html = await eventually('/basics/first/', 'First, edited');
  expect(html).toContain('Hello again.');
}, 120_000);

test('editing an exercise file shows on reload', async () => {
  fixture.write('01-basics/exercises/add/exercise.yaml', 'title: Add up two doses\nlanguage: python\ninstructions: Write `add(a, b)`, now edited.\nhints: [Use +.]\n');
  const html = await eventually('/basics/first/', 'Add up two doses');
  expect(html).toContain('now edited');
}, 120_000);
