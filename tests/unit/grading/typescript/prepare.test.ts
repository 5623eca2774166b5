import { describe, expect, test } from 'vitest';
import { results as resultsSchema, runResult } from '../../../../src/schema/results.ts';
import { compiler, grade, runProgram } from './helpers.ts';

const ADD_TESTS = `import { add } from './solution';
test('adds', () => { expect(add(1, 2)).toBe(3); });
`;

describe('what stops the tests before they run', () => {
  test('a syntax error: overall error, problem syntax, never a failed test', async () => {
    const results = await grade('export function add(a: number, b: number) {\n  return a +\n', ADD_TESTS);
    expect(resultsSchema.parse(results)).toMatchObject({ status: 'error', problem: 'syntax', tests: [] });
    expect(results.message).toMatch(/^TypeScript can't read your code yet/);
    expect(results.diagnostics[0]?.code).toMatch(/^TS1/);
  });

  test('a type error blocks by default, with the plain reading', async () => {
    const results = await grade('export function add(a: number, b: number): number {\n  return "3";\n}', ADD_TESTS);
    expect(results).toMatchObject({ status: 'error', problem: 'type', tests: [] });
    expect(results.message).toBe('TypeScript found a type error on line 2. The tests run once your code has no type errors.');
    expect(results.diagnostics).toHaveLength(1);
    expect(results.diagnostics[0]).toMatchObject({ code: 'TS2322', line: 2 });
  });

  test('typeErrorsBlockTests: false runs the tests and keeps the type errors as diagnostics', async () => {
    const code = 'export function add(a: number, b: number): number {\n  const unused: string = 5;\n  return a + b;\n}';
    const results = await grade(code, ADD_TESTS, { typeErrorsBlockTests: false });
    expect(results.status).toBe('pass');
    expect(results.diagnostics.map((d) => d.code)).toEqual(['TS2322']);
  });

  test('a function the tests import but the code does not export: missing-definition', async () => {
    const results = await grade('function add(a: number, b: number) { return a + b; }', ADD_TESTS);
    expect(results).toMatchObject({ status: 'error', problem: 'missing-definition', diagnostics: [] });
    expect(results.message).toMatch(/^Your code doesn't export `add` yet\./);
  });

  test('several missing names are listed together', async () => {
    const tests = "import { bmi, bmiCategory } from './solution';\ntest('x', () => { expect(bmi(1, 1)).toBe(1); expect(bmiCategory(1)).toBe('x'); });\n";
    const results = await grade('export const unrelated = 1;', tests);
    expect(results.message).toMatch(/^Your code doesn't export `bmi` or `bmiCategory` yet\./);
  });

  test('missing exports are checked even when type errors do not block', async () => {
    const results = await grade('export const x: number = "a";', ADD_TESTS, { typeErrorsBlockTests: false });
    expect(results.problem).toBe('missing-definition');
  });

  test('a function shaped differently from how the tests call it is a type problem, shown in the tests', async () => {
    const results = await grade('export function add(a: string): string { return a; }', ADD_TESTS);
    expect(results).toMatchObject({ status: 'error', problem: 'type' });
    expect(results.diagnostics[0]?.message).toMatch(/^In the tests \(line 2\): /);
  });

  test('a broken support file is the exercise\'s fault, not the learner\'s', async () => {
    const results = await grade("import type { X } from './types';\nexport function add(a: number, b: number) { return a + b; }", ADD_TESTS, {
      files: [{ path: 'types.ts', content: 'export interface X { a: number ' }],
    });
    expect(results).toMatchObject({ status: 'error', problem: 'internal' });
    expect(results.message).toContain('`types.ts`');
    expect(results.message).toContain('not your fault');
  });

  test('learner code cannot see the Jest globals', async () => {
    const results = await grade("export function add(a: number, b: number) { expect(a).toBe(1); return a + b; }", ADD_TESTS);
    expect(results.problem).toBe('type');
    expect(results.diagnostics[0]?.message).toBe("Cannot find name 'expect'.");
  });
});

describe('Run', () => {
  test('prints what the program logs', async () => {
    const result = await runProgram('const doses = [500, 1000];\nfor (const d of doses) console.log(`${d} mg`);');
    expect(runResult.parse(result)).toMatchObject({ status: 'ok', output: '500 mg\n1000 mg\n', diagnostics: [] });
  });

  test('type errors stop the program, as they stop the tests', async () => {
    const result = await runProgram('const dose: number = "500";\nconsole.log(dose);');
    expect(result).toMatchObject({ status: 'error', problem: 'type', output: '' });
    expect(result.message).toMatch(/Your program runs once your code has no type errors\.$/);
  });

  test('a runtime error names the line in the TypeScript source', async () => {
    const result = await runProgram('type Obs = { value: number };\nconst list: Obs[] = [];\n\nconsole.log("start");\nconsole.log(list[0]!.value);');
    expect(result).toMatchObject({ status: 'error', problem: 'runtime', output: 'start\n' });
    expect(result.diagnostics[0]).toMatchObject({ code: 'TypeError', line: 5 });
    expect(result.diagnostics[0]?.excerpt).toContain('console.log(list[0]!.value);');
  });

  test('imports the exercise\'s JSON and TypeScript files', async () => {
    const result = await runProgram("import patient from './patient.json';\nimport { greet } from './greet';\nconsole.log(greet(patient.name[0].family));", {
      files: [
        { path: 'patient.json', content: '{"resourceType": "Patient", "name": [{"family": "SMITH"}]}' },
        { path: 'greet.ts', content: 'export const greet = (name: string) => `Hello ${name}`;' },
      ],
    });
    expect(result).toMatchObject({ status: 'ok', output: 'Hello SMITH\n' });
  });
});

describe('the compiler', () => {
  test('a later check with other files forgets the earlier ones', () => {
    compiler.check({ code: "import { a } from './extra';\nexport const b = a;", files: [{ path: 'extra.ts', content: 'export const a = 1;' }] });
    const later = compiler.check({ code: "import { a } from './extra';\nexport const b = a;" });
    expect(later.semantic.map((d) => d.code)).toEqual([2307]);
  });

  test('emits CommonJS with a source map for the learner\'s file', () => {
    compiler.check({ code: 'export const two: number = 2;' });
    const [solution] = compiler.emit();
    expect(solution?.path).toBe('solution.ts');
    expect(solution?.js).toContain('exports.two = 2;');
    expect(JSON.parse(solution?.map ?? '{}').mappings).toBeTypeOf('string');
  });
});
