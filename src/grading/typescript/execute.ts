/**
 * The execute stage, pure and the same in the browser worker and in Node: load the compiled learner module, then
 * (Check) the tests with the Jest API, or (Run) just the program, and return the one results format.
 */
import type { Diagnostic, Results, RunResult, TestResult } from '../../schema/results.ts';
import { expect } from './harness/expect.ts';
import { createCapturingConsole, OutputBuffer, type Stream } from './harness/console-capture.ts';
import { createLoader } from './harness/module-loader.ts';
import { createRegistry } from './harness/registry.ts';
import { plan, runSuite } from './harness/run-suite.ts';
import { reportError, type LearnerMaps } from './harness/runtime-errors.ts';
import { decodeMappings, type LineMappings } from './harness/source-map.ts';
import { excerpt } from './excerpt.ts';
import { JEST_MODULE } from './compiler/ambient.ts';
import { LEARNER_FILE, type ExecProgram } from './program.ts';

export interface ExecuteEvents {
  /** The tests found, in the order they will run (so a timeout can still say which ones finished). */
  onCollected?: (names: string[]) => void;
  onTestStart?: (index: number, name: string) => void;
  onTestDone?: (index: number, result: TestResult) => void;
  /** Run only: each piece of output as it is printed. */
  onOutput?: (text: string, stream: Stream) => void;
}

function learnerMaps(program: ExecProgram): LearnerMaps {
  const maps = new Map<string, LineMappings>();
  try {
    if (program.learnerMap) maps.set(LEARNER_FILE, decodeMappings(JSON.parse(program.learnerMap).mappings));
  } catch {
    // Without a map, tracebacks show JavaScript lines; still better than nothing.
  }
  return maps;
}

/** The error that stopped the learner's module, as a diagnostic pointing into their code. */
function loadDiagnostic(error: unknown, program: ExecProgram, maps: LearnerMaps): Diagnostic {
  const report = reportError(error, maps);
  const diagnostic: Diagnostic = { message: report.message, code: report.name };
  if (report.explanation) diagnostic.explanation = report.explanation;
  if (report.line !== undefined) {
    diagnostic.line = report.line;
    if (report.column !== undefined) diagnostic.column = report.column;
    const shown = excerpt(program.learnerSource, report.line, report.column);
    if (shown) diagnostic.excerpt = shown;
  }
  return diagnostic;
}

const afterPendingWork = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function executeCheck(program: ExecProgram, events: ExecuteEvents = {}): Promise<Results> {
  const maps = learnerMaps(program);
  const capture = createCapturingConsole();
  const loadOutput = new OutputBuffer();
  capture.use(loadOutput);
  const registry = createRegistry(expect);
  const testPath = program.testPath ?? '';
  const loader = createLoader(program.modules, {
    console: capture.console,
    privileged: { path: testPath, modules: { [JEST_MODULE]: registry.api } },
  });
  const stopped = (message: string, error: unknown): Results => ({
    version: 3,
    status: 'error',
    problem: 'runtime',
    message,
    diagnostics: [...program.diagnostics, loadDiagnostic(error, program, maps)],
    tests: [],
    ...loadOutput.read(),
  });

  try {
    loader.load(LEARNER_FILE);
  } catch (error) {
    return stopped('Your code stopped with an error while it was loading, before any test could run.', error);
  }
  try {
    loader.load(testPath);
  } catch (error) {
    return stopped('Something went wrong while the tests were being set up, so none of them could run.', error);
  }
  const planned = plan(registry.root);
  if (planned.length === 0) {
    const message = 'This exercise has no tests to run. That is not your fault: please tell the course team.';
    return { version: 3, status: 'error', problem: 'internal', message, diagnostics: program.diagnostics, tests: [], ...loadOutput.read() };
  }
  events.onCollected?.(planned.map((t) => t.name));
  const tests = await runSuite(registry.root, capture, maps, events);
  const status = tests.length === planned.length && tests.every((t) => t.status === 'pass') ? 'pass' : 'fail';
  return { version: 3, status, diagnostics: program.diagnostics, tests, ...loadOutput.read() };
}

export async function executeRun(program: ExecProgram, events: ExecuteEvents = {}): Promise<RunResult> {
  const maps = learnerMaps(program);
  const capture = createCapturingConsole(events.onOutput);
  const output = new OutputBuffer();
  capture.use(output);
  const loader = createLoader(program.modules, { console: capture.console });
  try {
    loader.load(LEARNER_FILE);
    // Let promises and zero-delay timers the program started finish printing.
    await afterPendingWork();
    await afterPendingWork();
  } catch (error) {
    return {
      version: 3,
      status: 'error',
      problem: 'runtime',
      message: 'Your program stopped with an error.',
      diagnostics: [...program.diagnostics, loadDiagnostic(error, program, maps)],
      ...output.read(),
    };
  }
  return { version: 3, status: 'ok', diagnostics: program.diagnostics, ...output.read() };
}
