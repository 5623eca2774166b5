/** Matchers about one value: truthiness, null/undefined, comparisons, patterns, classes, and toThrow. */
import { header, isNumeric, lines, matcherError, show, type Matcher, type MatcherContext } from './matcher-kit.ts';

const single =
  (name: string, test: (received: unknown) => boolean): Matcher =>
  (context, received) => ({
    pass: test(received),
    message: () => `${header(context, name, '')}\n\n${lines(['Received', show(received)])}`,
  });

export const toBeTruthy = single('toBeTruthy', (v) => Boolean(v));
export const toBeFalsy = single('toBeFalsy', (v) => !v);
export const toBeNull = single('toBeNull', (v) => v === null);
export const toBeUndefined = single('toBeUndefined', (v) => v === undefined);
export const toBeDefined = single('toBeDefined', (v) => v !== undefined);
export const toBeNaN = single('toBeNaN', (v) => typeof v === 'number' && Number.isNaN(v));

const comparison =
  (name: string, operator: string, test: (a: number | bigint, b: number | bigint) => boolean): Matcher =>
  (context, received, expected) => {
    if (!isNumeric(received)) return matcherError(context, name, 'received value must be a number or bigint', received);
    if (!isNumeric(expected)) return matcherError(context, name, 'expected value must be a number or bigint', expected);
    return {
      pass: test(received, expected),
      message: () =>
        `${header(context, name)}\n\n` +
        lines(['Expected', `${context.isNot ? 'not ' : ''}${operator} ${show(expected)}`], ['Received', `${' '.repeat(operator.length + 1)}${show(received)}`]),
    };
  };

export const toBeGreaterThan = comparison('toBeGreaterThan', '>', (a, b) => a > b);
export const toBeGreaterThanOrEqual = comparison('toBeGreaterThanOrEqual', '>=', (a, b) => a >= b);
export const toBeLessThan = comparison('toBeLessThan', '<', (a, b) => a < b);
export const toBeLessThanOrEqual = comparison('toBeLessThanOrEqual', '<=', (a, b) => a <= b);

export const toMatch: Matcher = (context, received, expected) => {
  if (typeof received !== 'string') return matcherError(context, 'toMatch', 'received value must be a string', received);
  const pass = expected instanceof RegExp ? new RegExp(expected.source, expected.flags.replace('g', '')).test(received) : received.includes(String(expected));
  const label = expected instanceof RegExp ? 'Expected pattern' : 'Expected substring';
  return {
    pass,
    message: () =>
      `${header(context, 'toMatch')}\n\n` +
      lines([label, `${context.isNot ? 'not ' : ''}${show(expected)}`], ['Received string', show(received)]),
  };
};

const nameOf = (value: unknown) => (typeof value === 'function' && value.name ? value.name : show(value));

export const toBeInstanceOf: Matcher = (context, received, expected) => {
  if (typeof expected !== 'function') {
    return matcherError(context, 'toBeInstanceOf', 'expected value must be a class', expected);
  }
  const receivedClass = received === null || received === undefined ? undefined : Object.getPrototypeOf(Object(received))?.constructor;
  return {
    pass: received instanceof expected,
    message: () =>
      `${header(context, 'toBeInstanceOf')}\n\n` +
      lines(
        ['Expected constructor', `${context.isNot ? 'not ' : ''}${nameOf(expected)}`],
        ['Received constructor', receivedClass ? nameOf(receivedClass) : show(received)],
      ),
  };
};

interface Thrown {
  value: unknown;
}

function thrownMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

/** Call `received` (or take the rejection of .rejects) and see what it threw. */
function capture(context: MatcherContext, received: unknown): Thrown | undefined | 'not-a-function' {
  if (context.promise === 'rejects') return { value: received };
  if (typeof received !== 'function') return 'not-a-function';
  try {
    received();
  } catch (value) {
    return { value };
  }
  return undefined;
}

export const toThrow: Matcher = (context, received, expected) => {
  const thrown = capture(context, received);
  if (thrown === 'not-a-function') {
    return matcherError(context, 'toThrow', 'received value must be a function: write `expect(() => yourFunction(...))`', received);
  }
  const args = expected === undefined ? '' : 'expected';
  if (!thrown) {
    return {
      pass: false,
      message: () =>
        `${header(context, 'toThrow', args)}\n\n${expected === undefined ? '' : `${lines(describeExpected(expected))}\n\n`}Received function did not throw`,
    };
  }
  const message = thrownMessage(thrown.value);
  let pass = true;
  if (typeof expected === 'string') pass = message.includes(expected);
  else if (expected instanceof RegExp) pass = expected.test(message);
  else if (expected instanceof Error) pass = message === expected.message;
  else if (typeof expected === 'function') pass = thrown.value instanceof expected;
  return {
    pass,
    message: () => {
      const rows: [string, string][] = [];
      if (expected !== undefined) rows.push(describeExpected(expected, context.isNot));
      if (typeof expected === 'function') {
        const thrownClass = thrown.value === null || thrown.value === undefined ? undefined : Object.getPrototypeOf(Object(thrown.value))?.constructor;
        rows.push(['Received constructor', thrownClass ? nameOf(thrownClass) : show(thrown.value)]);
      }
      rows.push(['Received message', show(message)]);
      return `${header(context, 'toThrow', args)}\n\n${lines(...rows)}`;
    },
  };
};

function describeExpected(expected: unknown, isNot = false): [string, string] {
  const not = isNot ? 'not ' : '';
  if (typeof expected === 'string') return ['Expected substring', `${not}${show(expected)}`];
  if (expected instanceof RegExp) return ['Expected pattern', `${not}${show(expected)}`];
  if (expected instanceof Error) return ['Expected message', `${not}${show(expected.message)}`];
  return ['Expected constructor', `${not}${nameOf(expected)}`];
}
