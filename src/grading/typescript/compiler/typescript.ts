/**
 * The one place that loads the TypeScript compiler: the copy Monaco already ships, so the site carries a single
 * compiler. It is a 9 MB ES module with no DOM use, so the same import works in a Web Worker and in Node (vitest).
 */
import { typescript } from 'monaco-editor/languages/features/typescript/lib/typescriptServices.js';
import { libFileMap } from 'monaco-editor/languages/features/typescript/lib/lib.js';

export const ts = typescript;
export const standardLibrary: Readonly<Record<string, string>> = libFileMap;
