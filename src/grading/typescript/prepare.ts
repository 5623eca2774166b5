/**
 * The compile stage: type-check the learner's code and either stop with results that explain why (syntax, type,
 * missing export, a broken exercise file) or hand back a program ready to execute. Pure: give it a compiler.
 */
import type { Diagnostic, ProblemKind, Results, RunResult } from '../../schema/results.ts';
import type { TypeScriptCompiler } from './compiler/compiler.ts';
import type { RawDiagnostic } from './compiler/raw-diagnostic.ts';
import { explainAll } from './explain.ts';
import type { ModuleSource } from './harness/module-loader.ts';
import { LEARNER_FILE, type ExecProgram } from './program.ts';

export interface PrepareRequest {
  mode: 'run' | 'check';
  code: string;
  /** Exercise files: `.ts` support modules and data files (JSON can be imported). */
  files?: readonly { path: string; content: string }[];
  /** The test file (Check). */
  tests?: { path: string; content: string };
  /** Whether type errors stop the code from running (default true). */
  typeErrorsBlockTests?: boolean;
}

export type Prepared = { kind: 'blocked'; results: Results | RunResult } | { kind: 'ready'; program: ExecProgram };

const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);
const codeList = (names: string[]) => names.map((n) => `\`${n}\``).join(names.length === 2 ? ' or ' : ', ');

function firstLine(list: readonly Diagnostic[]): string {
  const line = list[0]?.line;
  if (line === undefined) return '';
  return list.length === 1 ? ` on line ${line}` : ` (the first is on line ${line})`;
}

function blocked(mode: PrepareRequest['mode'], problem: ProblemKind, message: string, diagnostics: Diagnostic[]): Prepared {
  const results =
    mode === 'check'
      ? { version: 3 as const, status: 'error' as const, problem, message, diagnostics, tests: [], output: '', outputTruncated: false }
      : { version: 3 as const, status: 'error' as const, problem, message, diagnostics, output: '', outputTruncated: false };
  return { kind: 'blocked', results };
}

/** Test-file diagnostics shown to the learner: where in the tests, since the position is not in their code. */
function fromTests(list: readonly RawDiagnostic[], sources: ReadonlyMap<string, string>): Diagnostic[] {
  return explainAll(list, sources).map(({ line, column, ...rest }) => ({
    ...rest,
    message: `In the tests${line === undefined ? '' : ` (line ${line})`}: ${rest.message}`,
  }));
}

export function prepare(compiler: TypeScriptCompiler, request: PrepareRequest): Prepared {
  const { mode } = request;
  const files = request.files ?? [];
  const tests = mode === 'check' ? request.tests : undefined;
  const checked = compiler.check({ code: request.code, files, ...(tests ? { tests } : {}) });
  const sources = new Map<string, string>([[LEARNER_FILE, request.code], ...files.map((f) => [f.path, f.content] as const)]);
  if (tests) sources.set(tests.path, tests.content);
  const block = request.typeErrorsBlockTests ?? true;
  const stopsWhat = mode === 'check' ? 'The tests run' : 'Your program runs';

  if (checked.syntactic.length > 0) {
    const explained = explainAll(checked.syntactic, sources);
    const n = explained.length;
    return blocked(
      mode,
      'syntax',
      `TypeScript can't read your code yet: ${plural(n, 'there is a syntax error', 'syntax errors')}${firstLine(explained)}. ${stopsWhat} once it reads cleanly.`,
      explained,
    );
  }
  if (checked.support.length > 0) {
    const names = [...new Set(checked.support.map((d) => d.file ?? 'an exercise file'))];
    return blocked(
      mode,
      'internal',
      `The exercise's own file ${codeList(names)} has a mistake, so your code can't be checked. That is not your fault: please tell the course team.`,
      explainAll(checked.support, sources),
    );
  }
  if (checked.semantic.length > 0 && block) {
    const explained = explainAll(checked.semantic, sources);
    const n = explained.length;
    return blocked(
      mode,
      'type',
      `TypeScript found ${plural(n, 'a type error', 'type errors')}${firstLine(explained)}. ${stopsWhat} once your code has no type errors.`,
      explained,
    );
  }
  if (checked.missingExports.length > 0) {
    const names = checked.missingExports;
    return blocked(
      mode,
      'missing-definition',
      `Your code doesn't export ${codeList(names)} yet. The tests need ${names.length === 1 ? 'it' : 'them'}: write \`export\` in front, for example \`export function ${names[0]}(...)\`.`,
      [],
    );
  }
  if (checked.tests.length > 0 && block) {
    // The learner's file is fine on its own, but its function's shape differs from what the tests call.
    return blocked(
      mode,
      'type',
      "Your code's types don't match how the tests use it. Check the names and types of your function's parameters and what it returns.",
      fromTests(checked.tests, sources),
    );
  }

  const modules: ModuleSource[] = [];
  let learnerMap: string | undefined;
  for (const emitted of compiler.emit()) {
    modules.push({ path: emitted.path, kind: 'js', text: emitted.js });
    if (emitted.path === LEARNER_FILE) learnerMap = emitted.map;
  }
  for (const file of files) if (file.path.endsWith('.json')) modules.push({ path: file.path, kind: 'json', text: file.content });
  const diagnostics = [...explainAll(checked.semantic, sources), ...fromTests(checked.tests, sources)];
  return {
    kind: 'ready',
    program: {
      mode,
      modules,
      learnerSource: request.code,
      ...(learnerMap ? { learnerMap } : {}),
      ...(tests ? { testPath: tests.path } : {}),
      diagnostics,
    },
  };
}
