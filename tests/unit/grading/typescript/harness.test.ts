import { describe, expect, test } from 'vitest';
import { results as resultsSchema } from '../../../../src/schema/results.ts';
import { OUTPUT_TRUNCATED_NOTICE } from '../../../../src/schema/results.ts';
import { grade } from './helpers.ts';

const LOG = 'export const log: string[] = [];\nexport function note(s: string) { log.push(s); }';

describe('collecting and naming tests', () => {
  test('names join describes with " > ", in declaration order', async () => {
    const results = await grade('export const one = 1;', `import { one } from './solution';
describe('NEWS2', () => {
  describe('temperature', () => {
    test('35.0 scores 3', () => expect(one).toBe(1));
    it('35.1 scores 1', () => expect(one).toBe(1));
  });
  test('total', () => expect(one).toBe(1));
});
test('top level', () => expect(one).toBe(1));
`);
    expect(resultsSchema.parse(results).status).toBe('pass');
    expect(results.tests.map((t) => t.name)).toEqual([
      'NEWS2 > temperature > 35.0 scores 3',
      'NEWS2 > temperature > 35.1 scores 1',
      'NEWS2 > total',
      'top level',
    ]);
  });

  test('.skip drops a test; .only keeps only those marked', async () => {
    const skip = await grade('export const one = 1;', `import { one } from './solution';
test('runs', () => expect(one).toBe(1));
test.skip('skipped', () => expect(one).toBe(2));
describe.skip('skipped suite', () => { test('inner', () => expect(one).toBe(2)); });
`);
    expect(skip.tests.map((t) => t.name)).toEqual(['runs']);
    const only = await grade('export const one = 1;', `import { one } from './solution';
test('not this', () => expect(one).toBe(2));
test.only('this', () => expect(one).toBe(1));
describe.only('and this suite', () => { test('inner', () => expect(one).toBe(1)); });
`);
    expect(only.tests.map((t) => t.name)).toEqual(['this', 'and this suite > inner']);
  });

  test('test.each makes one named test per row', async () => {
    const results = await grade('export const score = (t: number) => (t <= 35.0 ? 3 : t <= 36.0 ? 1 : 0);', `import { score } from './solution';
test.each([[35.0, 3], [35.1, 1], [36.1, 0]])('temperature %f scores %i', (t, s) => {
  expect(score(t)).toBe(s);
});
`);
    expect(results.tests.map((t) => [t.name, t.status])).toEqual([
      ['temperature 35 scores 3', 'pass'],
      ['temperature 35.1 scores 1', 'pass'],
      ['temperature 36.1 scores 0', 'pass'],
    ]);
  });

  test('a test file with no tests is reported as the exercise\'s problem', async () => {
    const results = await grade('export const one = 1;', "import { one } from './solution';\nconst x = one;\n");
    expect(results).toMatchObject({ status: 'error', problem: 'internal' });
  });
});

