/**
 * Every Python exercise proves itself, in Node, with the same runner, worker shell, Pyodide and harness the browser
 * uses (a worker thread, the exercise's time limit, so a starter with an endless loop cannot hang `npm test`):
 * - the solution passes every test;
 * - the starter does not pass;
 * - each wrong/<name>.py gets exactly wrong/<name>.expected.json (rewritten only when `update` is set).
 *
 *   const report = await verifyPythonExercise('content/02-python-first-steps/exercises/bmi', { update: false });
 *   report.problems  // [] when the exercise proves itself; otherwise sentences naming the folder and the reason
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { Results } from '../../../schema/results.ts';
import type { Runner } from '../../types.ts';
import { createNodePythonRunner } from './node-worker.ts';

export interface VerifyReport {
  /** The exercise folder, as given. */
  dir: string;
  /** What each check found wrong, in words a tutor can act on; empty when the exercise proves itself. */
  problems: string[];
  /** Golden files written (only with `update`). */
  updated: string[];
}

interface PythonFile {
  path: string;
  content: string;
}

interface LoadedExercise {
  timeLimitSeconds: number;
  stdin?: string[];
  starter: string;
  solution: string;
  tests: PythonFile;
  files: PythonFile[];
  wrong: { name: string; code: string; goldenPath: string }[];
}

/** Never content: editor and tool litter (as the course loader skips it). */
const IGNORED = /(^|\/)(\.[^/]*|__pycache__|node_modules|Thumbs\.db)(\/|$)|\.pyc$/;
const TEST_FILE = /^test_.*\.py$/;

async function load(dir: string): Promise<LoadedExercise> {
  const meta = (parse(await readFile(join(dir, 'exercise.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
  const top = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && TEST_FILE.test(e.name));
  if (top.length !== 1) throw new Error(`${dir}: expected exactly one test_*.py file, found ${top.length}`);
  const testName = top[0]!.name;
  const reserved = new Set(['exercise.yaml', 'starter.py', 'solution.py', testName]);
  const files: PythonFile[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (reserved.has(path) || path.startsWith('wrong/') || IGNORED.test(path)) continue;
    files.push({ path, content: await readFile(join(dir, path), 'utf8') });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const wrong = [];
  const wrongDir = join(dir, 'wrong');
  if (existsSync(wrongDir)) {
    for (const name of (await readdir(wrongDir)).filter((n) => n.endsWith('.py')).sort()) {
      const goldenPath = join(wrongDir, name.replace(/\.py$/, '.expected.json'));
      wrong.push({ name, code: await readFile(join(wrongDir, name), 'utf8'), goldenPath });
    }
  }
  return {
    timeLimitSeconds: typeof meta.timeLimitSeconds === 'number' ? meta.timeLimitSeconds : 10,
    ...(Array.isArray(meta.stdin) ? { stdin: meta.stdin.map(String) } : {}),
    starter: await readFile(join(dir, 'starter.py'), 'utf8'),
    solution: await readFile(join(dir, 'solution.py'), 'utf8'),
    tests: { path: testName, content: await readFile(join(dir, testName), 'utf8') },
    files,
    wrong,
  };
}

let shared: Runner | undefined;
const runner = () => (shared ??= createNodePythonRunner());

function check(exercise: LoadedExercise, code: string): Promise<Results> {
  return runner().run({
    mode: 'check',
    code,
    files: exercise.files,
    tests: exercise.tests,
    timeLimitMs: exercise.timeLimitSeconds * 1000,
    ...(exercise.stdin ? { stdin: exercise.stdin } : {}),
  });
}

/** Why results are not a pass, in one line: the first failing test and its message, or the error. */
export function whyNotPassing(results: Results): string {
  if (results.status === 'error') {
    const where = results.diagnostics[0];
    const detail = where ? ` (${where.message}${where.line ? `, line ${where.line}` : ''})` : '';
    return `it doesn't run: ${results.message ?? results.problem}${detail}`;
  }
  const failed = results.tests.filter((t) => t.status !== 'pass');
  const first = failed[0];
  if (!first) return 'it passes';
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more)` : '';
  return `it fails test '${first.name}': ${first.message ?? first.status}${more}`;
}

/** Results as stored in a golden file: JSON, so absent optional fields compare equal. */
const canonical = (results: Results) => `${JSON.stringify(results, null, 2)}\n`;

export async function verifyPythonExercise(dir: string, options: { update?: boolean } = {}): Promise<VerifyReport> {
  const report: VerifyReport = { dir, problems: [], updated: [] };
  const problem = (text: string) => report.problems.push(`${dir}: ${text}`);
  const exercise = await load(dir);

  const solution = await check(exercise, exercise.solution);
  if (solution.status !== 'pass') problem(`the solution ${whyNotPassing(solution).replace(/^it /, '')}`);

  const starter = await check(exercise, exercise.starter);
  if (starter.status === 'pass') problem('the starter passes every test, so the learner would have nothing to do');

  for (const wrong of exercise.wrong) {
    const results = await check(exercise, wrong.code);
    const golden = `wrong/${wrong.name.replace(/\.py$/, '.expected.json')}`;
    if (results.status === 'pass') problem(`wrong/${wrong.name} passes every test: a known-wrong answer must fail`);
    const actual = canonical(results);
    if (options.update) {
      if (!existsSync(wrong.goldenPath) || (await readFile(wrong.goldenPath, 'utf8')) !== actual) {
        await writeFile(wrong.goldenPath, actual);
        report.updated.push(join(dir, golden));
      }
      continue;
    }
    if (!existsSync(wrong.goldenPath)) {
      problem(`wrong/${wrong.name} has no recorded feedback yet: run \`npm run verify -- --update\`, then read ${golden}`);
      continue;
    }
    const expected = JSON.parse(await readFile(wrong.goldenPath, 'utf8')) as Results;
    const difference = firstDifference(expected, results);
    if (difference) {
      problem(`wrong/${wrong.name} now gets different feedback from ${golden}: ${difference}. If the new feedback is ` +
        'right, record it with `npm run verify -- --update`.');
    }
  }
  return report;
}

/** The first difference between recorded and actual results, said briefly; undefined when they are the same. */
function firstDifference(expected: Results, actual: Results): string | undefined {
  if (JSON.stringify(expected) === JSON.stringify(JSON.parse(canonical(actual)))) return undefined;
  if (expected.status !== actual.status) return `status was ${expected.status}, now ${actual.status} (${whyNotPassing(actual)})`;
  if (expected.message !== actual.message) return `message was ${JSON.stringify(expected.message)}, now ${JSON.stringify(actual.message)}`;
  for (let index = 0; index < Math.max(expected.tests.length, actual.tests.length); index += 1) {
    const was = expected.tests[index];
    const now = actual.tests[index];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      return `test ${index + 1} was ${JSON.stringify(was ?? null)}, now ${JSON.stringify(now ?? null)}`;
    }
  }
  return `now ${canonical(actual).trim()}`;
}

/** Folders under `root` holding an exercise.yaml with `language: python`, sorted. */
export async function findPythonExercises(root: string): Promise<string[]> {
  const found: string[] = [];
  if (!existsSync(root)) return found;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'exercise.yaml') continue;
    const meta = parse(await readFile(join(entry.parentPath, entry.name), 'utf8')) as { language?: string } | null;
    if (meta?.language === 'python') found.push(entry.parentPath);
  }
  return found.sort();
}

/** Stop the shared runner (its worker thread would otherwise keep Node alive). */
export function disposePythonVerifier(): void {
  shared?.dispose();
  shared = undefined;
}
