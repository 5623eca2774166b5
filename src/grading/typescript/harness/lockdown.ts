/**
 * Freeze the built-ins before learner code runs, so it cannot fake a pass by replacing what the harness relies on
 * (`Object.is`, `Array.prototype.some`, `Promise.prototype.then`, `Math.abs`...). Only ever called inside a
 * single-use worker: the realm is thrown away after one run, so nothing needs undoing.
 *
 * A frozen prototype makes assigning an inherited name (say `error.name = ...`) throw in strict code; the harness
 * uses Object.defineProperty for those, and learners rarely do it.
 */

function intrinsics(): unknown[] {
  const iteratorOf = (value: Iterable<unknown>) => Object.getPrototypeOf(value[Symbol.iterator]());
  const arrayIterator = iteratorOf([]);
  const generator = Object.getPrototypeOf(function* () {});
  const asyncFunction = Object.getPrototypeOf(async function () {});
  const asyncGenerator = Object.getPrototypeOf(async function* () {});
  const typedArray = Object.getPrototypeOf(Uint8Array);
  return [
    Object, Function, Array, String, Number, Boolean, Symbol, BigInt, Date, RegExp, Map, Set, WeakMap, WeakSet,
    Promise, Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, AggregateError,
    ArrayBuffer, DataView, typedArray, Uint8Array, Int32Array, Float64Array,
    arrayIterator, Object.getPrototypeOf(arrayIterator), iteratorOf(''), iteratorOf(new Map()), iteratorOf(new Set()),
    generator, generator.prototype, asyncFunction, asyncGenerator, asyncGenerator.prototype,
    Math, JSON, Reflect, Atomics, Intl,
    (globalThis as { Iterator?: unknown }).Iterator,
  ];
}

export function lockdown(): void {
  for (const item of intrinsics()) {
    if ((typeof item !== 'object' && typeof item !== 'function') || item === null) continue;
    Object.freeze(item);
    const prototype = (item as { prototype?: unknown }).prototype;
    if (typeof prototype === 'object' && prototype !== null) Object.freeze(prototype);
  }
}

/** Make chosen globals (console, postMessage...) impossible to replace from learner code. */
export function pinGlobals(values: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(values)) {
    Object.defineProperty(globalThis, name, { value, writable: false, configurable: false, enumerable: false });
  }
}