describe('running tests', () => {
  test('a failed expectation is "fail"; any other throw is "error" with a reading and traceback', async () => {
    const code = 'export function latest(values: number[]): number {\n  const last = values.at(-1) as unknown as { toFixed(): string };\n  return Number(last.toFixed());\n}';
    const results = await grade(code, `import { latest } from './solution';
test('last value', () => expect(latest([1, 2])).toBe(3));
test('empty list', () => expect(latest([])).toBe(0));
`);
    expect(results.status).toBe('fail');
    expect(results.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('Expected: 3\nReceived: 2') });
    expect(results.tests[1]).toMatchObject({
      status: 'error',
      message: "TypeError: Cannot read properties of undefined (reading 'toFixed')",
      explanation: expect.stringContaining('`toFixed`'),
      traceback: '  at latest (solution.ts:3:22)',
    });
  });

  test('async tests are awaited, and their failures count', async () => {
    const code = 'export async function fetchPulse(): Promise<number> {\n  await new Promise((r) => setTimeout(r, 5));\n  return 88;\n}';
    const results = await grade(code, `import { fetchPulse } from './solution';
test('resolves', async () => { expect(await fetchPulse()).toBe(88); });
test('wrong', async () => { await expect(fetchPulse()).resolves.toBe(90); });
test('rejects', () => expect(Promise.reject(new Error('offline'))).rejects.toThrow('offline'));
`);
    expect(results.tests.map((t) => t.status)).toEqual(['pass', 'fail', 'pass']);
  });

  test('hooks run in Jest\'s order', async () => {
    const results = await grade(LOG, `import { log, note } from './solution';
beforeAll(() => note('beforeAll outer'));
afterAll(() => note('afterAll outer'));
beforeEach(() => note('beforeEach outer'));
afterEach(() => note('afterEach outer'));
describe('inner', () => {
  beforeAll(() => note('beforeAll inner'));
  afterAll(() => note('afterAll inner'));
  beforeEach(() => note('beforeEach inner'));
  afterEach(() => note('afterEach inner'));
  test('a', () => note('test a'));
  test('b', () => note('test b'));
});
test('after', () => {
  expect(log).toEqual([
    'beforeAll outer',
    'beforeAll inner', 'beforeEach outer', 'beforeEach inner', 'test a', 'afterEach inner', 'afterEach outer',
    'beforeEach outer', 'beforeEach inner', 'test b', 'afterEach inner', 'afterEach outer', 'afterAll inner',
    'beforeEach outer',
  ]);
});
`);
    expect(results.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['inner > a', 'pass', undefined],
      ['inner > b', 'pass', undefined],
      ['after', 'pass', undefined],
    ]);
  });

  test('a failing beforeAll errors every test in its suite, and says why', async () => {
    const results = await grade('export const one = 1;', `import { one } from './solution';
describe('suite', () => {
  beforeAll(() => { throw new Error('setup broke'); });
  test('a', () => expect(one).toBe(1));
  test('b', () => expect(one).toBe(1));
});
test('outside', () => expect(one).toBe(1));
`);
    expect(results.tests.map((t) => t.status)).toEqual(['error', 'error', 'pass']);
    expect(results.tests[0]?.message).toBe('A beforeAll() step failed, so this test could not run.\nError: setup broke');
  });

  test('console output is captured per test, and load-time output separately', async () => {
    const code = "console.log('loading');\nexport function shout(s: string) { console.log(s.toUpperCase()); console.warn('careful'); return s; }";
    const results = await grade(code, `import { shout } from './solution';
test('one', () => { shout('a'); });
test('two', () => { shout('b'); });
`);
    expect(results.output).toBe('loading\n');
    expect(results.tests.map((t) => t.output)).toEqual(['A\ncareful\n', 'B\ncareful\n']);
  });

  test('each test\'s output is capped with the notice', async () => {
    const code = "export function spam() { for (let i = 0; i < 2000; i++) console.log('x'.repeat(100)); }";
    const results = await grade(code, "import { spam } from './solution';\ntest('spam', () => { spam(); });\ntest('quiet', () => {});\n");
    expect(results.tests[0]?.outputTruncated).toBe(true);
    expect(results.tests[0]?.output.endsWith(OUTPUT_TRUNCATED_NOTICE)).toBe(true);
    expect(results.tests[1]).toMatchObject({ output: '', outputTruncated: false });
  });

  test('the learner\'s module throwing at the top level is a runtime error, not a pass', async () => {
    const results = await grade("export const one = 1;\nthrow new Error('stop');", "import { one } from './solution';\ntest('a', () => expect(one).toBe(1));\n");
    expect(results).toMatchObject({ status: 'error', problem: 'runtime', tests: [] });
    expect(results.diagnostics[0]).toMatchObject({ message: 'Error: stop', line: 2 });
  });

  test('learner code cannot require the Jest API or the test file', async () => {
    const results = await grade(
      "declare const require: (s: string) => unknown;\nexport const api = (() => { try { return require('@jest/globals'); } catch (e) { return String(e); } })();\nexport const tests = (() => { try { return require('./exercise.test'); } catch (e) { return String(e); } })();",
      "import { api, tests } from './solution';\ntest('x', () => { expect(api).toBe(\"Error: Cannot find module '@jest/globals'\"); expect(tests).toBe(\"Error: Cannot find module './exercise.test'\"); });\n",
    );
    expect(results.status).toBe('pass');
  });
});
