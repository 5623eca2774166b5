/** Matchers that compare values: toBe, toEqual, toStrictEqual, toBeCloseTo, toMatchObject, toContain... */
import { equals, firstDifference, matchesObject } from './equals.ts';
import { compared, header, lines, matcherError, show, type Matcher } from './matcher-kit.ts';

function differenceNote(received: unknown, expected: unknown, strict: boolean): string {
  const path = firstDifference(received, expected, strict);
  return path ? `\n\nFirst difference at ${path}` : '';
}

export const toBe: Matcher = (context, received, expected) => ({
  pass: Object.is(received, expected),
  message: () => {
    const base = compared(context, 'toBe', expected, received, 'Object.is equality');
    const deep = !context.isNot && typeof received === 'object' && received !== null && equals(received, expected, true);
    return deep ? `${base}\n\nIf it should pass with deep equality, replace "toBe" with "toStrictEqual"` : base;
  },
});

export const toEqual: Matcher = (context, received, expected) => ({
  pass: equals(received, expected),
  message: () =>
    compared(context, 'toEqual', expected, received, 'deep equality') +
    (context.isNot ? '' : differenceNote(received, expected, false)),
});

export const toStrictEqual: Matcher = (context, received, expected) => ({
  pass: equals(received, expected, true),
  message: () =>
    compared(context, 'toStrictEqual', expected, received, 'deep equality') +
    (context.isNot ? '' : differenceNote(received, expected, true)),
});

export const toMatchObject: Matcher = (context, received, expected) => {
  if (typeof received !== 'object' || received === null) {
    return matcherError(context, 'toMatchObject', 'received value must be a non-null object', received);
  }
  return { pass: matchesObject(received, expected), message: () => compared(context, 'toMatchObject', expected, received) };
};

export const toBeCloseTo: Matcher = (context, received, expected, digits = 2) => {
  if (typeof received !== 'number') return matcherError(context, 'toBeCloseTo', 'received value must be a number', received);
  const precision = typeof digits === 'number' ? digits : 2;
  const target = expected as number;
  const allowed = 10 ** -precision / 2;
  const difference = Math.abs(target - received);
  const pass = received === target || (Number.isFinite(difference) && difference < allowed);
  return {
    pass,
    message: () => {
      const rows: [string, string][] = [['Expected', `${context.isNot ? 'not ' : ''}${show(target)}`]];
      if (!context.isNot) rows.push(['Received', show(received)]);
      const detail: [string, string][] = [
        ['Expected precision', String(precision)],
        ['Expected difference', `${context.isNot ? '>=' : '<'} ${show(allowed)}`],
        ['Received difference', show(difference)],
      ];
      return `${header(context, 'toBeCloseTo', 'expected, precision')}\n\n${lines(...rows)}\n\n${lines(...detail)}`;
    },
  };
};

export const toContain: Matcher = (context, received, expected) => {
  if (typeof received === 'string') {
    const pass = typeof expected === 'string' && received.includes(expected);
    return {
      pass,
      message: () =>
        `${header(context, 'toContain', 'expected', 'indexOf')}\n\n` +
        lines(['Expected substring', `${context.isNot ? 'not ' : ''}${show(expected)}`], ['Received string', show(received)]),
    };
  }
  if (received === null || typeof received !== 'object' || !(Symbol.iterator in received)) {
    return matcherError(context, 'toContain', 'received value must be an array, a string or another list', received);
  }
  const items = [...(received as Iterable<unknown>)];
  return {
    pass: items.some((item) => Object.is(item, expected)),
    message: () =>
      `${header(context, 'toContain', 'expected', 'indexOf')}\n\n` +
      lines(['Expected value', `${context.isNot ? 'not ' : ''}${show(expected)}`], ['Received array', show(received)]),
  };
};

export const toContainEqual: Matcher = (context, received, expected) => {
  if (received === null || typeof received !== 'object' || !(Symbol.iterator in received)) {
    return matcherError(context, 'toContainEqual', 'received value must be an array or another list', received);
  }
  const items = [...(received as Iterable<unknown>)];
  return {
    pass: items.some((item) => equals(item, expected)),
    message: () =>
      `${header(context, 'toContainEqual', 'expected', 'deep equality')}\n\n` +
      lines(['Expected value', `${context.isNot ? 'not ' : ''}${show(expected)}`], ['Received array', show(received)]),
  };
};

export const toHaveLength: Matcher = (context, received, expected) => {
  const length = (received as { length?: unknown } | null | undefined)?.length;
  if (typeof length !== 'number') {
    return matcherError(context, 'toHaveLength', 'received value must have a length property whose value is a number', received);
  }
  return {
    pass: length === expected,
    message: () =>
      `${header(context, 'toHaveLength')}\n\n` +
      lines(
        ['Expected length', `${context.isNot ? 'not ' : ''}${show(expected)}`],
        ...(context.isNot ? [] : ([['Received length', show(length)]] as [string, string][])),
        ['Received value', show(received)],
      ),
  };
};

function propertyPath(path: unknown): (string | number)[] {
  if (Array.isArray(path)) return path as (string | number)[];
  return String(path)
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '');
}

export const toHaveProperty: Matcher = (context, received, ...args) => {
  const [path, value] = args;
  const checkValue = args.length > 1;
  if (received === null || received === undefined) {
    return matcherError(context, 'toHaveProperty', 'received value must not be null nor undefined', received);
  }
  let current: unknown = received;
  let found = true;
  const reached: (string | number)[] = [];
  for (const key of propertyPath(path)) {
    if (current === null || current === undefined || !(key in Object(current))) {
      found = false;
      break;
    }
    current = (current as Record<string | number, unknown>)[key];
    reached.push(key);
  }
  const pass = found && (!checkValue || equals(current, value));
  return {
    pass,
    message: () => {
      const rows: [string, string][] = [['Expected path', show(Array.isArray(path) ? path : String(path))]];
      if (!found) rows.push(['Received path', show(reached.join('.'))]);
      if (checkValue) rows.push(['Expected value', `${context.isNot ? 'not ' : ''}${show(value)}`]);
      if (found && !context.isNot) rows.push(['Received value', show(current)]);
      return `${header(context, 'toHaveProperty', checkValue ? 'path, value' : 'path')}\n\n${lines(...rows)}`;
    },
  };
};
