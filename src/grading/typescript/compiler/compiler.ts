/**
 * A long-lived TypeScript language service over an in-memory file system.
 *
 * Long-lived on purpose: the standard library is parsed once, and later checks only re-parse the files that
 * changed, so the second Check is much faster than the first. Files live at a virtual root: the learner's code is
 * "/solution.ts", exercise files keep their relative paths ("/types.ts"), libraries live under "/__lib__/".
 */
import type ts from 'typescript';
import { ts as typescript, standardLibrary } from './typescript.ts';
import { JEST_API_DTS, JEST_IMPORT_PREFIX, JEST_MODULE, RUNTIME_GLOBALS_DTS } from './ambient.ts';
import { exercisePath, toRawDiagnostic, type RawDiagnostic } from './raw-diagnostic.ts';
import { exportedNames, importedNames } from './module-names.ts';

/** The learner's file, as the tests and other files import it. */
export const SOLUTION_FILE = 'solution.ts';

const LIB_DIR = '/__lib__/';
const GLOBALS_FILE = `${LIB_DIR}runtime-globals.d.ts`;
// A real module file, found by ordinary module resolution of '@jest/globals'.
const JEST_FILE = `/node_modules/${JEST_MODULE}/index.d.ts`;

export const compilerOptions: ts.CompilerOptions = {
  strict: true,
  target: typescript.ScriptTarget.ES2022,
  // CommonJS so the runner can evaluate each file as a function with its own `require`.
  module: typescript.ModuleKind.CommonJS,
  moduleResolution: typescript.ModuleResolutionKind.Node10,
  moduleDetection: typescript.ModuleDetectionKind.Force,
  lib: ['lib.es2022.d.ts'],
  types: [],
  esModuleInterop: true,
  resolveJsonModule: true,
  forceConsistentCasingInFileNames: true,
  skipLibCheck: true,
  sourceMap: true,
  newLine: typescript.NewLineKind.LineFeed,
};

export interface CheckInput {
  /** The learner's code. */
  code: string;
  /** Other exercise files: `.ts` support modules are compiled, `.json` files can be imported. */
  files?: readonly { path: string; content: string }[];
  /** The test file, for a Check. */
  tests?: { path: string; content: string };
}

export interface CheckOutput {
  /** Syntax errors in the learner's file. */
  syntactic: RawDiagnostic[];
  /** Type errors in the learner's file. */
  semantic: RawDiagnostic[];
  /** Errors in the exercise's own support files (a tutor's mistake, never the learner's). */
  support: RawDiagnostic[];
  /** Type errors in the test file other than missing exports. */
  tests: RawDiagnostic[];
  /** Names the tests import from the learner's file that it does not export, in import order. */
  missingExports: string[];
}

export interface EmittedFile {
  /** Exercise path of the source, e.g. "solution.ts". */
  path: string;
  /** CommonJS JavaScript. */
  js: string;
  /** Source map (JSON), where emitted. */
  map?: string;
}

export interface TypeScriptCompiler {
  /** Load the given files and report their diagnostics. */
  check(input: CheckInput): CheckOutput;
  /** Emit JavaScript for the `.ts` files of the last check (learner's, support and tests). */
  emit(): EmittedFile[];
}

const errorsOnly = (diagnostics: readonly ts.Diagnostic[]) =>
  diagnostics.filter((d) => d.category === typescript.DiagnosticCategory.Error);

