/**
 * Walk the collected tree: hooks in Jest's order (beforeAll once per suite; beforeEach outer to inner; afterEach
 * inner to outer; afterAll after the suite's last test), each test's console output captured on its own, results
 * in declaration order with names joined "describe > test".
 */
import type { TestResult } from '../../../schema/results.ts';
import { isAssertionError } from './assertion-error.ts';
import { OutputBuffer, type CapturingConsole } from './console-capture.ts';
import { hasOnly, type SuiteNode, type TestFn, type TestNode } from './registry.ts';
import { reportError, type LearnerMaps } from './runtime-errors.ts';

export interface PlannedTest {
  name: string;
  node: TestNode;
  /** Suites from the root to the test's own. */
  suites: SuiteNode[];
}

/** The tests that will run, in order (`.skip` dropped; with any `.only`, only those). */
export function plan(root: SuiteNode): PlannedTest[] {
  const onlyMode = hasOnly(root);
  const out: PlannedTest[] = [];
  const walk = (suite: SuiteNode, suites: SuiteNode[], names: string[], inOnly: boolean) => {
    for (const child of suite.children) {
      if (child.mode === 'skip') continue;
      const selected = inOnly || child.mode === 'only';
      if (child.kind === 'suite') walk(child, [...suites, child], [...names, child.name], selected);
      else if (!onlyMode || selected) out.push({ name: [...names, child.name].join(' > '), node: child, suites });
    }
  };
  walk(root, [root], [], false);
  return out;
}

export interface SuiteEvents {
  onTestStart?: (index: number, name: string) => void;
  onTestDone?: (index: number, result: TestResult) => void;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

async function attempt(fn: TestFn): Promise<Outcome> {
  try {
    await fn();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

function failure(error: unknown, maps: LearnerMaps, prefix = ''): Omit<TestResult, 'output' | 'outputTruncated' | 'name'> {
  if (isAssertionError(error)) return { status: 'fail', message: prefix + error.message };
  const report = reportError(error, maps);
  return {
    status: 'error',
    message: prefix + report.message,
    ...(report.explanation ? { explanation: report.explanation } : {}),
    ...(report.traceback ? { traceback: report.traceback } : {}),
  };
}

export async function runSuite(
  root: SuiteNode,
  capture: CapturingConsole,
  maps: LearnerMaps,
  events: SuiteEvents = {},
): Promise<TestResult[]> {
  const tests = plan(root);
  const results: TestResult[] = [];
  const started = new Set<SuiteNode>();
  const beforeAllFailure = new Map<SuiteNode, unknown>();
  const lastIndex = new Map<SuiteNode, number>();
  tests.forEach((t, i) => t.suites.forEach((s) => lastIndex.set(s, i)));

  for (const [index, test] of tests.entries()) {
    events.onTestStart?.(index, test.name);
    const buffer = new OutputBuffer();
    capture.use(buffer);
    let outcome: Outcome = { ok: true };
    let prefix = '';
    for (const suite of test.suites) {
      if (!started.has(suite)) {
        started.add(suite);
        for (const hook of suite.beforeAll) {
          const result = await attempt(hook);
          if (!result.ok) {
            beforeAllFailure.set(suite, result.error);
            break;
          }
        }
      }
      if (beforeAllFailure.has(suite) && outcome.ok) {
        outcome = { ok: false, error: beforeAllFailure.get(suite) };
        prefix = 'A beforeAll() step failed, so this test could not run.\n';
      }
    }
    const each = test.suites.flatMap((s) => s.beforeEach);
    for (const hook of outcome.ok ? each : []) {
      outcome = await attempt(hook);
      if (!outcome.ok) {
        prefix = 'A beforeEach() step failed.\n';
        break;
      }
    }
    if (outcome.ok) outcome = await attempt(test.node.fn);
    for (const hook of [...test.suites].reverse().flatMap((s) => s.afterEach)) {
      const after = await attempt(hook);
      if (outcome.ok && !after.ok) {
        outcome = after;
        prefix = 'An afterEach() step failed.\n';
      }
    }
    for (const suite of [...test.suites].reverse()) {
      if (lastIndex.get(suite) !== index) continue;
      for (const hook of suite.afterAll) await attempt(hook);
    }
    const result: TestResult = {
      name: test.name,
      ...(outcome.ok ? { status: 'pass' as const } : failure(outcome.error, maps, prefix)),
      ...buffer.read(),
    };
    results.push(result);
    events.onTestDone?.(index, result);
  }
  return results;
}
