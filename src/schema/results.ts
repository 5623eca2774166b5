/**
 * The one results format, shared by Python and TypeScript grading.
 *
 * Modelled on Exercism's test-runner interface (version 3): an overall status, then every test in the order the
 * test file declares it. `error` overall means no test could run at all (a syntax error, a type error that blocks
 * the tests, a timeout before any test finished); a test that throws is a per-test `error`, not an overall one.
 * Timeouts and interrupts come back as results, never as thrown errors.
 */
import { z } from 'zod';

/** Cap for captured output, per run and per test (characters). */
export const OUTPUT_LIMIT = 100_000;

/** The notice appended to output that was cut at OUTPUT_LIMIT. */
export const OUTPUT_TRUNCATED_NOTICE = '\n[Output cut here: your program printed more than 100,000 characters.]';

export const testStatus = z
  .enum(['pass', 'fail', 'error'])
  .describe('pass: the check held; fail: an assertion did not hold; error: the test crashed before it could decide.');

/** A position in the learner's code (1-based line and column). */
export const sourcePosition = z.object({
  /** 1-based line in the learner's file. */
  line: z.number().int().min(1).describe('1-based line in the learner\'s file'),
  /** 1-based column, where known. */
  column: z.number().int().min(1).optional().describe('1-based column, where known'),
});

/** Why no test could run. */
export const problemKind = z
  .enum([
    'syntax', // the code does not parse (Python SyntaxError / IndentationError, TS syntactic diagnostic)
    'type', // TypeScript type errors that block the tests
    'missing-definition', // a function or name the tests need is not defined
    'runtime', // the learner's module raised while loading (top-level code)
    'timeout', // the time limit ran out
    'interrupted', // the learner pressed Stop
    'input', // input() was called with no input available
    'internal', // the runner itself failed; never the learner's fault
  ])
  .describe('What kind of problem stopped the tests from running.');

/** One diagnostic: a syntax or type error, or the error that stopped the code. */
export const diagnostic = z.object({
  /** Position in the learner's code, where known. */
  ...sourcePosition.partial().shape,
  /** The tool's own message, e.g. Python's `SyntaxError: invalid syntax` or TS2322's text. */
  message: z.string().describe("The tool's own message"),
  /** A short plain-English reading for beginners, where we have one. */
  explanation: z.string().optional().describe('Plain-English reading of the message, where known'),
  /** A code such as `TS2322` or `NameError`. */
  code: z.string().optional().describe('Error code, e.g. TS2322 or NameError'),
  /** The offending source line with a caret under the column, where known. */
  excerpt: z.string().optional().describe('The source line with a caret under the problem'),
});

export const testResult = z.object({
  /** Human-readable test name (derived from the function name or the describe/test titles). */
  name: z.string().describe('Human-readable test name'),
  status: testStatus,
  /** Why it failed or errored, e.g. "expected 22.9, got 2290.0". Absent on a pass. */
  message: z.string().optional().describe('Why the test failed or errored'),
  /** Plain-English explanation of a runtime error (e.g. ZeroDivisionError), where we have one. */
  explanation: z.string().optional().describe('Plain-English explanation of an error'),
  /** Traceback limited to the learner's own lines, where the test errored. */
  traceback: z.string().optional().describe("Traceback showing only the learner's lines"),
  /** What the learner's code printed during this test (stdout and stderr interleaved), capped. */
  output: z.string().describe("What the learner's code printed during this test, capped"),
  /** True when output was cut at OUTPUT_LIMIT. */
  outputTruncated: z.boolean().default(false).describe('True when output was cut at the limit'),
});

export const results = z.object({
  /** Format version (Exercism interface v3 shape). */
  version: z.literal(3).describe('Results format version'),
  status: testStatus.describe('pass: every test passed; fail: some did not; error: no test could run'),
  /** When status is `error`: a learner-facing sentence saying what happened. */
  message: z.string().optional().describe('Learner-facing summary when no test could run'),
  /** When status is `error`: what kind of problem. */
  problem: problemKind.optional(),
  /** Syntax/type errors or the error that stopped the code. */
  diagnostics: z.array(diagnostic).default([]).describe('Syntax, type or loading errors'),
  /** Tests in the order the test file declares them. Empty when status is `error`. */
  tests: z.array(testResult).default([]).describe('Tests in declaration order'),
  /** Output printed while the learner's module loaded (top-level code), capped. */
  output: z.string().default('').describe('Output printed while loading the learner code'),
  outputTruncated: z.boolean().default(false),
});

/** Results of a Run (execute the program, no grading). */
export const runResult = z.object({
  version: z.literal(3),
  /** ok: the program finished; error: it raised, did not parse, or was stopped. */
  status: z.enum(['ok', 'error']).describe('ok: the program finished; error: it raised, did not parse or was stopped'),
  problem: problemKind.optional(),
  message: z.string().optional(),
  diagnostics: z.array(diagnostic).default([]),
  /** stdout and stderr interleaved, capped. */
  output: z.string().describe('Everything printed, capped'),
  outputTruncated: z.boolean().default(false),
});

export type TestStatus = z.infer<typeof testStatus>;
export type ProblemKind = z.infer<typeof problemKind>;
export type Diagnostic = z.infer<typeof diagnostic>;
export type TestResult = z.infer<typeof testResult>;
export type Results = z.infer<typeof results>;
export type RunResult = z.infer<typeof runResult>;
