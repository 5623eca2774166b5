// Monaco ships TypeScript as plain ESM without declarations. We reuse that copy (so the site ships one compiler)
// and borrow the types from the `typescript` dev dependency, which is pinned to the same 5.9 line.
declare module 'monaco-editor/languages/features/typescript/lib/typescriptServices.js' {
  import type ts from 'typescript';
  export const typescript: typeof ts;
}

declare module 'monaco-editor/languages/features/typescript/lib/lib.js' {
  /** The standard library declaration files, keyed by file name, e.g. "lib.es2022.d.ts". */
  export const libFileMap: Record<string, string>;
}

// Monaco's TypeScript language worker, imported for its side effects by the shared worker script. Declared here
// so the type checker does not try to infer types from its 9 MB of JavaScript.
declare module 'monaco-editor/languages/features/typescript/ts.worker.js' {}
