/**
 * Every TypeScript exercise proves itself, in Node, with the same compiler, harness and runner the browser uses
 * (execution in a worker thread, with the exercise's time limit):
 * - the solution type-checks cleanly and passes every test;
 * - the starter does not pass;
 * - each wrong/<name>.ts gets exactly wrong/<name>.expected.json (rewritten only when `update` is set).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { Results } from '../../../schema/results.ts';
import type { Runner } from '../../types.ts';
import { createTypeScriptRunner } from '../runner.ts';
import { createInProcessCompilerWorker, createNodeExecWorker } from './node-workers.ts';

export interface VerifyReport {
  /** The exercise folder, as given. */
  dir: string;
  /** What each check found wrong, in words a tutor can act on; empty when the exercise proves itself. */
  problems: string[];
  /** Golden files written (only with `update`). */
  updated: string[];
}

interface LoadedExercise {
  timeLimitSeconds: number;
  typeErrorsBlockTests: boolean;
  starter: string;
  solution: string;
  tests: { path: string; content: string };
  files: { path: string; content: string }[];
  wrong: { name: string; code: string; goldenPath: string }[];
}

const RESERVED = new Set(['exercise.yaml', 'starter.ts', 'solution.ts']);

async function load(dir: string): Promise<LoadedExercise> {
  const meta = (parse(await readFile(join(dir, 'exercise.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
  const entries = await readdir(dir, { withFileTypes: true });
  const testFiles = entries.filter((e) => e.isFile() && e.name.endsWith('.test.ts'));
  if (testFiles.length !== 1) {
    throw new Error(`${dir}: expected exactly one *.test.ts file, found ${testFiles.length}`);
  }
  // Every other file, in sub-folders too (but not wrong/), is an exercise file, as the course loader reads them.
  const files = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (RESERVED.has(path) || path.endsWith('.test.ts') || path.startsWith('wrong/')) continue;
    files.push({ path, content: await readFile(join(dir, path), 'utf8') });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const wrongDir = join(dir, 'wrong');
  const wrong = [];
  if (existsSync(wrongDir)) {
    for (const name of (await readdir(wrongDir)).filter((n) => n.endsWith('.ts')).sort()) {
      wrong.push({ name, code: await readFile(join(wrongDir, name), 'utf8'), goldenPath: join(wrongDir, name.replace(/\.ts$/, '.expected.json')) });
    }
  }
  return {
    timeLimitSeconds: typeof meta.timeLimitSeconds === 'number' ? meta.timeLimitSeconds : 10,
    typeErrorsBlockTests: meta.typeErrorsBlockTests !== false,
    starter: await readFile(join(dir, 'starter.ts'), 'utf8'),
    solution: await readFile(join(dir, 'solution.ts'), 'utf8'),
    tests: { path: testFiles[0]!.name, content: await readFile(join(dir, testFiles[0]!.name), 'utf8') },
    files,
    wrong,
  };
}

let shared: Runner | undefined;
const runner = () => (shared ??= createTypeScriptRunner({ createCompilerWorker: createInProcessCompilerWorker, createExecWorker: createNodeExecWorker }));

function check(exercise: LoadedExercise, code: string): Promise<Results> {
  return runner().run({
    mode: 'check',
    code,
    files: exercise.files,
    tests: exercise.tests,
    timeLimitMs: exercise.timeLimitSeconds * 1000,
    typeErrorsBlockTests: exercise.typeErrorsBlockTests,
  });
}

const summary = (r: Results) =>
  r.status === 'error' ? `${r.problem}: ${r.message} ${JSON.stringify(r.diagnostics)}` : r.tests.filter((t) => t.status !== 'pass').map((t) => `${t.name}: ${t.message}`).join('; ');

/** Results as stored in a golden file: JSON, so absent optional fields compare equal. */
const canonical = (results: Results) => `${JSON.stringify(results, null, 2)}\n`;

export async function verifyTypeScriptExercise(dir: string, options: { update?: boolean } = {}): Promise<VerifyReport> {
  const report: VerifyReport = { dir, problems: [], updated: [] };
  const exercise = await load(dir);

  const solution = await check(exercise, exercise.solution);
  if (solution.status !== 'pass') report.problems.push(`solution.ts does not pass: ${summary(solution)}`);
  if (solution.diagnostics.length > 0) report.problems.push(`solution.ts has type errors: ${JSON.stringify(solution.diagnostics)}`);

  const starter = await check(exercise, exercise.starter);
  if (starter.status === 'pass') report.problems.push('starter.ts passes every test: the learner would have nothing to do');

  for (const wrong of exercise.wrong) {
    const actual = canonical(await check(exercise, wrong.code));
    const where = relative(process.cwd(), wrong.goldenPath);
    if (options.update) {
      if (!existsSync(wrong.goldenPath) || (await readFile(wrong.goldenPath, 'utf8')) !== actual) {
        await writeFile(wrong.goldenPath, actual);
        report.updated.push(where);
      }
      continue;
    }
    if (!existsSync(wrong.goldenPath)) {
      report.problems.push(`wrong/${wrong.name} has no recorded results: run with UPDATE_GOLDEN=1 and read ${basename(wrong.goldenPath)}`);
      continue;
    }
    const expected = await readFile(wrong.goldenPath, 'utf8');
    if (JSON.stringify(JSON.parse(expected)) !== JSON.stringify(JSON.parse(actual))) {
      report.problems.push(`wrong/${wrong.name} now gets different feedback from ${where}:\n${actual}`);
    }
  }
  return report;
}

/** Folders under `root` holding an exercise.yaml with `language: typescript`, sorted. */
export async function findTypeScriptExercises(root: string): Promise<string[]> {
  const found: string[] = [];
  if (!existsSync(root)) return found;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'exercise.yaml') continue;
    const file = join(entry.parentPath, entry.name);
    const meta = parse(await readFile(file, 'utf8')) as { language?: string } | null;
    if (meta?.language === 'typescript') found.push(entry.parentPath);
  }
  return found.sort();
}

/** Stop the shared runner (its spare worker thread would otherwise keep Node alive). */
export function disposeVerifier(): void {
  shared?.dispose();
  shared = undefined;
}
