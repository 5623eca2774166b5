/**
 * Collecting tests: the Jest globals `describe`, `test`/`it` (with .only, .skip, .each) and the four hooks build
 * a tree while the test file loads; the runner walks it afterwards. Nothing here runs a test.
 */
import { eachName, rowArguments } from './each.ts';

export type TestFn = () => unknown;
export type Mode = 'run' | 'skip' | 'only';

export interface TestNode {
  kind: 'test';
  name: string;
  fn: TestFn;
  mode: Mode;
}

export interface SuiteNode {
  kind: 'suite';
  name: string;
  mode: Mode;
  children: (SuiteNode | TestNode)[];
  beforeAll: TestFn[];
  afterAll: TestFn[];
  beforeEach: TestFn[];
  afterEach: TestFn[];
}

const newSuite = (name: string, mode: Mode): SuiteNode => ({
  kind: 'suite',
  name,
  mode,
  children: [],
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
});

/** The API handed to the test file (and only to it), plus the tree it fills. */
export interface Registry {
  root: SuiteNode;
  api: JestGlobals;
}

export interface JestGlobals {
  describe: ((name: string, fn: () => void) => void) & { only: (n: string, f: () => void) => void; skip: (n: string, f: () => void) => void };
  test: TestApi;
  it: TestApi;
  expect: unknown;
  beforeAll: (fn: TestFn) => void;
  afterAll: (fn: TestFn) => void;
  beforeEach: (fn: TestFn) => void;
  afterEach: (fn: TestFn) => void;
}

type TestApi = ((name: string, fn: TestFn) => void) & {
  only: (name: string, fn: TestFn) => void;
  skip: (name: string, fn: TestFn) => void;
  each: (table: readonly unknown[]) => (name: string, fn: (...args: never[]) => unknown) => void;
};

/** Tutors' mistakes in the test file surface as clear errors naming the call. */
function requireFunction(call: string, fn: unknown): asserts fn is TestFn {
  if (typeof fn !== 'function') throw new TypeError(`${call} needs a function as its last argument.`);
}

export function createRegistry(expect: unknown): Registry {
  const root = newSuite('', 'run');
  let current = root;

  const describeWith = (mode: Mode) => (name: string, fn: () => void) => {
    requireFunction('describe()', fn);
    const suite = newSuite(String(name), mode);
    current.children.push(suite);
    const parent = current;
    current = suite;
    try {
      const returned: unknown = fn();
      if (returned instanceof Promise) throw new TypeError('describe() callbacks must not be async: put the awaits inside test().');
    } finally {
      current = parent;
    }
  };
  const testWith = (mode: Mode) => (name: string, fn: TestFn) => {
    requireFunction('test()', fn);
    current.children.push({ kind: 'test', name: String(name), fn, mode });
  };
  const makeTestApi = (): TestApi =>
    Object.assign(testWith('run'), {
      only: testWith('only'),
      skip: testWith('skip'),
      each: (table: readonly unknown[]) => (name: string, fn: (...args: never[]) => unknown) => {
        requireFunction('test.each()', fn);
        const call = fn as (...args: unknown[]) => unknown;
        table.forEach((row, index) => testWith('run')(eachName(name, row, index), () => call(...rowArguments(row))));
      },
    });
  const hook = (kind: 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach') => (fn: TestFn) => {
    requireFunction(`${kind}()`, fn);
    current[kind].push(fn);
  };

  const describe = Object.assign(describeWith('run'), { only: describeWith('only'), skip: describeWith('skip') });
  const test = makeTestApi();
  return {
    root,
    api: {
      describe,
      test,
      it: test,
      expect,
      beforeAll: hook('beforeAll'),
      afterAll: hook('afterAll'),
      beforeEach: hook('beforeEach'),
      afterEach: hook('afterEach'),
    },
  };
}

/** True when any test or suite in the tree uses `.only`. */
export function hasOnly(suite: SuiteNode): boolean {
  return suite.children.some((child) => child.mode === 'only' || (child.kind === 'suite' && hasOnly(child)));
}
