/**
 * `expect(value)` with `.not`, `.resolves` and `.rejects`, as in Jest. A matcher that does not hold throws an
 * AssertionError, which the runner reports as a failed test (any other exception is a crashed test).
 */
import { AssertionError } from './assertion-error.ts';
import { header, lines, show, type Matcher, type MatcherContext } from './matcher-kit.ts';
import * as basic from './matchers-basic.ts';
import * as equality from './matchers-equality.ts';

export const matchers = {
  toBe: equality.toBe,
  toEqual: equality.toEqual,
  toStrictEqual: equality.toStrictEqual,
  toMatchObject: equality.toMatchObject,
  toBeCloseTo: equality.toBeCloseTo,
  toContain: equality.toContain,
  toContainEqual: equality.toContainEqual,
  toHaveLength: equality.toHaveLength,
  toHaveProperty: equality.toHaveProperty,
  toBeTruthy: basic.toBeTruthy,
  toBeFalsy: basic.toBeFalsy,
  toBeNull: basic.toBeNull,
  toBeUndefined: basic.toBeUndefined,
  toBeDefined: basic.toBeDefined,
  toBeNaN: basic.toBeNaN,
  toBeGreaterThan: basic.toBeGreaterThan,
  toBeGreaterThanOrEqual: basic.toBeGreaterThanOrEqual,
  toBeLessThan: basic.toBeLessThan,
  toBeLessThanOrEqual: basic.toBeLessThanOrEqual,
  toMatch: basic.toMatch,
  toBeInstanceOf: basic.toBeInstanceOf,
  toThrow: basic.toThrow,
  toThrowError: basic.toThrow,
} as const satisfies Record<string, Matcher>;

export type MatcherName = keyof typeof matchers;
type MatcherSet<R> = Record<MatcherName, (...expected: unknown[]) => R>;
const entries = Object.entries(matchers) as [MatcherName, Matcher][];

function apply(context: MatcherContext, matcher: Matcher, received: unknown, expected: unknown[]): void {
  const result = matcher(context, received, ...expected);
  if (result.pass === context.isNot) throw new AssertionError(result.message());
}

function syncMatchers(received: unknown, isNot: boolean): MatcherSet<void> {
  const set = {} as MatcherSet<void>;
  for (const [name, matcher] of entries) {
    set[name] = (...expected) => apply({ isNot, promise: '' }, matcher, received, expected);
  }
  return set;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as PromiseLike<unknown>).then === 'function';
}

function asyncMatchers(received: unknown, promise: 'resolves' | 'rejects', isNot: boolean): MatcherSet<Promise<void>> {
  const set = {} as MatcherSet<Promise<void>>;
  for (const [name, matcher] of entries) {
    set[name] = async (...expected) => {
      const context: MatcherContext = { isNot, promise };
      if (!isPromiseLike(received)) {
        throw new AssertionError(`${header(context, name)}\n\nMatcher error: received value must be a promise\n\n${lines(['Received', show(received)])}`);
      }
      let settled: { ok: boolean; value: unknown };
      try {
        settled = { ok: true, value: await received };
      } catch (error) {
        settled = { ok: false, value: error };
      }
      if (settled.ok !== (promise === 'resolves')) {
        const what = promise === 'resolves' ? 'Received promise rejected instead of resolved' : 'Received promise resolved instead of rejected';
        const label = settled.ok ? 'Resolved to value' : 'Rejected to value';
        throw new AssertionError(`${header(context, name)}\n\n${what}\n${lines([label, show(settled.value)])}`);
      }
      apply(context, matcher, settled.value, expected);
    };
  }
  return set;
}

export interface Expectation extends MatcherSet<void> {
  not: MatcherSet<void>;
  resolves: MatcherSet<Promise<void>> & { not: MatcherSet<Promise<void>> };
  rejects: MatcherSet<Promise<void>> & { not: MatcherSet<Promise<void>> };
}

export function expect(received: unknown): Expectation {
  return Object.assign(syncMatchers(received, false), {
    not: syncMatchers(received, true),
    resolves: Object.assign(asyncMatchers(received, 'resolves', false), { not: asyncMatchers(received, 'resolves', true) }),
    rejects: Object.assign(asyncMatchers(received, 'rejects', false), { not: asyncMatchers(received, 'rejects', true) }),
  });
}
