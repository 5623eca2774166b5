/**
 * Declarations the in-memory compiler adds beside the standard library.
 *
 * We type-check against ES2022 without the DOM (the code runs in a worker with no page), so `console` and timers
 * come from this small file instead of lib.dom.d.ts, which is large and would offer learners APIs that do not exist
 * where their code runs.
 */

/** Globals the learner's code (and the tests) can use at run time. */
export const RUNTIME_GLOBALS_DTS = `
export {};
declare global {
interface Console {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
  table(data: any, columns?: string[]): void;
}
declare var console: Console;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
}
`;

/** The module specifier test files may import the Jest API from; it is also how we give tests their globals. */
export const JEST_MODULE = '@jest/globals';

/**
 * The Jest API as a module (served as /node_modules/@jest/globals/index.d.ts). Test files use it as globals, as
 * under Jest; the compiler puts an import of it in front of the test file, so learners' files never see these names.
 */
export const JEST_API_DTS = `
export type Fn = () => void | Promise<void>;
export interface TestFn {
  (name: string, fn: Fn): void;
  only(name: string, fn: Fn): void;
  skip(name: string, fn: Fn): void;
  each(table: readonly any[]): (name: string, fn: (...args: any[]) => void | Promise<void>) => void;
}
export interface DescribeFn {
  (name: string, fn: () => void): void;
  only(name: string, fn: () => void): void;
  skip(name: string, fn: () => void): void;
}
export interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toStrictEqual(expected: unknown): R;
  toBeCloseTo(expected: number, numDigits?: number): R;
  toThrow(expected?: string | RegExp | (new (...args: any[]) => unknown) | Error): R;
  toThrowError(expected?: string | RegExp | (new (...args: any[]) => unknown) | Error): R;
  toContain(expected: unknown): R;
  toContainEqual(expected: unknown): R;
  toHaveLength(expected: number): R;
  toHaveProperty(path: string | readonly (string | number)[], value?: unknown): R;
  toMatch(expected: string | RegExp): R;
  toMatchObject(expected: object): R;
  toBeTruthy(): R;
  toBeFalsy(): R;
  toBeNull(): R;
  toBeUndefined(): R;
  toBeDefined(): R;
  toBeNaN(): R;
  toBeGreaterThan(expected: number | bigint): R;
  toBeGreaterThanOrEqual(expected: number | bigint): R;
  toBeLessThan(expected: number | bigint): R;
  toBeLessThanOrEqual(expected: number | bigint): R;
  toBeInstanceOf(expected: abstract new (...args: any[]) => unknown): R;
}
export interface Expectation extends Matchers<void> {
  not: Matchers<void>;
  resolves: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
  rejects: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
}
export const describe: DescribeFn;
export const test: TestFn;
export const it: TestFn;
export function expect(actual: unknown): Expectation;
export function beforeAll(fn: Fn): void;
export function afterAll(fn: Fn): void;
export function beforeEach(fn: Fn): void;
export function afterEach(fn: Fn): void;
`;

/**
 * Put in front of the test file's first line (no newline, so line numbers stay true): the Jest names become visible
 * in that file only, and the emitted `require` runs before the tests use them.
 */
export const JEST_IMPORT_PREFIX =
  `import { describe, test, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '${JEST_MODULE}'; `;
