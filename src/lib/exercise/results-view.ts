/**
 * Check results -> what the results panel shows. Encouraging words, the first failing test up front and the rest
 * folded away, a syntax or type error named as such. Pure, so every wording is tested in Node.
 */
import type { Diagnostic, ProblemKind, Results, TestResult } from '../../schema/results';
import type { Language } from '../../schema/exercise';
import { LANGUAGE_NAMES } from './language-names';

export type ResultsTone = 'pass' | 'fail' | 'problem' | 'stopped';

export interface TestView {
  name: string;
  status: TestResult['status'];
  /** "passes", "does not pass yet", "stopped with an error". */
  statusText: string;
  message?: string;
  explanation?: string;
  traceback?: string;
  /** What the learner's code printed during this test ('' when nothing). */
  output: string;
  outputTruncated: boolean;
}

export interface DiagnosticView {
  /** "Line 3, column 5" or "" when the position is unknown. */
  where: string;
  line?: number;
  column?: number;
  message: string;
  explanation?: string;
  excerpt?: string;
  code?: string;
}

export interface ResultsView {
  tone: ResultsTone;
  passed: boolean;
  /** The first thing read out: "Not yet: 3 of 5 checks pass". */
  headline: string;
  /** A sentence under the headline, when there is more to say. */
  detail?: string;
  /** The first failing test, shown open. */
  first?: TestView;
  /** Every other test, folded beneath (passes included, so the learner sees what already works). */
  others: TestView[];
  passCount: number;
  total: number;
  diagnostics: DiagnosticView[];
  /** The line to highlight in the editor, with what to say there. */
  mark?: { line: number; message: string };
  /** A genuine attempt that did not pass: the moment to offer the solution (never for Stop or our own faults). */
  failedAttempt: boolean;
}

const STATUS_TEXT: Record<TestResult['status'], string> = {
  pass: 'passes',
  fail: 'does not pass yet',
  error: 'stopped with an error',
};

export function testView(test: TestResult): TestView {
  const view: TestView = {
    name: test.name,
    status: test.status,
    statusText: STATUS_TEXT[test.status],
    output: test.output,
    outputTruncated: test.outputTruncated ?? false,
  };
  if (test.message) view.message = test.message;
  if (test.explanation) view.explanation = test.explanation;
  if (test.traceback) view.traceback = test.traceback;
  return view;
}

export function diagnosticView(d: Diagnostic): DiagnosticView {
  const where = d.line ? `Line ${d.line}${d.column ? `, column ${d.column}` : ''}` : '';
  const view: DiagnosticView = { where, message: d.message };
  if (d.line) view.line = d.line;
  if (d.column) view.column = d.column;
  if (d.explanation) view.explanation = d.explanation;
  if (d.excerpt) view.excerpt = d.excerpt;
  if (d.code) view.code = d.code;
  return view;
}

const checks = (n: number) => `${n} check${n === 1 ? '' : 's'}`;
const onLine = (line: number | undefined) => (line ? ` on line ${line}` : '');

/** Headlines for a Check where no test could run. */
function problemHeadline(problem: ProblemKind | undefined, language: Language, first: Diagnostic | undefined, count: number): string {
  const name = LANGUAGE_NAMES[language];
  switch (problem) {
    case 'syntax':
      return `Not yet: a syntax error${onLine(first?.line)} stops ${name} reading your code`;
    case 'type':
      return count > 1 ? `Not yet: ${count} type errors to fix first, the first${onLine(first?.line)}` : `Not yet: a type error${onLine(first?.line)}`;
    case 'missing-definition':
      return 'Not yet: the checks could not find what they need in your code';
    case 'runtime':
      return `Not yet: your code stopped with an error${onLine(first?.line)} before the checks could start`;
    case 'timeout':
      return 'Your code took too long, so it was stopped';
    case 'interrupted':
      return 'Stopped. Your code is just as you left it';
    case 'input':
      return 'Not yet: your code asked for input while being checked';
    case 'internal':
      return 'Something went wrong on our side, not yours';
    default:
      return 'Not yet: the checks could not run';
  }
}

export function resultsView(results: Results, language: Language): ResultsView {
  const tests = results.tests ?? [];
  const diagnostics = (results.diagnostics ?? []).map(diagnosticView);
  const total = tests.length;
  const passCount = tests.filter((t) => t.status === 'pass').length;
  const base = { total, passCount, diagnostics, others: [] as TestView[] };

  if (results.status === 'pass') {
    const headline = total === 1 ? 'Well done! The check passes.' : `Well done! All ${checks(total)} pass.`;
    return { ...base, tone: 'pass', passed: true, headline, detail: 'This exercise is done. Your code is saved on this device.', others: tests.map(testView), failedAttempt: false };
  }

  if (results.status === 'error') {
    const firstDiagnostic = results.diagnostics?.[0];
    const stopped = results.problem === 'interrupted';
    const view: ResultsView = {
      ...base,
      tone: stopped ? 'stopped' : 'problem',
      passed: false,
      headline: problemHeadline(results.problem, language, firstDiagnostic, diagnostics.length),
      failedAttempt: !stopped && results.problem !== 'internal',
    };
    if (results.message) view.detail = results.message;
    if (firstDiagnostic?.line) view.mark = { line: firstDiagnostic.line, message: firstDiagnostic.explanation ?? firstDiagnostic.message };
    return view;
  }

  const firstIndex = tests.findIndex((t) => t.status !== 'pass');
  const first = firstIndex >= 0 ? testView(tests[firstIndex]!) : undefined;
  const view: ResultsView = {
    ...base,
    tone: 'fail',
    passed: false,
    headline: `Not yet: ${passCount} of ${checks(total)} pass${total === 1 ? 'es' : ''}`,
    others: tests.filter((_, i) => i !== firstIndex).map(testView),
    failedAttempt: true,
  };
  if (first) view.first = first;
  view.detail = passCount === 0 ? 'Start with the first check below: fixing one often fixes others.' : 'Good progress. Here is the first check that does not pass yet.';
  return view;
}
