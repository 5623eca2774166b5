/**
 * What the compile stage hands the execute stage: compiled modules and what is needed to report on them. Plain
 * data, so it can be posted from the compiler worker to the execution worker.
 */
import type { Diagnostic } from '../../schema/results.ts';
import type { ModuleSource } from './harness/module-loader.ts';

/** The learner's file, as the tests import it ('./solution'). */
export const LEARNER_FILE = 'solution.ts';

export interface ExecProgram {
  mode: 'run' | 'check';
  /** Every compiled file plus JSON data files. */
  modules: ModuleSource[];
  /** The learner's TypeScript, for excerpts under runtime errors. */
  learnerSource: string;
  /** Source map (JSON text) of the learner's file, to show TypeScript lines in tracebacks. */
  learnerMap?: string;
  /** Path of the test file (Check only). */
  testPath?: string;
  /** Type errors that did not block (typeErrorsBlockTests: false), carried into the results. */
  diagnostics: Diagnostic[];
}
