/**
 * Everything Monaco needs, in one module that is only ever loaded with a dynamic import (see monaco-loader.ts):
 * the editor API with the few contributions a beginner uses, Python and TypeScript highlighting, the TypeScript
 * language service (IntelliSense and squiggles as you type), the two workers, and our light and dark themes.
 * Its CSS comes with this chunk, so nothing of Monaco is render-blocking on a lesson page.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/features/codicon/register.js'; // the icon font's CSS (package exports only map .js paths)
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/common/standaloneStrings.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints.js';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/languages/definitions/python/register.js';
import 'monaco-editor/languages/definitions/typescript/register.js';
// The grammars themselves, in this chunk: otherwise each is one more round trip before the code is first drawn.
import 'monaco-editor/languages/definitions/python/python.js';
import 'monaco-editor/languages/definitions/typescript/typescript.js';
import { typescriptDefaults, ScriptTarget, ModuleKind, ModuleResolutionKind } from 'monaco-editor/languages/features/typescript/register.js';
import { RUNTIME_GLOBALS_DTS } from '../../grading/typescript/compiler/ambient';

// Workers come from this site, bundled by Vite: never a CDN, so the editor works offline.
globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'typescript' || label === 'javascript') {
      // The grader's compiler worker doubles as Monaco's TypeScript worker (src/runners/typescript/worker-role.ts),
      // so the TypeScript compiler is downloaded and precached once, not twice. (Monaco 0.57 starts this worker
      // itself from new URL('ts.worker.js'), which astro.config.mjs points at the same file.)
      return new Worker(new URL('../../runners/typescript/compiler-worker.ts', import.meta.url), { type: 'module', name: 'monaco-typescript' });
    }
    return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module', name: 'monaco-editor' });
  },
};

// The same settings the grader type-checks with (src/grading/typescript/compiler), so a squiggle in the editor
// and a type error from Check agree: strict, ES2022, no DOM, and console/timers declared on their own.
typescriptDefaults.setCompilerOptions({
  strict: true,
  target: 9 as ScriptTarget, // ES2022: Monaco's enum stops at ES2020 but passes the number through to TypeScript
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  lib: ['es2022'],
  noEmit: true,
  allowNonTsExtensions: true,
  resolveJsonModule: true,
  esModuleInterop: true,
});
typescriptDefaults.addExtraLib(RUNTIME_GLOBALS_DTS, 'file:///__cwc__/runtime-globals.d.ts');

// Backgrounds match the page (global.css --bg); token colours are Monaco's own, which meet AA on them.
monaco.editor.defineTheme('cwc-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
monaco.editor.defineTheme('cwc-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#111821' } });

export { monaco, typescriptDefaults };
// The adapter travels in this chunk too, so none of the editor's code is in the lesson's initial script.
export { createMonacoEditor } from './monaco-editor';