export function createTypeScriptCompiler(): TypeScriptCompiler {
  const files = new Map<string, { text: string; version: number }>();
  let roots: string[] = [];
  let testFile: string | undefined;
  let testPrefix = '';
  // One counter for every file, so a file removed and later re-added never reuses a version the service cached.
  let versions = 0;

  const setFile = (name: string, text: string) => {
    if (files.get(name)?.text === text) return;
    files.set(name, { text, version: ++versions });
  };
  const readFile = (name: string): string | undefined => {
    const file = files.get(name);
    if (file) return file.text;
    return name.startsWith(LIB_DIR) ? standardLibrary[name.slice(LIB_DIR.length)] : undefined;
  };

  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => compilerOptions,
    getScriptFileNames: () => roots,
    getScriptVersion: (name) => String(files.get(name)?.version ?? (name.startsWith(LIB_DIR) ? 1 : 0)),
    getScriptSnapshot: (name) => {
      const text = readFile(name);
      return text === undefined ? undefined : typescript.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: () => `${LIB_DIR}lib.d.ts`,
    fileExists: (name) => readFile(name) !== undefined,
    readFile,
    directoryExists: (dir) => dir === '/' || [...files.keys()].some((f) => f.startsWith(dir.endsWith('/') ? dir : `${dir}/`)),
    getDirectories: () => [],
    realpath: (name) => name,
    useCaseSensitiveFileNames: () => true,
  };
  const service = typescript.createLanguageService(host, typescript.createDocumentRegistry());
  setFile(GLOBALS_FILE, RUNTIME_GLOBALS_DTS);
  setFile(JEST_FILE, JEST_API_DTS);

  function check(input: CheckInput): CheckOutput {
    const solution = `/${SOLUTION_FILE}`;
    const next = new Map<string, string>([[solution, input.code]]);
    const support: string[] = [];
    for (const file of input.files ?? []) {
      const name = `/${file.path}`;
      if (name === solution) continue;
      next.set(name, file.content);
      if (name.endsWith('.ts')) support.push(name);
    }
    testFile = undefined;
    if (input.tests) {
      testFile = `/${input.tests.path}`;
      // Tests use the Jest API as globals; importing it here keeps those names out of the learner's file.
      testPrefix = importsJestApi(input.tests.content) ? '' : JEST_IMPORT_PREFIX;
      next.set(testFile, testPrefix + input.tests.content);
    }
    for (const name of [...files.keys()]) {
      if (name !== GLOBALS_FILE && name !== JEST_FILE && !next.has(name)) files.delete(name);
    }
    for (const [name, text] of next) setFile(name, text);
    roots = [GLOBALS_FILE, solution, ...support, ...(testFile ? [testFile] : [])];

    const raw = (list: readonly ts.Diagnostic[]) => errorsOnly(list).map((d) => toRawDiagnostic(typescript, d));
    const syntactic = raw(service.getSyntacticDiagnostics(solution));
    const semantic = syntactic.length > 0 ? [] : raw(service.getSemanticDiagnostics(solution));
    const supportDiagnostics = support.flatMap((name) => [
      ...raw(service.getSyntacticDiagnostics(name)),
      ...raw(service.getSemanticDiagnostics(name)),
    ]);

    let missingExports: string[] = [];
    let testDiagnostics: RawDiagnostic[] = [];
    const program = service.getProgram();
    if (testFile && program && syntactic.length === 0) {
      const checker = program.getTypeChecker();
      const exported = exportedNames(typescript, checker, program.getSourceFile(solution));
      const imported = importedNames(typescript, program.getSourceFile(testFile), SOLUTION_FILE);
      missingExports = imported.filter((name) => !exported.has(name));
      const importNames = new Set(missingExports);
      testDiagnostics = [
        ...raw(service.getSyntacticDiagnostics(testFile)),
        ...raw(service.getSemanticDiagnostics(testFile)),
      ]
        .filter((d) => !isMissingExportDiagnostic(d, importNames))
        .map((d) => (d.line === 1 && d.column !== undefined ? { ...d, column: Math.max(1, d.column - testPrefix.length) } : d));
    }
    return { syntactic, semantic, support: supportDiagnostics, tests: testDiagnostics, missingExports };
  }

  function emit(): EmittedFile[] {
    const out: EmittedFile[] = [];
    for (const name of roots) {
      if (name.startsWith(LIB_DIR) || !name.endsWith('.ts') || name.endsWith('.d.ts')) continue;
      const result = service.getEmitOutput(name);
      const js = result.outputFiles.find((f) => f.name.endsWith('.js'));
      const map = result.outputFiles.find((f) => f.name.endsWith('.js.map'));
      if (js) out.push({ path: exercisePath(name), js: js.text, ...(map ? { map: map.text } : {}) });
    }
    return out;
  }

  return { check, emit };
}

/** True when the test file imports the Jest API itself (as some Jest projects do), so it needs no prefix. */
function importsJestApi(source: string): boolean {
  return new RegExp(`from\\s*['"]${JEST_MODULE}['"]`).test(source);
}

// Missing exports are reported once, in the learner's words; the compiler's own complaints about them are dropped.
const MISSING_EXPORT_CODES = new Set([2305, 2724, 2614, 2306, 2459, 2460]);
function isMissingExportDiagnostic(d: RawDiagnostic, missing: Set<string>): boolean {
  if (!MISSING_EXPORT_CODES.has(d.code)) return false;
  if (d.code === 2306) return true;
  return [...missing].some((name) => d.message.includes(`'${name}'`));
}
